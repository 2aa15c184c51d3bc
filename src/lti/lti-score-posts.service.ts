import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { LtiScorePostStatus } from './lti-score-post-status';
import { LtiScorePostEntity } from './lti-score-post.entity';
import { LtiScoreOutbox } from './lti-score-outbox';
import { LtiScorePost } from './lti.models';
import { LTI_QUERIES } from './lti.queries';

interface ScorePostListRow {
  id: string;
  status: LtiScorePostStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  line_item_url: string;
  participant_id: string;
  participant_name: string;
  submission_id: string;
  assignment_title: string;
}

const fromRow = (row: ScorePostListRow): LtiScorePost => ({
  id: row.id,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  lineItemUrl: row.line_item_url,
  participantId: row.participant_id,
  participantName: row.participant_name,
  submissionId: row.submission_id,
  assignmentTitle: row.assignment_title,
});

/** Grade passback as coordinators see it: what reached the gradebooks, what failed, and a retry. */
@Injectable()
export class LtiScorePosts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly outbox: LtiScoreOutbox,
  ) {}

  async ofCohort(user: AuthUser, cohortId: string, status: LtiScorePostStatus | null, limit: number): Promise<LtiScorePost[]> {
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    const rows: ScorePostListRow[] = await this.dataSource.query(LTI_QUERIES.scorePostsOfCohort, [cohortId, status, limit]);
    return rows.map(fromRow);
  }

  /** Queues a FAILED post again; anything else is BAD_USER_INPUT (it is still on its way, or arrived). */
  retry(user: AuthUser, scorePostId: string): Promise<LtiScorePost> {
    return this.transactions.run(async (manager) => {
      const [owner]: { cohort_id: string }[] = await manager.query(LTI_QUERIES.cohortOfScorePost, [scorePostId]);
      if (!owner) throw new NotFoundError('LtiScorePost');
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(owner.cohort_id), manager);
      const post = await manager.getRepository(LtiScorePostEntity).findOne({ where: { id: scorePostId }, lock: { mode: 'pessimistic_write' } });
      if (post?.status !== LtiScorePostStatus.FAILED) throw badInput('scorePostId', `is ${post?.status.toLowerCase()}; only a failed post is retried`);
      await this.outbox.requeue(manager, scorePostId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'lti_score_post.retried',
        entityType: 'lti_score_post',
        entityId: scorePostId,
        cohortId: owner.cohort_id,
        before: { status: post.status, attempts: post.attempts },
        after: { status: LtiScorePostStatus.PENDING },
      });
      const [row]: ScorePostListRow[] = await manager.query(LTI_QUERIES.scorePost, [scorePostId]);
      return fromRow(row);
    });
  }
}
