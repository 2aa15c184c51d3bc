const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical IANA name ("america/new_york" -> "America/New_York"); null for a zone this runtime does not know. */
export function canonicalTimeZone(timeZone: string): string | null {
  // Newer runtimes also take fixed offsets ("-08:00"); those know no daylight saving, so no.
  if (/^[+-]/.test(timeZone)) return null;
  try {
    return formatterFor(timeZone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isKnownTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

/** The wall-clock time an instant shows in a zone, read as if it were UTC (milliseconds). */
function wallClockOf(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

/** The zone's offset from UTC at an instant, in minutes (e.g. -420 for PDT). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const time = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockOf(time, timeZone) - time) / 60_000);
}

/**
 * The instant a wall-clock time ("YYYY-MM-DD", "HH:MM") names in a zone. A time the clocks skip
 * (the spring-forward gap) names no instant: null. A time that happens twice (fall back) is the
 * first of the two, the one still on daylight time.
 */
export function zonedWallTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsets = new Set([wall - DAY, wall + DAY].map((around) => wallClockOf(around, timeZone) - around));
  const matches = [...offsets].map((offset) => wall - offset).filter((instant) => wallClockOf(instant, timeZone) === wall);
  return matches.length ? new Date(Math.min(...matches)) : null;
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-10-15T09:00:00-07:00. */
export function formatInZone(instant: Date, timeZone: string): string {
  const offset = offsetMinutesAt(instant, timeZone);
  const wall = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall}${sign}${hours}:${minutes}`;
}
