import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { insertOrConflict } from '../database/insert-or-conflict';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalExtensionEntity } from './journal-extension.entity';
import { JournalGradeEntity } from './journal-grade.entity';
import { JournalOutcome, JournalSubmissionStatus } from './journal-status';
import { Rubric, RubricChoice } from './journal-rules';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalSubmissionEntity } from './journal-submission.entity';
import { CohortCalendar } from '../curriculum/cohort-dates';
import { JOURNALS_QUERIES } from './journals.queries';
import { QueueWindow } from '../database/queue-window';

/** A journal with its assignment and author joined, and the prompt it answers: what every response shows of it. */
export type Journal = JournalSubmissionEntity & { assignment: JournalAssignmentEntity; participant: UserEntity; answeredPrompt: string };

/** The columns of JOURNAL_SELECT (journals.queries.ts). */
interface JournalRow {
  id: string;
  assignment_id: string;
  participant_id: string;
  cohort_id: string;
  status: JournalSubmissionStatus;
  version: number;
  body: string;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  late: boolean;
  score: number | null;
  feedback: string | null;
  rubric_levels: RubricChoice[] | null;
  graded_at: Date | null;
  assignment_module_id: string;
  assignment_title: string;
  assignment_prompt: string;
  assignment_due_at: Date;
  assignment_expected_minutes: number;
  assignment_rubric: Rubric | null;
  participant_email: string;
  participant_full_name: string;
  participant_is_admin: boolean;
  participant_credentials: string[];
  answered_prompt: string;
}

function toJournal(row: JournalRow): Journal {
  const assignment = Object.assign(new JournalAssignmentEntity(), {
    id: row.assignment_id,
    moduleId: row.assignment_module_id,
    cohortId: row.cohort_id,
    title: row.assignment_title,
    prompt: row.assignment_prompt,
    dueAt: row.assignment_due_at,
    expectedMinutes: row.assignment_expected_minutes,
    rubric: row.assignment_rubric,
  });
  const participant = Object.assign(new UserEntity(), {
    id: row.participant_id,
    email: row.participant_email,
    fullName: row.participant_full_name,
    isAdmin: row.participant_is_admin,
    credentials: row.participant_credentials,
  });
  return Object.assign(new JournalSubmissionEntity(), {
    id: row.id,
    assignmentId: row.assignment_id,
    participantId: row.participant_id,
    cohortId: row.cohort_id,
    status: row.status,
    version: row.version,
    body: row.body,
    firstSubmittedAt: row.first_submitted_at,
    submittedAt: row.submitted_at,
    late: row.late,
    score: row.score,
    feedback: row.feedback,
    rubricLevels: row.rubric_levels,
    gradedAt: row.graded_at,
    assignment,
    participant,
    answeredPrompt: row.answered_prompt,
  });
}

/** The RETURNING rows of an UPDATE (TypeORM answers an UPDATE with [rows, affected count]). */
async function updateReturning<Row>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<Row[]> {
  const [rows]: [Row[], number] = await manager.query(sql, parameters);
  return rows;
}

/** One participant's journal, as written by a draft or a submission. */
export type JournalWrite = Pick<JournalSubmissionEntity, 'status' | 'body'> &
  Partial<Pick<JournalSubmissionEntity, 'version' | 'firstSubmittedAt' | 'submittedAt' | 'late'>>;

/** A faculty decision on one submitted version. */
export interface GradeWrite {
  submissionId: string;
  gradedVersion: number;
  graderId: string;
  outcome: JournalOutcome;
  status: JournalSubmissionStatus;
  feedback: string;
  score: number | null;
  rubricLevels: RubricChoice[] | null;
}

/** Every statement about journal assignments, journals, their versions, grades and extensions. */
/** A window on a cohort's grading queue, kept to one assignment's journals when it names one. */
export interface GradingQueueWindow extends QueueWindow {
  assignmentId?: string;
}

@Injectable()
export class JournalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Assignments

  findAssignment(id: string, manager: EntityManager = this.dataSource.manager): Promise<JournalAssignmentEntity> {
    return manager.getRepository(JournalAssignmentEntity).findOneByOrFail({ id });
  }

  assignmentsOfModule(moduleId: string): Promise<JournalAssignmentEntity[]> {
    return this.dataSource.getRepository(JournalAssignmentEntity).find({ where: { moduleId }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  assignmentsOfCohort(cohortId: string): Promise<JournalAssignmentEntity[]> {
    return this.dataSource.getRepository(JournalAssignmentEntity).find({ where: { cohortId }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  saveAssignment(assignment: Partial<JournalAssignmentEntity>, manager: EntityManager = this.dataSource.manager): Promise<JournalAssignmentEntity> {
    const assignments = manager.getRepository(JournalAssignmentEntity);
    return assignments.save(assignments.create(assignment));
  }

  /** The assignment, locked against concurrent edits and against journals being written for it. */
  lockAssignment(id: string, manager: EntityManager = this.dataSource.manager): Promise<JournalAssignmentEntity> {
    return manager.getRepository(JournalAssignmentEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async assignmentHasSubmissions(assignmentId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row]: { submitted: boolean }[] = await manager.query(JOURNALS_QUERIES.assignmentHasSubmissions, [assignmentId]);
    return row.submitted;
  }

  async cohortCalendar(cohortId: string): Promise<CohortCalendar> {
    const [row]: CohortCalendar[] = await this.dataSource.query(JOURNALS_QUERIES.cohortCalendar, [cohortId]);
    return row;
  }

  /** Judges the assignment's submitted journals against its new due date (see the query); the journals whose flag changed. */
  rejudgeAssignmentLateness(assignmentId: string, dueAt: Date, manager: EntityManager): Promise<{ id: string; late: boolean }[]> {
    return updateReturning(manager, JOURNALS_QUERIES.rejudgeAssignmentLateness, [assignmentId, dueAt]);
  }

  // Journals

  /**
   * Locks one participant's journal for the transaction, always in the same order (the assignment, then the
   * journal row) so writers never deadlock. A first submit has no journal row to lock yet, so the assignment
   * row is what serializes: participants writing share it; whoever changes the terms they write under
   * (an extension, an assignment edit) takes it exclusively and waits for those writes to commit.
   */
  async lockJournal(
    assignmentId: string,
    participantId: string,
    assignmentLock: 'shared' | 'exclusive',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ assignment: JournalAssignmentEntity; journal: JournalSubmissionEntity | null }> {
    const mode = assignmentLock === 'shared' ? 'pessimistic_read' : 'pessimistic_write';
    const assignment = await manager.getRepository(JournalAssignmentEntity).findOneOrFail({ where: { id: assignmentId }, lock: { mode } });
    const journal = await manager
      .getRepository(JournalSubmissionEntity)
      .findOne({ where: { assignmentId, participantId }, lock: { mode: 'pessimistic_write' } });
    return { assignment, journal };
  }

  /** A participant's first journal for an assignment; CONFLICT when one was started concurrently. */
  async insertJournal(
    owner: Pick<JournalSubmissionEntity, 'assignmentId' | 'participantId' | 'cohortId'>,
    write: JournalWrite,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const { id } = await insertOrConflict(manager, JournalSubmissionEntity, { ...owner, ...write }, 'This journal was just started elsewhere; reload it and try again');
    return id;
  }

  async updateJournal(id: string, write: JournalWrite, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(JournalSubmissionEntity).update({ id }, write);
  }

  /**
   * Keeps a submitted text as the journal's next attempt (under the journal's row lock); the database adds the
   * assignment's title and prompt as they read now. Returns the attempt.
   */
  async addVersion(version: Omit<JournalSubmissionVersionEntity, 'id' | 'attempt' | 'submission' | 'title' | 'prompt'>, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const versions = manager.getRepository(JournalSubmissionVersionEntity);
    const attempt = (await versions.countBy({ submissionId: version.submissionId })) + 1;
    await versions.insert({ ...version, attempt });
    return attempt;
  }

  async journalById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Journal> {
    const [row]: JournalRow[] = await manager.query(JOURNALS_QUERIES.journalById, [id]);
    if (!row) throw new Error(`Journal ${id} vanished`);
    return toJournal(row);
  }

  async journalsOfParticipant(cohortId: string, participantId: string): Promise<Journal[]> {
    const rows: JournalRow[] = await this.dataSource.query(JOURNALS_QUERIES.journalsOfParticipant, [cohortId, participantId]);
    return rows.map(toJournal);
  }

  async gradingQueue(cohortId: string, { assignmentId, after, limit }: GradingQueueWindow): Promise<Journal[]> {
    const parameters = [cohortId, assignmentId ?? null, after?.submittedAt ?? null, after?.id ?? null, limit];
    const rows: JournalRow[] = await this.dataSource.query(JOURNALS_QUERIES.gradingQueue, parameters);
    return rows.map(toJournal);
  }

  /** An assignment's journals: all, or only those of members of the viewer's communities. */
  async journalsOfAssignment(assignmentId: string, facilitatorId: string | null): Promise<Journal[]> {
    const rows: JournalRow[] = await this.dataSource.query(JOURNALS_QUERIES.journalsOfAssignment, [assignmentId, facilitatorId]);
    return rows.map(toJournal);
  }

  /** Submitted versions of many journals at once (for DataLoaders), oldest first. */
  versionsOf(submissionIds: readonly string[]): Promise<JournalSubmissionVersionEntity[]> {
    return this.dataSource
      .getRepository(JournalSubmissionVersionEntity)
      .find({ where: { submissionId: In([...submissionIds]) }, order: { attempt: 'ASC' } });
  }

  // Grades

  /** Grading history of many journals at once (for DataLoaders), oldest first. */
  gradesOf(submissionIds: readonly string[]): Promise<JournalGradeEntity[]> {
    return this.dataSource.getRepository(JournalGradeEntity).find({
      where: { submissionId: In([...submissionIds]) },
      relations: { grader: true },
      order: { gradedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Applies the grade to the journal and keeps it in the history; the grade's id, or null when that version is no longer awaiting a grade. */
  async recordGrade(grade: GradeWrite, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const { submissionId, gradedVersion, graderId, outcome, status, feedback, score, rubricLevels } = grade;
    const levels = rubricLevels ? JSON.stringify(rubricLevels) : null;
    const graded = await updateReturning<{ id: string }>(manager, JOURNALS_QUERIES.gradeSubmitted, [submissionId, status, feedback, score, levels, graderId, gradedVersion]);
    if (!graded.length) return null;
    const inserted = await manager.getRepository(JournalGradeEntity).insert({ submissionId, graderId, outcome, feedback, score, rubricLevels, gradedVersion });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  // Extensions

  /** The participant's due date for the assignment: the later of their extension and the assignment's own (which may have moved since). */
  async dueAtFor(assignment: JournalAssignmentEntity, participantId: string, manager: EntityManager = this.dataSource.manager): Promise<Date> {
    const extension = await manager.getRepository(JournalExtensionEntity).findOneBy({ assignmentId: assignment.id, participantId });
    return extension && extension.dueAt > assignment.dueAt ? extension.dueAt : assignment.dueAt;
  }

  findExtension(assignmentId: string, participantId: string, manager: EntityManager = this.dataSource.manager): Promise<JournalExtensionEntity | null> {
    return manager.getRepository(JournalExtensionEntity).findOneBy({ assignmentId, participantId });
  }

  /** Grants or replaces the extension; returns it with its assignment and participant. */
  async upsertExtension(
    extension: Pick<JournalExtensionEntity, 'assignmentId' | 'participantId' | 'dueAt' | 'grantedById'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<JournalExtensionEntity> {
    const { assignmentId, participantId, dueAt, grantedById } = extension;
    const [{ id }]: { id: string }[] = await manager.query(JOURNALS_QUERIES.upsertExtension, [assignmentId, participantId, dueAt, grantedById]);
    return manager.getRepository(JournalExtensionEntity).findOneOrFail({ where: { id }, relations: { assignment: true, participant: true } });
  }

  /** The journal's late flag against a new due date; null when nothing was submitted yet. */
  async rejudgeLateness(assignmentId: string, participantId: string, dueAt: Date, manager: EntityManager = this.dataSource.manager): Promise<boolean | null> {
    const rows = await updateReturning<{ late: boolean }>(manager, JOURNALS_QUERIES.rejudgeLateness, [assignmentId, participantId, dueAt]);
    return rows.length ? rows[0].late : null;
  }
}
