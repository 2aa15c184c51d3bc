import { formatInZone } from '../curriculum/zoned-time';
import { formatDay } from '../web/dates';
import { createMatcher, ExpectedPerson, normalizedName, PersonMatch, ZoomMatchKind } from './zoom-matcher';
import { ZoomParticipantRow, ZoomReport } from './zoom-report';
import { compareWallTimes, wallTimeToInstant } from './zoom-wall-time';

/** The session a report is read against, with the share that makes PRESENT. */
export interface SessionWindow {
  startsAt: Date;
  durationMinutes: number;
  /** The cohort's zone: the report's times are read on its clock. */
  timeZone: string;
  minimumPercent: number;
}

/** One person of the report (their rejoins merged), matched or not, with what it would record. */
export interface ZoomProposal {
  /** The report's line of the person's first row. */
  row: number;
  /** Every line merged into this proposal. */
  rows: number[];
  name: string;
  displayName: string;
  originalName: string | null;
  email: string | null;
  match: ZoomMatchKind;
  personId: string | null;
  candidateIds: string[];
  reason: string | null;
  /** Minutes in the meeting within the session's window, time in two rows at once counted once. */
  minutes: number;
  /** PRESENT at or above the minimum share of the session, else ABSENT. */
  status: 'PRESENT' | 'ABSENT';
  /** What to record with `status`: the minutes when PRESENT, 0 when ABSENT. */
  minutesAttended: number;
}

export type ZoomProposalOutcome = { proposals: ZoomProposal[] } | { problem: string };

interface Interval {
  from: number;
  to: number;
}

/** Rows of one person, with their stays as instants, before and after matching. */
interface Attendee {
  rows: ZoomParticipantRow[];
  intervals: Interval[];
  match: PersonMatch;
}

/**
 * What the report says about each person at the session: rejoins merged, every stay clipped to
 * the session's window, each person matched to those expected, PRESENT decided by the minimum share.
 * Refuses a report of a meeting on another day than the session's (in the cohort's zone).
 */
export function proposeAttendance(report: ZoomReport, window: SessionWindow, people: readonly ExpectedPerson[]): ZoomProposalOutcome {
  const dayProblem = anotherDay(report, window);
  if (dayProblem) return { problem: dayProblem };
  const stays = staysOf(report.rows, window.timeZone);
  if ('problem' in stays) return stays;
  const match = createMatcher(people);
  const attendees = mergedByPerson(
    groupedByIdentity(report.rows).map((rows) => ({
      rows,
      intervals: rows.flatMap((row) => stays.get(row) ?? []),
      match: match(rows[0]),
    })),
  );
  return { proposals: attendees.map((attendee) => proposal(attendee, report, window)).sort((a, b) => a.row - b.row) };
}

function anotherDay(report: ZoomReport, window: SessionWindow): string | null {
  const sessionDay = formatInZone(window.startsAt, window.timeZone).slice(0, 10);
  const firstJoin = report.rows
    .flatMap((row) => (row.joinTime ? [row.joinTime] : []))
    .sort(compareWallTimes)[0];
  const days = [report.meeting?.startTime.date, firstJoin?.date].filter((day): day is string => day !== undefined);
  if (!days.length) {
    return 'has neither join times nor the meeting’s start, so its date cannot be checked: export it with meeting data, or without “Show unique users”';
  }
  const other = days.find((day) => day !== sessionDay);
  return other ? `this report is of a meeting on ${formatDay(other)}, the session is on ${formatDay(sessionDay)}` : null;
}

/** Each row's stay in the meeting as instants (none for time in the waiting room). */
function staysOf(rows: ZoomParticipantRow[], timeZone: string): Map<ZoomParticipantRow, Interval> | { problem: string } {
  const stays = new Map<ZoomParticipantRow, Interval>();
  for (const row of rows) {
    if (!row.joinTime || !row.leaveTime || row.inWaitingRoom) continue;
    const from = wallTimeToInstant(row.joinTime, timeZone);
    const to = wallTimeToInstant(row.leaveTime, timeZone);
    if (!from || !to) return { problem: `line ${row.line}: a time the clocks skip in ${timeZone} (daylight saving)` };
    stays.set(row, { from: from.getTime(), to: to.getTime() });
  }
  return stays;
}

/** Rows of one identity: the same e-mail address, or without one the same name. */
function groupedByIdentity(rows: ZoomParticipantRow[]): ZoomParticipantRow[][] {
  const groups = new Map<string, ZoomParticipantRow[]>();
  for (const row of rows) {
    const key = row.email ? `email:${row.email.trim().toLowerCase()}` : `name:${normalizedName(row.originalName ?? row.displayName)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

/** Identities matched to the same person (by e-mail in one row, by name in another) are one attendee. */
function mergedByPerson(attendees: Attendee[]): Attendee[] {
  const byPerson = new Map<string, Attendee>();
  const merged: Attendee[] = [];
  for (const attendee of attendees) {
    const personId = attendee.match.personId;
    const earlier = personId ? byPerson.get(personId) : undefined;
    if (!earlier) {
      if (personId) byPerson.set(personId, attendee);
      merged.push(attendee);
      continue;
    }
    earlier.rows.push(...attendee.rows);
    earlier.intervals.push(...attendee.intervals);
    if (attendee.match.match === 'EMAIL') earlier.match = attendee.match;
  }
  return merged;
}

function proposal({ rows, intervals, match }: Attendee, report: ZoomReport, window: SessionWindow): ZoomProposal {
  const lines = rows.map((row) => row.line).sort((a, b) => a - b);
  const first = rows.find((row) => row.line === lines[0])!;
  const minutes = minutesOf(rows, intervals, report, window);
  const present = minutes * 100 >= window.minimumPercent * window.durationMinutes;
  return {
    row: first.line,
    rows: lines,
    name: first.name,
    displayName: first.displayName,
    originalName: first.originalName,
    email: rows.find((row) => row.email)?.email ?? null,
    ...match,
    minutes,
    status: present ? 'PRESENT' : 'ABSENT',
    minutesAttended: present ? minutes : 0,
  };
}

/**
 * Minutes within the window: the union of the stays, clipped; a unique-users report's total
 * (Zoom's, which leaves out time away) bounds it, and stands alone when the report has no times.
 */
function minutesOf(rows: ZoomParticipantRow[], intervals: Interval[], report: ZoomReport, window: SessionWindow): number {
  const from = window.startsAt.getTime();
  const clipped = report.hasTimes ? Math.floor(unionLength(intervals, { from, to: from + window.durationMinutes * 60_000 }) / 60_000) : window.durationMinutes;
  if (!report.uniqueUsers) return clipped;
  const total = rows.filter((row) => !row.inWaitingRoom).reduce((sum, row) => sum + (row.durationMinutes ?? 0), 0);
  return Math.min(clipped, total);
}

/** Milliseconds covered by any of the intervals inside `within`, overlaps counted once. */
export function unionLength(intervals: readonly Interval[], within: Interval): number {
  const clipped = intervals
    .map(({ from, to }) => ({ from: Math.max(from, within.from), to: Math.min(to, within.to) }))
    .filter(({ from, to }) => to > from)
    .sort((a, b) => a.from - b.from);
  let covered = 0;
  let reach = -Infinity;
  for (const { from, to } of clipped) {
    if (to <= reach) continue;
    covered += to - Math.max(from, reach);
    reach = to;
  }
  return covered;
}
