import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReminderKind } from './reminder-kind';
import { ReminderOptOutEntity } from './reminder-opt-out.entity';
import { keyText, LateParticipant, ReminderKey, WaitingEntry } from './reminder-rules';
import { REMINDER_QUERIES } from './reminders.queries';

export interface DueJournal {
  userId: string;
  email: string;
  fullName: string;
  assignmentId: string;
  title: string;
  timeZone: string;
  dueAt: Date;
}

export interface FeedbackRecipient {
  userId: string;
  email: string;
  fullName: string;
  assignmentId: string;
  title: string;
}

export interface Coordinator {
  programId: string;
  userId: string;
  email: string;
  fullName: string;
}

/** Every statement about reminders: what is due, who wants them, and the record of those sent. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the reminders not sent before, in the caller's transaction; the keys (keyText) of those it recorded. */
  async claim(manager: EntityManager, kind: ReminderKind, keys: ReminderKey[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { user_id: string; subject_id: string; occasion: string }[] = await manager.query(REMINDER_QUERIES.claim, [
      kind,
      keys.map((key) => key.userId),
      keys.map((key) => key.subjectId),
      keys.map((key) => key.occasion),
    ]);
    return new Set(rows.map((row) => keyText({ userId: row.user_id, subjectId: row.subject_id, occasion: row.occasion })));
  }

  async journalsDueSoon(manager: EntityManager, from: Date, until: Date): Promise<DueJournal[]> {
    const rows: { user_id: string; email: string; full_name: string; assignment_id: string; title: string; time_zone: string; due_at: Date }[] =
      await manager.query(REMINDER_QUERIES.journalsDueSoon, [from, until]);
    return rows.map((row) => ({ userId: row.user_id, email: row.email, fullName: row.full_name, assignmentId: row.assignment_id, title: row.title, timeZone: row.time_zone, dueAt: row.due_at }));
  }

  async feedbackRecipient(manager: EntityManager, gradeId: string): Promise<FeedbackRecipient | null> {
    const [row]: { user_id: string; email: string; full_name: string; assignment_id: string; title: string }[] = await manager.query(REMINDER_QUERIES.feedbackRecipient, [gradeId]);
    return row ? { userId: row.user_id, email: row.email, fullName: row.full_name, assignmentId: row.assignment_id, title: row.title } : null;
  }

  async practicumWaiting(manager: EntityManager, since: Date): Promise<WaitingEntry[]> {
    const rows: { reviewer_id: string; email: string; full_name: string; cohort_id: string; cohort_name: string; entry_id: string; submitted_at: Date }[] =
      await manager.query(REMINDER_QUERIES.practicumWaiting, [since]);
    return rows.map((row) => ({
      reviewerId: row.reviewer_id,
      email: row.email,
      fullName: row.full_name,
      cohortId: row.cohort_id,
      cohortName: row.cohort_name,
      entryId: row.entry_id,
      submittedAt: row.submitted_at,
    }));
  }

  async lateParticipants(manager: EntityManager, now: Date, waitingSince: Date, cohortsEndingFrom: string): Promise<LateParticipant[]> {
    const rows: { program_id: string; program_name: string; cohort_id: string; cohort_name: string; participant_name: string; late_journals: number; waiting_entries: number }[] =
      await manager.query(REMINDER_QUERIES.lateParticipants, [now, waitingSince, cohortsEndingFrom]);
    return rows.map((row) => ({
      programId: row.program_id,
      programName: row.program_name,
      cohortId: row.cohort_id,
      cohortName: row.cohort_name,
      participantName: row.participant_name,
      lateJournals: row.late_journals,
      waitingEntries: row.waiting_entries,
    }));
  }

  async coordinatorsOf(manager: EntityManager, programIds: string[]): Promise<Coordinator[]> {
    if (!programIds.length) return [];
    const rows: { program_id: string; user_id: string; email: string; full_name: string }[] = await manager.query(REMINDER_QUERIES.coordinatorsOf, [programIds]);
    return rows.map((row) => ({ programId: row.program_id, userId: row.user_id, email: row.email, fullName: row.full_name }));
  }

  // Preferences

  async remindersEnabled(userId: string): Promise<boolean> {
    return !(await this.dataSource.getRepository(ReminderOptOutEntity).existsBy({ userId }));
  }

  /** Turns reminders off (true) or on (false) for the person; whether that changed anything. */
  async setOptedOut(manager: EntityManager, userId: string, optedOut: boolean): Promise<boolean> {
    const optOuts = manager.getRepository(ReminderOptOutEntity);
    if (!optedOut) return Boolean((await optOuts.delete({ userId })).affected);
    const inserted = await optOuts.createQueryBuilder().insert().values({ userId }).orIgnore().returning('user_id').execute();
    return inserted.raw.length > 0;
  }
}
