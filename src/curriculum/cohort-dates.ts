const HOUR = 3_600_000;

/**
 * Cohorts have no time zone, so a start counts when it falls on one of the cohort's calendar days
 * in some zone (UTC-12 to UTC+14): an evening session in California on the last day is still inside.
 */
export function startsWithinCohortDates(startsAt: Date, startsOn: string, endsOn: string): boolean {
  const earliest = Date.parse(`${startsOn}T00:00:00Z`) - 14 * HOUR;
  const latest = Date.parse(`${endsOn}T00:00:00Z`) + 36 * HOUR;
  const time = startsAt.getTime();
  return time >= earliest && time < latest;
}
