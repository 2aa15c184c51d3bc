import type { AttendanceStatus } from './attendance-status';

/** The status as its GraphQL value; a type-only import keeps this module free of Nest (for unit tests). */
type Status = `${AttendanceStatus}`;

export type MinutesOutcome = { minutes: number } | { problem: string };

/**
 * Minutes counted for one person at one session: the whole session when PRESENT and nothing was
 * given, 0 when ABSENT or EXCUSED; never negative, never above the session's duration.
 */
export function attendedMinutes(status: Status, given: number | null | undefined, durationMinutes: number): MinutesOutcome {
  if (given === null || given === undefined) return { minutes: status === 'PRESENT' ? durationMinutes : 0 };
  if (given < 0) return { problem: 'must not be negative' };
  if (given > durationMinutes) return { problem: `must not exceed the session's ${durationMinutes} minutes` };
  if (status !== 'PRESENT' && given > 0) return { problem: `must be 0 when ${status}` };
  return { minutes: given };
}
