import { zonedWallTimeToInstant } from './zoned-time';

export const MAX_SERIES_DATES = 100;

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type Reasons = Record<string, string>;

/**
 * The instants of a series: each date at the same wall-clock time in the cohort's zone. Either every
 * instant or the reasons, by field, that none can be scheduled.
 */
export function seriesInstants(
  dates: string[],
  startTime: string,
  cohort: { startsOn: string; endsOn: string; timeZone: string },
): { instants: Date[] } | { reasons: Reasons } {
  if (!WALL_TIME.test(startTime)) return { reasons: { startTime: 'must be a 24-hour time HH:MM, e.g. 09:00' } };
  const datesReason = seriesDatesReason(dates, cohort);
  if (datesReason) return { reasons: { dates: datesReason } };
  const instants = dates.map((date) => zonedWallTimeToInstant(date, startTime, cohort.timeZone));
  const skipped = dates.filter((_date, index) => !instants[index]);
  if (skipped.length) {
    return { reasons: { startTime: `does not exist on ${skipped.join(', ')} in ${cohort.timeZone} (the clocks skip it); choose another time` } };
  }
  return { instants: instants as Date[] };
}

function seriesDatesReason(dates: string[], cohort: { startsOn: string; endsOn: string }): string | null {
  if (!dates.length) return 'must name at least one date';
  if (dates.length > MAX_SERIES_DATES) return `must name at most ${MAX_SERIES_DATES} dates`;
  const repeated = dates.filter((date, index) => dates.indexOf(date) !== index);
  if (repeated.length) return `must not repeat a date (${[...new Set(repeated)].join(', ')})`;
  const outside = dates.filter((date) => date < cohort.startsOn || date > cohort.endsOn);
  if (outside.length) return `must fall within the cohort's dates (${cohort.startsOn} to ${cohort.endsOn}): ${outside.join(', ')} do not`;
  return null;
}
