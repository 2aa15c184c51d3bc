import { zonedWallTimeToInstant } from '../curriculum/zoned-time';

/** The demo's "today": attendance exists for sessions held before it. */
export const RECORDED_BEFORE = new Date('2026-11-23T00:00:00Z');

/** The date ("YYYY-MM-DD") of the `week`-th (1 = first) `weekday` (0 = Sunday) of a zero-based month. */
export function dayInMonth(year: number, month: number, weekday: number, week: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset + (week - 1) * 7)).toISOString().slice(0, 10);
}

/** The instant of a local wall time ("HH:MM") on a date in a zone; the demo never schedules into a daylight-saving gap. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const instant = zonedWallTimeToInstant(date, time, timeZone);
  if (!instant) throw new Error(`${date} ${time} does not exist in ${timeZone}`);
  return instant;
}
