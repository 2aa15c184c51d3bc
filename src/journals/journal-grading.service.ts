import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { JournalGradeEntity } from './journal-grade.entity';
import { rubricChoiceProblem, statusAfterGrade } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalSubmissionEntity } from './journal-submission.entity';
import { JournalSubmissionsService } from './journal-submissions.service';
import { JournalSubmission } from './journals.models';
import { GradeJournalInput } from './journals.inputs';
import { requireGrader, requireJournalViewer } from './journals.policy';

const STALE = 'This journal changed since you read it (or is no longer awaiting grading); reload it and grade again';

@Injectable()
export class JournalGradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly submissions: JournalSubmissionsService,
  ) {}

  /**
   * Grades exactly the version the grader read: the UPDATE matches only that version while it is
   * SUBMITTED, so of two graders racing, the second changes nothing and gets CONFLICT.
   */
  async grade(user: AuthUser, input: GradeJournalInput): Promise<JournalSubmission> {
    const submission = await this.dataSource
      .getRepository(JournalSubmissionEntity)
      .findOne({ where: { id: input.submissionId }, relations: { assignment: true } });
    if (!submission) throw new NotFoundError('Journal submission');
    const roles = await this.access.of(user, submission.cohortId);
    requireJournalViewer(roles, submission);
    requireGrader(roles, submission);
    const rubricLevels = input.rubricLevels?.map(({ criterion, level }) => ({ criterion, level })) ?? [];
    const problem = rubricChoiceProblem(submission.assignment!.rubric, rubricLevels);
    if (problem) throw badInput('rubricLevels', problem);
    if (submission.version !== input.version || submission.status !== JournalSubmissionStatus.SUBMITTED) throw new ConflictError(STALE);

    const feedback = input.feedback.trim();
    const score = input.score ?? null;
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager
        .createQueryBuilder()
        .update(JournalSubmissionEntity)
        .set({
          status: statusAfterGrade(input.outcome),
          version: () => 'version + 1',
          feedback,
          score,
          rubricLevels: rubricLevels.length ? rubricLevels : null,
          gradedAt: () => 'now()',
          gradedById: user.id,
        })
        .where('id = :id AND version = :version AND status = :submitted', {
          id: submission.id,
          version: input.version,
          submitted: JournalSubmissionStatus.SUBMITTED,
        })
        .execute();
      if (updated.affected !== 1) throw new ConflictError(STALE);
      await manager.getRepository(JournalGradeEntity).insert({
        submissionId: submission.id,
        graderId: user.id,
        outcome: input.outcome,
        feedback,
        score,
        rubricLevels: rubricLevels.length ? rubricLevels : null,
        gradedVersion: input.version,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.graded',
        entityType: 'journal_submission',
        entityId: submission.id,
        cohortId: submission.cohortId,
        before: { status: submission.status, version: submission.version, score: submission.score },
        after: { status: input.outcome, version: submission.version + 1, score },
      });
    });
    const [graded] = await this.submissions.forViewer(roles, [await this.submissions.withRelations(submission.id)]);
    return graded;
  }
}
