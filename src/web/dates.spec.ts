import { formatDateTime, formatDay } from './dates';

describe('dates on the pages', () => {
  it("names the cohort's zone, standard and daylight time alike", () => {
    expect(formatDateTime(new Date('2026-12-02T00:00:00Z'), 'America/Chicago')).toBe('Tue, Dec 1, 2026, 6:00 PM CST');
    expect(formatDateTime(new Date('2026-07-07T23:00:00Z'), 'America/Chicago')).toBe('Tue, Jul 7, 2026, 6:00 PM CDT');
  });

  it('shows a calendar day as that day, whatever the server zone', () => {
    expect(formatDay('2026-12-01')).toBe('Tue, Dec 1, 2026');
  });
});
