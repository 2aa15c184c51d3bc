import { registerEnumType } from '@nestjs/graphql';

export enum LtiScorePostStatus {
  /** Queued or being retried. */
  PENDING = 'PENDING',
  /** The platform has the score (or had it already). */
  SENT = 'SENT',
  /** Every retry failed: a coordinator may retry it. */
  FAILED = 'FAILED',
}

registerEnumType(LtiScorePostStatus, { name: 'LtiScorePostStatus', description: 'Where a grade stands on its way to the LMS gradebook' });
