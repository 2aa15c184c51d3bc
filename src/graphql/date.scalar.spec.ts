import { isCalendarDate } from './date.scalar';

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2027-06-30'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', '0000-01-01', '9999-12-31', 20260101, null])(
    'refuses %p',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});
