import { startsWithinCohortDates } from './cohort-dates';

describe('startsWithinCohortDates', () => {
  const inLosAngeles = (iso: string) =>
    startsWithinCohortDates(new Date(iso), { startsOn: '2026-09-01', endsOn: '2027-06-30', timeZone: 'America/Los_Angeles' });

  it('accepts starts on the cohort days in its time zone', () => {
    expect(inLosAngeles('2026-09-01T16:00:00Z')).toBe(true);
    // 18:00 on June 30 in Los Angeles is already July 1 in UTC.
    expect(inLosAngeles('2027-07-01T01:00:00Z')).toBe(true);
  });

  it('refuses starts on days outside the cohort in its time zone, whatever day it is in UTC', () => {
    // 17:00 on August 31 in Los Angeles is September 1 in UTC.
    expect(inLosAngeles('2026-09-01T00:00:00Z')).toBe(false);
    expect(inLosAngeles('2027-07-01T12:00:00Z')).toBe(false);
  });

  it('counts the days in UTC for a cohort kept in UTC', () => {
    const inUtc = (iso: string) => startsWithinCohortDates(new Date(iso), { startsOn: '2026-09-01', endsOn: '2027-06-30', timeZone: 'UTC' });
    expect(inUtc('2026-09-01T00:00:00Z')).toBe(true);
    expect(inUtc('2026-08-31T23:59:00Z')).toBe(false);
  });
});
