import { contactHours, formatLongDate, isoSeconds, withoutBidiControls } from './certificate-format';

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

  it('drops every bidi control and keeps the letters, right-to-left ones included', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(withoutBidiControls(`Ana${controls} Quintero`)).toBe('Ana Quintero');
    expect(withoutBidiControls('IECMHC \u202Egniniart')).toBe('IECMHC gniniart');
    expect(withoutBidiControls('\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627')).toBe('\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627');
  });
});
