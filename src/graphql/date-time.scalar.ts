import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { EARLIEST_YEAR, LATEST_YEAR } from './date.scalar';
import { InvalidLiteral } from './invalid-literal';

/** RFC 3339 `date-time`: a full date, a full time, and Z or a numeric offset. */
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
/** A local date and time without a zone, which would be read in whatever zone the server runs in. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

const FORMAT = 'must be an RFC 3339 date-time with a zone, such as 2026-03-10T09:00:00Z or 2026-03-10T09:00:00-08:00';

export type InstantReading = { instant: Date } | { problem: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads an instant the way clients must send one, or says what is wrong with it. */
export function readInstant(value: unknown): InstantReading {
  if (typeof value !== 'string') return { problem: FORMAT };
  const match = RFC_3339.exec(value);
  if (!match) return { problem: ZONELESS.test(value) ? 'must carry a zone: end it with Z or an offset such as -08:00' : FORMAT };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] = match.slice(7);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return { problem: `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}` };
  const realTime = hour <= 23 && minute <= 59 && second <= 59 && Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || !realTime) {
    return { problem: 'is not a real date and time' };
  }
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return { instant: new Date(Date.UTC(year, month - 1, day, hour, minute - offset, second, milliseconds)) };
}

function parseValue(value: unknown): Date {
  const reading = readInstant(value);
  // GraphQL names the offending variable path in the error it wraps around this one.
  if ('problem' in reading) throw new TypeError(`${JSON.stringify(value)?.slice(0, 40)} ${reading.problem}`);
  return reading.instant;
}

function parseLiteral(ast: ValueNode): Date | InvalidLiteral {
  const reading = readInstant(ast.kind === Kind.STRING ? ast.value : undefined);
  return 'problem' in reading ? new InvalidLiteral(reading.problem) : reading.instant;
}

/** Instants travel as RFC 3339 strings with a zone; answers are always in UTC. */
export const DateTime = new GraphQLScalarType<Date | InvalidLiteral, string>({
  name: 'DateTime',
  description: 'An instant: an RFC 3339 date-time with Z or an offset, such as 2026-03-10T09:00:00-08:00; answered in UTC',
  serialize: (value) => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError('DateTime can only answer a valid Date');
    return value.toISOString();
  },
  parseValue,
  parseLiteral,
});
