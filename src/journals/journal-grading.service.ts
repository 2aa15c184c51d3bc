import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { badInput, ConflictError } from '../errors/domain-errors';
import { rubricChoiceProblem, statusAfterGrade } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalSubmissionsService } from './journal-submissions.service';
import { JournalSubmission } from './journals.models';
import { GradeJournalInput } from './journals.inputs';
import { JournalsRepository } from './journals.repository';
import { LtiScoreOutbox } from '../lti/lti-score-outbox';
import { ReminderOutbox } from '../reminders/reminder-outbox';

const STALE = 'This journal changed since you read it (or is no longer awaiting grading); reload it and grade again';

@Injectable()
export class JournalGradingService {
  constructor(
    private readonly access: Access,
    private readonly journals: JournalsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly submissions: JournalSubmissionsService,
    private readonly gradebooks: LtiScoreOutbox,
    private readonly reminders: ReminderOutbox,
  ) {}

  /**
   * Grades exactly the version the grader read: the UPDATE matches only that version while it is
   * SUBMITTED, so of two graders racing, the second changes nothing and gets CONFLICT.
   */
  async grade(user: AuthUser, input: GradeJournalInput): Promise<JournalSubmission> {
    const grader = await this.access.require(user, Permission.JOURNAL_GRADE, target.journalSubmission(input.submissionId));
    const journal = await this.journals.journalById(input.submissionId);
    const rubricLevels = input.rubricLevels?.map(({ criterion, level }) => ({ criterion, level })) ?? [];
    const problem = rubricChoiceProblem(journal.assignment.rubric, rubricLevels);
    if (problem) throw badInput('rubricLevels', problem);
    if (journal.version !== input.version || journal.status !== JournalSubmissionStatus.SUBMITTED) throw new ConflictError(STALE);

    const feedback = input.feedback.trim();
    const score = input.score ?? null;
    const status = statusAfterGrade(input.outcome);
    await this.transactions.run(async (manager) => {
      const gradeId = await this.journals.recordGrade(
        {
          submissionId: journal.id,
          gradedVersion: input.version,
          graderId: user.id,
          outcome: input.outcome,
          status,
          feedback,
          score,
          rubricLevels: rubricLevels.length ? rubricLevels : null,
        },
        manager,
      );
      if (!gradeId) throw new ConflictError(STALE);
      await this.gradebooks.queueGrade(manager, gradeId);
      await this.reminders.feedbackArrived(manager, gradeId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.graded',
        entityType: 'journal_submission',
        entityId: journal.id,
        cohortId: journal.cohortId,
        before: { status: journal.status, version: journal.version, score: journal.score },
        after: { status: input.outcome, version: journal.version + 1, score },
      });
    });
    const [graded] = await this.submissions.forViewer(grader, [await this.journals.journalById(journal.id)]);
    return graded;
  }
}
