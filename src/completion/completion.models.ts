import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { SessionKind } from '../curriculum/session-kind';
import { DateTime } from '../graphql/date-time.scalar';
import { CalendarDate } from '../graphql/date.scalar';
import { RequirementKind } from './requirement-kind';

registerEnumType(RequirementKind, {
  name: 'RequirementKind',
  description: 'What a completion requirement counts; *_MINUTES kinds count minutes, the others counts',
});

@ObjectType('CompletionRequirement')
export class CompletionRequirement {
  @Field(() => ID)
  id: string;

  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => Int)
  threshold: number;

  @Field(() => [SessionKind], { description: 'The session kinds counted by SESSIONS_ATTENDED and SESSION_MINUTES; empty: every kind' })
  sessionKinds: SessionKind[];

  @Field(() => String, { nullable: true })
  label: string | null;
}

@ObjectType('RequirementWaiver')
export class RequirementWaiver {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cohortId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  requirementId: string;

  @Field(() => String)
  reason: string;

  @Field(() => DateTime)
  createdAt: Date;
}

@ObjectType('RequirementProgress')
export class RequirementProgress {
  @Field(() => ID)
  requirementId: string;

  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => [SessionKind])
  sessionKinds: SessionKind[];

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => Int)
  threshold: number;

  @Field(() => Int)
  achieved: number;

  @Field(() => Boolean, { description: 'Waived for this participant: then met whatever was achieved' })
  waived: boolean;

  @Field(() => Boolean)
  met: boolean;
}

@ObjectType('Progress')
export class Progress {
  @Field(() => Boolean, { description: 'Every requirement met (and the cohort has at least one)' })
  eligible: boolean;

  @Field(() => [RequirementProgress])
  requirements: RequirementProgress[];

  @Field(() => User, { description: 'The participant this progress is for' })
  user: User;

  @Field(() => CalendarDate, { nullable: true, description: 'The day the participant withdrew (no longer taking part; their records stay); null while taking part' })
  withdrawnOn: string | null;
}
