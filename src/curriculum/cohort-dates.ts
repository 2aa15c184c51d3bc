import { formatInZone } from './zoned-time';

/** A cohort's calendar days and the zone they are counted in. */
export interface CohortCalendar {
  /** `YYYY-MM-DD` */
  startsOn: string;
  /** `YYYY-MM-DD` */
  endsOn: string;
  timeZone: string;
}

/** An instant falls within the cohort when it falls on one of the cohort's days in the cohort's time zone. */
export function startsWithinCohortDates(startsAt: Date, cohort: CohortCalendar): boolean {
  const localDate = formatInZone(startsAt, cohort.timeZone).slice(0, 10);
  return localDate >= cohort.startsOn && localDate <= cohort.endsOn;
}
