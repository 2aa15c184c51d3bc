import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess, CohortRoles } from '../programs/cohort-access.service';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalExtensionEntity } from './journal-extension.entity';
import { JournalGradeEntity } from './journal-grade.entity';
import { editRefusal, isLate } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalSubmissionEntity } from './journal-submission.entity';
import { JournalSubmission } from './journals.models';
import { SaveJournalDraftInput, SubmitJournalInput } from './journals.inputs';
import { bodyIsSubmitted, journalTextView, JournalTextView, requireJournalAuthor, requireJournalViewer } from './journals.policy';
import { lockJournal } from './journal-locks';
import { toJournalSubmission, toOwnJournal } from './journal-views';

/** The participant's side (drafts, submissions) and every read of submissions. */
@Injectable()
export class JournalSubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  /** Saves the text without submitting; a returned journal stays NEEDS_REVISION until resubmitted. */
  async saveDraft(user: AuthUser, input: SaveJournalDraftInput): Promise<JournalSubmission> {
    const assignment = await this.assignmentForAuthor(user, input.assignmentId);
    const id = await this.dataSource.transaction(async (manager) => {
      const existing = await lockJournal(manager, assignment.id, user.id, 'shared');
      const refusal = editRefusal(existing?.status);
      if (refusal) throw new ConflictError(refusal);
      const submissions = manager.getRepository(JournalSubmissionEntity);
      if (existing) {
        await submissions.update({ id: existing.id }, { body: input.body });
        return existing.id;
      }
      const created = await submissions.save(
        submissions.create({
          assignmentId: assignment.id,
          participantId: user.id,
          cohortId: assignment.cohortId,
          status: JournalSubmissionStatus.DRAFT,
          body: input.body,
        }),
      );
      return created.id;
    });
    return toOwnJournal(await this.withRelations(id));
  }

  /** Submits the text for grading and keeps it as a new version; `late` is decided by the first submission. */
  async submit(user: AuthUser, input: SubmitJournalInput): Promise<JournalSubmission> {
    const assignment = await this.assignmentForAuthor(user, input.assignmentId);
    const id = await this.dataSource.transaction(async (manager) => {
      // Under the shared assignment lock an extension being granted has either committed (and is read here) or waits for this submit.
      const existing = await lockJournal(manager, assignment.id, user.id, 'shared');
      const refusal = editRefusal(existing?.status);
      if (refusal) throw new ConflictError(refusal);
      const now = new Date();
      const late = existing?.firstSubmittedAt ? existing.late : isLate(now, await this.dueAtFor(manager, assignment, user.id));
      const submissions = manager.getRepository(JournalSubmissionEntity);
      const submission = await submissions.save(
        submissions.create({
          ...existing,
          assignmentId: assignment.id,
          participantId: user.id,
          cohortId: assignment.cohortId,
          status: JournalSubmissionStatus.SUBMITTED,
          version: existing ? existing.version + 1 : 1,
          body: input.body,
          firstSubmittedAt: existing?.firstSubmittedAt ?? now,
          submittedAt: now,
          late,
        }),
      );
      const versions = manager.getRepository(JournalSubmissionVersionEntity);
      const attempt = (await versions.countBy({ submissionId: submission.id })) + 1;
      await versions.insert({ submissionId: submission.id, attempt, version: submission.version, body: input.body, submittedAt: now });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.submitted',
        entityType: 'journal_submission',
        entityId: submission.id,
        cohortId: submission.cohortId,
        before: existing ? { status: existing.status, version: existing.version } : null,
        after: { status: submission.status, version: submission.version, attempt, late },
      });
      return submission.id;
    });
    return toOwnJournal(await this.withRelations(id));
  }

  /** One journal: its author, the cohort's staff and admins; the text only for author and faculty. */
  async visible(user: AuthUser, id: string): Promise<JournalSubmission> {
    const submission = await this.dataSource.getRepository(JournalSubmissionEntity).findOne({
      where: { id },
      relations: { assignment: true, participant: true },
    });
    if (!submission) throw new NotFoundError('Journal submission');
    const roles = await this.access.of(user, submission.cohortId);
    requireJournalViewer(roles, submission);
    const [journal] = await this.forViewer(roles, [submission]);
    return journal;
  }

  /** The caller's own journals in a cohort, in due-date order. */
  async mine(user: AuthUser, cohortId: string): Promise<JournalSubmission[]> {
    await this.access.requireMemberOrAdmin(user, cohortId);
    const rows = await this.joined()
      .where('submission.cohort_id = :cohortId AND submission.participant_id = :userId', { cohortId, userId: user.id })
      .orderBy('assignment.due_at', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany();
    return rows.map(toOwnJournal);
  }

  /** Journals awaiting a grade, oldest submission first. */
  async gradingQueue(user: AuthUser, cohortId: string): Promise<JournalSubmission[]> {
    const roles = await this.access.requireFacultyOrAdmin(user, cohortId);
    const rows = await this.joined()
      .where('submission.cohort_id = :cohortId AND submission.status = :submitted', { cohortId, submitted: JournalSubmissionStatus.SUBMITTED })
      .orderBy('submission.submitted_at', 'ASC')
      .addOrderBy('submission.id', 'ASC')
      .getMany();
    return this.forViewer(roles, rows);
  }

  /** Every participant's journal for one assignment, for the cohort's staff and admins. */
  async ofAssignment(user: AuthUser, assignmentId: string): Promise<JournalSubmission[]> {
    const assignment = await this.dataSource.getRepository(JournalAssignmentEntity).findOneBy({ id: assignmentId });
    if (!assignment) throw new NotFoundError('Journal assignment');
    const roles = await this.access.requireStaffOrAdmin(user, assignment.cohortId);
    const rows = await this.joined()
      .where('submission.assignment_id = :assignmentId', { assignmentId })
      .orderBy('participant.full_name', 'ASC')
      .addOrderBy('participant.id', 'ASC')
      .getMany();
    return this.forViewer(roles, rows);
  }

  /** Submitted versions of many journals at once (for DataLoaders), oldest first. */
  versionsOf(submissionIds: readonly string[]): Promise<JournalSubmissionVersionEntity[]> {
    return this.dataSource
      .getRepository(JournalSubmissionVersionEntity)
      .find({ where: { submissionId: In([...submissionIds]) }, order: { attempt: 'ASC' } });
  }

  /** Grading history of many journals at once (for DataLoaders), oldest first. */
  gradesOf(submissionIds: readonly string[]): Promise<JournalGradeEntity[]> {
    return this.dataSource.getRepository(JournalGradeEntity).find({
      where: { submissionId: In([...submissionIds]) },
      relations: { grader: true },
      order: { gradedAt: 'ASC', id: 'ASC' },
    });
  }

  /** A submission with what every response shows of it. */
  withRelations(id: string, manager: EntityManager = this.dataSource.manager): Promise<JournalSubmissionEntity> {
    return manager.getRepository(JournalSubmissionEntity).findOneOrFail({ where: { id }, relations: { assignment: true, participant: true } });
  }

  private joined(): SelectQueryBuilder<JournalSubmissionEntity> {
    return this.dataSource
      .getRepository(JournalSubmissionEntity)
      .createQueryBuilder('submission')
      .innerJoinAndSelect('submission.assignment', 'assignment')
      .innerJoinAndSelect('submission.participant', 'participant');
  }

  /**
   * Journals as this viewer may see them (see journalTextView). Faculty reading journals returned for
   * revision get the last submitted version's text, fetched in one extra statement for all of them.
   */
  async forViewer(roles: CohortRoles, rows: JournalSubmissionEntity[]): Promise<JournalSubmission[]> {
    const views = rows.map((row) => journalTextView(roles, row));
    const returned = rows.filter((row, index) => views[index] === 'submitted' && row.status === JournalSubmissionStatus.NEEDS_REVISION);
    const lastSubmitted = new Map<string, string>();
    if (returned.length) {
      // Oldest first, so each journal ends up with its latest version.
      for (const version of await this.versionsOf(returned.map((row) => row.id))) lastSubmitted.set(version.submissionId, version.body);
    }
    return rows.map((row, index) => toJournalSubmission(row, views[index] !== 'none', this.readableBody(row, views[index], lastSubmitted)));
  }

  private readableBody(row: JournalSubmissionEntity, view: JournalTextView, lastSubmitted: Map<string, string>): string | null {
    if (view === 'working') return row.body;
    if (view === 'none') return null;
    return bodyIsSubmitted(row.status) ? row.body : (lastSubmitted.get(row.id) ?? null);
  }

  private async assignmentForAuthor(user: AuthUser, assignmentId: string): Promise<JournalAssignmentEntity> {
    const assignment = await this.dataSource.getRepository(JournalAssignmentEntity).findOneBy({ id: assignmentId });
    if (!assignment) throw new NotFoundError('Journal assignment');
    requireJournalAuthor(await this.access.of(user, assignment.cohortId));
    return assignment;
  }

  /** The assignment's due date, or the participant's extension. */
  private async dueAtFor(manager: EntityManager, assignment: JournalAssignmentEntity, userId: string): Promise<Date> {
    const extension = await manager.getRepository(JournalExtensionEntity).findOneBy({ assignmentId: assignment.id, participantId: userId });
    return extension?.dueAt ?? assignment.dueAt;
  }
}
