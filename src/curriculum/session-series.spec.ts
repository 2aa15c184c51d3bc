import { MAX_SERIES_DATES, seriesInstants } from './session-series';

const cohort = { startsOn: '2026-09-01', endsOn: '2027-06-30', timeZone: 'America/Los_Angeles' };

describe('seriesInstants', () => {
  it('puts each date at the wall-clock time in the zone, across the daylight saving change', () => {
    expect(seriesInstants(['2026-10-15', '2026-11-19'], '09:00', cohort)).toEqual({
      instants: [new Date('2026-10-15T16:00:00Z'), new Date('2026-11-19T17:00:00Z')],
    });
  });

  it.each(['25:00', '9:00', '09:60', '0900'])('refuses the start time %s', (startTime) => {
    expect(seriesInstants(['2026-10-15'], startTime, cohort)).toEqual({ reasons: { startTime: expect.stringContaining('HH:MM') } });
  });

  it('refuses no dates, too many, repeated ones and ones outside the cohort', () => {
    expect(seriesInstants([], '09:00', cohort)).toEqual({ reasons: { dates: 'must name at least one date' } });
    const tooMany = Array.from({ length: MAX_SERIES_DATES + 1 }, (_v, day) => new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10));
    expect(seriesInstants(tooMany, '09:00', cohort)).toEqual({ reasons: { dates: 'must name at most 100 dates' } });
    expect(seriesInstants(['2026-10-15', '2026-10-15'], '09:00', cohort)).toEqual({ reasons: { dates: expect.stringContaining('2026-10-15') } });
    expect(seriesInstants(['2027-07-01'], '09:00', cohort)).toEqual({ reasons: { dates: expect.stringContaining('2027-07-01') } });
  });

  it('refuses a time the clocks skip on one of the dates', () => {
    expect(seriesInstants(['2027-03-14'], '02:30', cohort)).toEqual({ reasons: { startTime: expect.stringContaining('2027-03-14') } });
  });
});
