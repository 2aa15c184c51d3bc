import { GraphQLScalarType, Kind } from 'graphql';
import { InvalidLiteral } from './invalid-literal';

/** Far outside any training program, and year 0 is not a PostgreSQL date. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const CALENDAR_DATE_REASON = 'must be a real calendar date, YYYY-MM-DD';

/** A real calendar day (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function parseValue(value: unknown): string {
  // GraphQL names the offending variable path in the error it wraps around this one.
  if (!isCalendarDate(value)) throw new TypeError(`"${String(value).slice(0, 40)}" ${CALENDAR_DATE_REASON}`);
  return value;
}

/** Calendar dates travel as YYYY-MM-DD strings end to end (the pg driver is told not to make Dates of them). */
export const CalendarDate = new GraphQLScalarType<string | InvalidLiteral, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue,
  parseLiteral: (ast) => (ast.kind === Kind.STRING && isCalendarDate(ast.value) ? ast.value : new InvalidLiteral(CALENDAR_DATE_REASON)),
});
