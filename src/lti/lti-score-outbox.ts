import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Job } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { JournalOutcome } from '../journals/journal-status';
import { JsonLogger } from '../logging/json-logger';
import { SCOPE } from './lti-claims';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiScorePostStatus } from './lti-score-post-status';
import { LtiScorePostEntity } from './lti-score-post.entity';
import { isAlreadyApplied, scoreOf, scoresUrl } from './lti-score';
import { LtiServiceClient, PlatformCallError } from './lti-service-client';
import { LTI_QUERIES } from './lti.queries';

const QUEUE = 'lti-score';

interface ScorePostJob {
  scorePostId: string;
}

interface ScorePostRow {
  id: string;
  status: LtiScorePostStatus;
  platform_user_id: string;
  outcome: JournalOutcome;
  feedback: string;
  graded_at: Date;
  line_item_url: string;
  platform_id: string;
}

/** A refusal that no retry changes (other than timeouts and rate limits). */
const isPermanent = (error: unknown) => error instanceof PlatformCallError && error.status >= 400 && error.status < 500 && ![408, 429].includes(error.status);

/**
 * Grade passback (AGS): a grade queues one row per gradebook column in its own transaction, and a
 * job posts each once, retrying with back-off; what still fails is marked FAILED for coordinators.
 */
@Injectable()
export class LtiScoreOutbox implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly client: LtiServiceClient,
    private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    const queue = { retryLimit: this.config.ltiScoreRetries, retryDelay: this.config.ltiScoreRetryDelaySeconds, retryBackoff: true, expireInSeconds: 120 };
    await this.jobs.work<ScorePostJob>(QUEUE, queue, (job) => this.post(job));
  }

  /** Queues grade `gradeId` for every gradebook it belongs in, inside the grading transaction. */
  async queueGrade(manager: EntityManager, gradeId: string): Promise<void> {
    const rows: { id: string }[] = await manager.query(LTI_QUERIES.queueScorePosts, [gradeId]);
    await this.jobs.sendMany(manager, QUEUE, rows.map(({ id }) => ({ scorePostId: id })));
  }

  /** Queues a failed post again (a coordinator's retry), inside the caller's transaction. */
  async requeue(manager: EntityManager, scorePostId: string): Promise<void> {
    await manager.getRepository(LtiScorePostEntity).update(scorePostId, { status: LtiScorePostStatus.PENDING });
    await this.jobs.send(manager, QUEUE, { scorePostId });
  }

  private async post(job: Job<ScorePostJob>): Promise<void> {
    const [row]: ScorePostRow[] = await this.dataSource.query(LTI_QUERIES.scorePostToSend, [job.data.scorePostId]);
    if (!row || row.status === LtiScorePostStatus.SENT) return;
    const platform = await this.dataSource.getRepository(LtiPlatformEntity).findOneByOrFail({ id: row.platform_id });
    try {
      await this.send(platform, row);
      await this.settle(row.id, { status: LtiScorePostStatus.SENT, lastError: null, sentAt: new Date() });
    } catch (error) {
      const final = isPermanent(error) || job.retryCount >= this.config.ltiScoreRetries;
      const lastError = (error as Error).message.slice(0, 500);
      await this.settle(row.id, { status: final ? LtiScorePostStatus.FAILED : LtiScorePostStatus.PENDING, lastError });
      this.logger.warn('A grade could not be posted to the LMS', { context: 'lti', scorePostId: row.id, attempt: job.retryCount + 1, final, reason: lastError });
      if (!final) throw error;
    }
  }

  private async send(platform: LtiPlatformEntity, row: ScorePostRow): Promise<void> {
    const score = scoreOf({ platformUserId: row.platform_user_id, outcome: row.outcome, feedback: row.feedback, gradedAt: row.graded_at });
    const response = await this.client.call(platform, [SCOPE.score], scoresUrl(row.line_item_url), {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.ims.lis.v1.score+json' },
      body: JSON.stringify(score),
    });
    const body = await response.text();
    if (!response.ok && !isAlreadyApplied(response.status, body)) throw new PlatformCallError(response.status, body, 'The gradebook');
  }

  private async settle(id: string, outcome: Pick<LtiScorePostEntity, 'status' | 'lastError'> & { sentAt?: Date }): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(LtiScorePostEntity)
      .set({ ...outcome, attempts: () => 'attempts + 1' })
      .where('id = :id', { id })
      .execute();
  }
}
