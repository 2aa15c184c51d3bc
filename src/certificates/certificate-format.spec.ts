import { contactHours, formatLongDate, isoSeconds } from './certificate-format';

describe('certificate formatting', () => {
  it('states contact hours to two decimals', () => {
    expect(contactHours(3450)).toBe(57.5);
    expect(contactHours(100)).toBe(1.67);
    expect(contactHours(0)).toBe(0);
  });

  it('writes a calendar day as that same day in any time zone', () => {
    expect(formatLongDate('2025-09-01')).toBe('September 1, 2025');
    expect(formatLongDate(new Date('2026-06-30T23:30:00Z'))).toBe('June 30, 2026');
  });

  it('drops milliseconds from an instant', () => {
    expect(isoSeconds(new Date('2026-06-30T17:45:12.999Z'))).toBe('2026-06-30T17:45:12Z');
  });
});
