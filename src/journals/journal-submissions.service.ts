import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessDecision } from '../access/access-decision';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { ConflictError } from '../errors/domain-errors';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalGradeEntity } from './journal-grade.entity';
import { editRefusal, isLate } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalSubmissionEntity } from './journal-submission.entity';
import { toJournalSubmission, toOwnJournal } from './journal-views';
import { JournalSubmission } from './journals.models';
import { SaveJournalDraftInput, SubmitJournalInput } from './journals.inputs';
import { bodyIsSubmitted, journalTextView, JournalTextView } from './journals.policy';
import { GradingQueueWindow, Journal, JournalsRepository, JournalWrite } from './journals.repository';

/** The participant's side (drafts, submissions) and every read of submissions. */
@Injectable()
export class JournalSubmissionsService {
  constructor(
    private readonly access: Access,
    private readonly journals: JournalsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Saves the text without submitting; a returned journal stays NEEDS_REVISION until resubmitted. */
  async saveDraft(user: AuthUser, input: SaveJournalDraftInput): Promise<JournalSubmission> {
    await this.access.require(user, Permission.JOURNAL_WRITE, target.journalAssignment(input.assignmentId));
    const id = await this.transactions.run(async (manager) => {
      const { assignment, journal: existing } = await this.journals.lockJournal(input.assignmentId, user.id, 'shared', manager);
      const refusal = editRefusal(existing?.status);
      if (refusal) throw new ConflictError(refusal);
      // A returned journal keeps its status while redrafted.
      const status = existing?.status ?? JournalSubmissionStatus.DRAFT;
      const submissionId = await this.writeJournal(manager, assignment, user.id, existing, { status, body: input.body });
      // The trail keeps that a draft was saved, never its text.
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.draft_saved',
        entityType: 'journal_submission',
        entityId: submissionId,
        cohortId: assignment.cohortId,
        before: existing ? { status: existing.status, version: existing.version } : null,
        after: { status, version: existing?.version ?? 1 },
      });
      return submissionId;
    });
    return toOwnJournal(await this.journals.journalById(id));
  }

  /** Submits the text for grading and keeps it as a new version; `late` is decided by the first submission. */
  async submit(user: AuthUser, input: SubmitJournalInput): Promise<JournalSubmission> {
    await this.access.require(user, Permission.JOURNAL_WRITE, target.journalAssignment(input.assignmentId));
    const id = await this.transactions.run(async (manager) => {
      // Under the shared assignment lock an extension being granted has either committed (and is read here) or waits for this submit.
      const { assignment, journal: existing } = await this.journals.lockJournal(input.assignmentId, user.id, 'shared', manager);
      const refusal = editRefusal(existing?.status);
      if (refusal) throw new ConflictError(refusal);
      const now = new Date();
      const late = existing?.firstSubmittedAt ? existing.late : isLate(now, await this.journals.dueAtFor(assignment, user.id, manager));
      const write = {
        status: JournalSubmissionStatus.SUBMITTED,
        version: existing ? existing.version + 1 : 1,
        body: input.body,
        firstSubmittedAt: existing?.firstSubmittedAt ?? now,
        submittedAt: now,
        late,
      };
      const submissionId = await this.writeJournal(manager, assignment, user.id, existing, write);
      const attempt = await this.journals.addVersion({ submissionId, version: write.version, body: input.body, submittedAt: now }, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.submitted',
        entityType: 'journal_submission',
        entityId: submissionId,
        cohortId: assignment.cohortId,
        before: existing ? { status: existing.status, version: existing.version } : null,
        after: { status: write.status, version: write.version, attempt, late },
      });
      return submissionId;
    });
    return toOwnJournal(await this.journals.journalById(id));
  }

  /** One journal: its author, the cohort's faculty, the author's facilitators and admins; the text only for author and faculty. */
  async visible(user: AuthUser, id: string): Promise<JournalSubmission> {
    const viewer = await this.access.require(user, Permission.JOURNAL_READ, target.journalSubmission(id));
    const [journal] = await this.forViewer(viewer, [await this.journals.journalById(id)]);
    return journal;
  }

  /** The caller's own journals in a cohort, in due-date order. */
  async mine(user: AuthUser, cohortId: string): Promise<JournalSubmission[]> {
    await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return (await this.journals.journalsOfParticipant(cohortId, user.id)).map(toOwnJournal);
  }

  /** Journals awaiting a grade, oldest submission first. */
  async gradingQueue(user: AuthUser, cohortId: string, window: GradingQueueWindow): Promise<JournalSubmission[]> {
    const viewer = await this.access.require(user, Permission.GRADING_QUEUE_READ, target.cohort(cohortId));
    return this.forViewer(viewer, await this.journals.gradingQueue(cohortId, window));
  }

  /** The journals written for one assignment: every participant's for faculty and admins, their own groups' for facilitators. */
  async ofAssignment(user: AuthUser, assignmentId: string): Promise<JournalSubmission[]> {
    const viewer = await this.access.require(user, Permission.COHORT_RECORDS_READ, target.journalAssignment(assignmentId));
    return this.forViewer(viewer, await this.journals.journalsOfAssignment(assignmentId, viewer.narrowedToFacilitator));
  }

  /** Submitted versions of many journals at once (for DataLoaders), oldest first. */
  versionsOf(submissionIds: readonly string[]): Promise<JournalSubmissionVersionEntity[]> {
    return this.journals.versionsOf(submissionIds);
  }

  /** Grading history of many journals at once (for DataLoaders), oldest first. */
  gradesOf(submissionIds: readonly string[]): Promise<JournalGradeEntity[]> {
    return this.journals.gradesOf(submissionIds);
  }

  /** Rewrites the participant's locked journal, or starts it (CONFLICT when it was started concurrently); returns its id. */
  private async writeJournal(
    manager: EntityManager,
    assignment: JournalAssignmentEntity,
    participantId: string,
    existing: JournalSubmissionEntity | null,
    write: JournalWrite,
  ): Promise<string> {
    if (existing) {
      await this.journals.updateJournal(existing.id, write, manager);
      return existing.id;
    }
    return this.journals.insertJournal({ assignmentId: assignment.id, participantId, cohortId: assignment.cohortId }, write, manager);
  }

  /**
   * Journals as this viewer may see them (see journalTextView). Faculty reading journals returned for
   * revision get the last submitted version's text, fetched in one extra statement for all of them.
   */
  async forViewer(viewer: AccessDecision, journals: Journal[]): Promise<JournalSubmission[]> {
    const views = journals.map((journal) => journalTextView(viewer, journal));
    const returned = journals.filter((journal, index) => views[index] === 'submitted' && journal.status === JournalSubmissionStatus.NEEDS_REVISION);
    const lastSubmitted = new Map<string, string>();
    if (returned.length) {
      // Oldest first, so each journal ends up with its latest version.
      for (const version of await this.journals.versionsOf(returned.map((journal) => journal.id))) lastSubmitted.set(version.submissionId, version.body);
    }
    return journals.map((journal, index) => toJournalSubmission(journal, views[index] !== 'none', readableBody(journal, views[index], lastSubmitted)));
  }
}

function readableBody(journal: Journal, view: JournalTextView, lastSubmitted: Map<string, string>): string | null {
  if (view === 'working') return journal.body;
  if (view === 'none') return null;
  return bodyIsSubmitted(journal.status) ? journal.body : (lastSubmitted.get(journal.id) ?? null);
}
