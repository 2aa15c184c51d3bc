import type { AttendanceStatus } from './attendance-status';

/** The status as its GraphQL value; a type-only import keeps this module free of Nest (for unit tests). */
type Status = `${AttendanceStatus}`;

export type MinutesOutcome = { minutes: number } | { problem: string };

/** Statuses that carry minutes: attended live, or made up afterwards. */
const WITH_MINUTES: readonly Status[] = ['PRESENT', 'MADE_UP'];

/**
 * Minutes recorded for one person at one session: the whole session when PRESENT or MADE_UP and
 * nothing was given, 0 when ABSENT or EXCUSED; never negative, never above the session's duration.
 */
export function attendedMinutes(status: Status, given: number | null | undefined, durationMinutes: number): MinutesOutcome {
  if (given === null || given === undefined) return { minutes: WITH_MINUTES.includes(status) ? durationMinutes : 0 };
  if (given < 0) return { problem: 'must not be negative' };
  if (given > durationMinutes) return { problem: `must not exceed the session's ${durationMinutes} minutes` };
  if (!WITH_MINUTES.includes(status) && given > 0) return { problem: `must be 0 when ${status}` };
  return { minutes: given };
}
