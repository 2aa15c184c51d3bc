/**
 * When reminders fall due, and how what the sweep found becomes one message per person. Pure: the
 * queries take these windows as parameters, so the rules are tested without a database.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The weekly digest goes out from Monday 07:00 UTC. */
export const DIGEST_WEEKDAY_UTC = 1;
export const DIGEST_HOUR_UTC = 7;
/** A digest lists a cohort while it runs and for this many days after its last day (late work still matters to its certificates). */
export const DIGEST_DAYS_AFTER_END = 30;
/** A digest names at most this many people per list; the count says how many more. */
export const DIGEST_NAMES_PER_LIST = 25;

export interface ReminderSettings {
  /** How long before a journal's due date its participant is reminded (REMINDER_JOURNAL_DUE_HOURS). */
  journalDueHours: number;
  /** How many days a practicum entry waits before its reviewers are reminded (REMINDER_PRACTICUM_WAIT_DAYS). */
  practicumWaitDays: number;
}

/** Journals due (extension counted) after `from` and at or before `until`, not yet submitted, earn a reminder. */
export function journalDueWindow(now: Date, settings: ReminderSettings): { from: Date; until: Date } {
  return { from: now, until: new Date(now.getTime() + settings.journalDueHours * HOUR_MS) };
}

/** Entries pending review since this instant or earlier have waited too long. */
export function practicumWaitingSince(now: Date, settings: ReminderSettings): Date {
  return new Date(now.getTime() - settings.practicumWaitDays * DAY_MS);
}

/**
 * The digest due now, named by its Monday ("2026-11-23"): the latest Monday 07:00 UTC at or before
 * `now`. A sweep that finds this week's digest unsent sends it, so one missed at 07:00 (the service
 * was down) goes out at the next sweep, and never twice.
 */
export function digestWeek(now: Date): string {
  const daysSinceMonday = (now.getUTCDay() - DIGEST_WEEKDAY_UTC + 7) % 7;
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysSinceMonday, DIGEST_HOUR_UTC));
  if (monday > now) monday.setUTCDate(monday.getUTCDate() - 7);
  return monday.toISOString().slice(0, 10);
}

/** Cohorts whose last day is before this day (UTC) are left out of digests. */
export function digestCohortsEndingFrom(now: Date): string {
  return new Date(now.getTime() - DIGEST_DAYS_AFTER_END * DAY_MS).toISOString().slice(0, 10);
}

/** What makes a reminder unique besides its kind: the person, the record and the occasion. */
export interface ReminderKey {
  userId: string;
  subjectId: string;
  occasion: string;
}

export const keyText = (key: ReminderKey): string => `${key.userId}/${key.subjectId}/${key.occasion}`;

/** An instant as an occasion: the same text on every sweep. */
export const instantOccasion = (instant: Date): string => instant.toISOString();

/** A practicum entry waiting too long, once per person who may review it. */
export interface WaitingEntry {
  reviewerId: string;
  email: string;
  fullName: string;
  cohortId: string;
  cohortName: string;
  entryId: string;
  submittedAt: Date;
}

export const waitingKey = (row: WaitingEntry): ReminderKey => ({ userId: row.reviewerId, subjectId: row.entryId, occasion: instantOccasion(row.submittedAt) });

/** One reviewer's message: how many entries wait in each of their cohorts. */
export interface ReviewerSummary {
  reviewerId: string;
  email: string;
  fullName: string;
  cohorts: { cohortId: string; cohortName: string; waiting: number }[];
}

/**
 * One summary per reviewer with at least one entry not reminded of before (`claimed`), counting every
 * entry that waits for them, so each message tells the whole of it and none repeats an old one.
 */
export function reviewerSummaries(rows: WaitingEntry[], claimed: ReadonlySet<string>): ReviewerSummary[] {
  const remind = new Set(rows.filter((row) => claimed.has(keyText(waitingKey(row)))).map((row) => row.reviewerId));
  const summaries = new Map<string, ReviewerSummary>();
  for (const row of rows.filter((each) => remind.has(each.reviewerId))) {
    const summary = summaries.get(row.reviewerId) ?? { reviewerId: row.reviewerId, email: row.email, fullName: row.fullName, cohorts: [] };
    summaries.set(row.reviewerId, summary);
    const cohort = summary.cohorts.find((each) => each.cohortId === row.cohortId);
    if (cohort) cohort.waiting += 1;
    else summary.cohorts.push({ cohortId: row.cohortId, cohortName: row.cohortName, waiting: 1 });
  }
  return [...summaries.values()];
}

/** A participant with something late in one cohort: journals past due and not submitted, entries waiting for review. */
export interface LateParticipant {
  programId: string;
  programName: string;
  cohortId: string;
  cohortName: string;
  participantName: string;
  lateJournals: number;
  waitingEntries: number;
}

/** A count and the people it is made of, most first. */
export interface NamedCount {
  total: number;
  people: { name: string; count: number }[];
}

export interface CohortLateness {
  cohortId: string;
  cohortName: string;
  lateJournals: NamedCount;
  waitingEntries: NamedCount;
}

export interface ProgramDigest {
  programId: string;
  programName: string;
  cohorts: CohortLateness[];
}

function namedCount(rows: LateParticipant[], count: (row: LateParticipant) => number): NamedCount {
  const people = rows
    .filter((row) => count(row) > 0)
    .map((row) => ({ name: row.participantName, count: count(row) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { total: people.reduce((sum, person) => sum + person.count, 0), people };
}

/** What is late, per program and cohort (in the order given); programs and cohorts with nothing late are left out. */
export function programDigests(rows: LateParticipant[]): ProgramDigest[] {
  const programs = new Map<string, ProgramDigest>();
  const cohortRows = new Map<string, LateParticipant[]>();
  for (const row of rows) {
    if (!programs.has(row.programId)) programs.set(row.programId, { programId: row.programId, programName: row.programName, cohorts: [] });
    if (!cohortRows.has(row.cohortId)) cohortRows.set(row.cohortId, []);
    cohortRows.get(row.cohortId)!.push(row);
  }
  for (const [cohortId, group] of cohortRows) {
    const lateness = { cohortId, cohortName: group[0].cohortName, lateJournals: namedCount(group, (row) => row.lateJournals), waitingEntries: namedCount(group, (row) => row.waitingEntries) };
    if (lateness.lateJournals.total || lateness.waitingEntries.total) programs.get(group[0].programId)!.cohorts.push(lateness);
  }
  return [...programs.values()].filter((program) => program.cohorts.length);
}
