import { startsWithinCohortDates } from './cohort-dates';

describe('startsWithinCohortDates', () => {
  const within = (iso: string) => startsWithinCohortDates(new Date(iso), '2026-09-01', '2027-06-30');

  it('accepts starts on the cohort days in any time zone', () => {
    expect(within('2026-09-01T17:00:00Z')).toBe(true);
    expect(within('2026-09-01T00:30:00+14:00')).toBe(true);
    expect(within('2027-06-30T18:00:00-07:00')).toBe(true);
  });

  it('refuses starts on days before or after the cohort everywhere', () => {
    expect(within('2026-08-30T12:00:00Z')).toBe(false);
    expect(within('2026-08-31T23:59:00+14:00')).toBe(false);
    expect(within('2027-07-01T12:00:00Z')).toBe(false);
    expect(within('2027-07-02T00:00:00-12:00')).toBe(false);
  });
});
