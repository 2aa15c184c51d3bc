import { formatInZone, zonedWallTimeToInstant } from '../curriculum/zoned-time';

const DAY = 86_400_000;

/** Calendar days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Where an instant lands `days` later at the same wall-clock time in the zone; the gap, when the clocks skip that time. */
export type Shifted = { instant: Date } | { skipped: { date: string; time: string } };

/**
 * The instant `days` calendar days after `instant` showing the same wall-clock time in `timeZone`,
 * daylight saving included: a time the clocks repeat is the first of the two (as scheduleSessions
 * takes it), a time they skip is named instead. Seconds and milliseconds carry over.
 */
export function shiftKeepingWallClock(instant: Date, days: number, timeZone: string): Shifted {
  const local = formatInZone(instant, timeZone);
  const date = addDays(local.slice(0, 10), days);
  const time = local.slice(11, 16);
  const shifted = zonedWallTimeToInstant(date, time, timeZone);
  if (!shifted) return { skipped: { date, time } };
  return { instant: new Date(shifted.getTime() + (((instant.getTime() % 60_000) + 60_000) % 60_000)) };
}
