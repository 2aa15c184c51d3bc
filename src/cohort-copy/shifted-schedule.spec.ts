import { addDays, daysBetween, shiftKeepingWallClock } from './shifted-schedule';

const LA = 'America/Los_Angeles';

describe('shifting a schedule by whole days', () => {
  it('counts calendar days across a year and a leap day', () => {
    expect(daysBetween('2026-01-05', '2027-01-04')).toBe(364);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-18', 364)).toBe('2027-12-17');
  });

  it('keeps the wall-clock time when daylight saving differs between the two days', () => {
    // 09:00 PDT on 2026-03-12; 2027-03-11 is still PST.
    expect(shiftKeepingWallClock(new Date('2026-03-12T16:00:00Z'), 364, LA)).toEqual({ instant: new Date('2027-03-11T17:00:00Z') });
  });

  it('names a time the clocks skip on the new day', () => {
    expect(shiftKeepingWallClock(new Date('2026-03-05T10:30:00Z'), 374, LA)).toEqual({ skipped: { date: '2027-03-14', time: '02:30' } });
  });

  it('takes the first of a repeated time, and carries seconds over', () => {
    // 01:30:15 PDT on 2026-10-31; 2027-11-07 01:30 happens twice, first on PDT.
    expect(shiftKeepingWallClock(new Date('2026-10-31T08:30:15Z'), 372, LA)).toEqual({ instant: new Date('2027-11-07T08:30:15Z') });
  });
});
