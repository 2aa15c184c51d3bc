import { formatInZone, isKnownTimeZone, zonedWallTimeToInstant } from './zoned-time';

describe('zoned wall time', () => {
  it('gives 16:00Z for 09:00 on a Los Angeles daylight date and 17:00Z on a standard one', () => {
    expect(zonedWallTimeToInstant('2026-10-15', '09:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-10-15T16:00:00.000Z');
    expect(zonedWallTimeToInstant('2026-11-19', '09:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-11-19T17:00:00.000Z');
  });

  it('gives the UTC instant itself in UTC', () => {
    expect(zonedWallTimeToInstant('2026-03-08', '02:30', 'UTC')?.toISOString()).toBe('2026-03-08T02:30:00.000Z');
  });

  it('finds no instant for a time the clocks skip in spring', () => {
    expect(zonedWallTimeToInstant('2027-03-14', '02:30', 'America/New_York')).toBeNull();
  });

  it('takes the first, daylight, instant of a time that happens twice in autumn', () => {
    expect(zonedWallTimeToInstant('2026-11-01', '01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('writes an instant with the offset of its zone', () => {
    expect(formatInZone(new Date('2026-10-15T16:00:00Z'), 'America/Los_Angeles')).toBe('2026-10-15T09:00:00-07:00');
    expect(formatInZone(new Date('2026-12-03T14:00:00Z'), 'America/New_York')).toBe('2026-12-03T09:00:00-05:00');
    expect(formatInZone(new Date('2026-12-03T14:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-03T19:30:00+05:30');
    expect(formatInZone(new Date('2026-12-03T14:00:00Z'), 'UTC')).toBe('2026-12-03T14:00:00+00:00');
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('America/Los_Angeles')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('-08:00')).toBe(false);
  });
});
