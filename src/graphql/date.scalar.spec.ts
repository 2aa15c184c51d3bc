import { Kind } from 'graphql';
import { CalendarDate, isCalendarDate } from './date.scalar';
import { InvalidLiteral } from './invalid-literal';

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2027-06-30'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));

  it.each(['2026-02-30', '2026-02-29', '2024-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-01-01', '2026-1-1',
    '2026-1-5', '2026-01-01T00:00:00Z', ' 2026-01-01', '0000-01-01', '9999-12-31', 20260101, null])('refuses %p', (value) =>
    expect(isCalendarDate(value)).toBe(false),
  );
});

describe('the Date scalar', () => {
  it('throws for a bad variable, quoting it', () => {
    expect(CalendarDate.parseValue('2026-03-10')).toBe('2026-03-10');
    expect(() => CalendarDate.parseValue('2026-02-29')).toThrow('"2026-02-29" must be a real calendar date, YYYY-MM-DD');
  });

  it('hands a bad inline literal on as an InvalidLiteral', () => {
    expect(CalendarDate.parseLiteral({ kind: Kind.STRING, value: '2026-03-10' })).toBe('2026-03-10');
    expect(CalendarDate.parseLiteral({ kind: Kind.STRING, value: '2024-02-30' })).toBeInstanceOf(InvalidLiteral);
    expect(CalendarDate.parseLiteral({ kind: Kind.INT, value: '20260310' })).toBeInstanceOf(InvalidLiteral);
  });
});
