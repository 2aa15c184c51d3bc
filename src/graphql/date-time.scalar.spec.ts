import { Kind } from 'graphql';
import { DateTime, readInstant } from './date-time.scalar';
import { InvalidLiteral } from './invalid-literal';

const instant = (value: unknown) => {
  const reading = readInstant(value);
  return 'instant' in reading ? reading.instant.toISOString() : reading.problem;
};

describe('readInstant', () => {
  it.each([
    ['2026-03-10T17:00:00Z', '2026-03-10T17:00:00.000Z'],
    ['2026-03-10T09:00:00-08:00', '2026-03-10T17:00:00.000Z'],
    ['2026-03-10T19:30:00+02:30', '2026-03-10T17:00:00.000Z'],
    ['2026-03-10T00:30:00+05:00', '2026-03-09T19:30:00.000Z'],
    ['2026-12-31T23:00:00-02:00', '2027-01-01T01:00:00.000Z'],
    ['2026-03-10T17:00:00.5Z', '2026-03-10T17:00:00.500Z'],
    ['2026-03-10T17:00:00.123456789Z', '2026-03-10T17:00:00.123Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['2026-03-10t17:00:00z', '2026-03-10T17:00:00.000Z'],
  ])('reads %s as %s', (value, expected) => expect(instant(value)).toBe(expected));

  it.each(['2023-10-13T09:00:00', '2023-10-13 09:00', '2023-10-13T09:00:00.250'])('asks %s for a zone', (value) =>
    expect(instant(value)).toMatch(/must carry a zone/),
  );

  it.each(['2026-09-31T17:00:00Z', '2026-02-29T00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z',
    '2026-03-00T00:00:00Z', '2026-03-10T24:00:00Z', '2026-03-10T23:60:00Z', '2026-03-10T23:59:60Z', '2026-03-10T10:00:00+24:00',
    '2026-03-10T10:00:00+01:60'])('refuses %s as not real', (value) => expect(instant(value)).toBe('is not a real date and time'));

  it.each(['1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '0000-01-01T00:00:00Z'])('refuses the far-off %s', (value) =>
    expect(instant(value)).toMatch(/between the years 1900 and 2200/),
  );

  it.each(['10/13/2023', '2026-03-10', '2026-03-10T17:00Z', '2026-03-10T17:00:00+0200', '2026-03-10T17:00:00 Z', ' 2026-03-10T17:00:00Z',
    '2026-03-10T17:00:00.Z', '+002026-03-10T17:00:00Z', 'now', '', 1700000000, null, undefined, {}])('refuses %p as not RFC 3339', (value) =>
    expect(instant(value)).toMatch(/must be an RFC 3339 date-time/),
  );
});

describe('the DateTime scalar', () => {
  it('is named DateTime and answers in UTC', () => {
    expect(DateTime.name).toBe('DateTime');
    expect(DateTime.serialize(new Date('2026-03-10T09:00:00-08:00'))).toBe('2026-03-10T17:00:00.000Z');
  });

  it('refuses to answer anything but a valid Date', () => {
    expect(() => DateTime.serialize('2026-03-10T17:00:00Z')).toThrow(TypeError);
    expect(() => DateTime.serialize(new Date('nonsense'))).toThrow(TypeError);
  });

  it('parses a variable to a Date and throws for a bad one, quoting it', () => {
    expect(DateTime.parseValue('2026-03-10T09:00:00-08:00')).toEqual(new Date('2026-03-10T17:00:00Z'));
    expect(() => DateTime.parseValue('2026-09-31T17:00:00Z')).toThrow('"2026-09-31T17:00:00Z" is not a real date and time');
    expect(() => DateTime.parseValue(1700000000)).toThrow(TypeError);
  });

  it('hands a bad inline literal on as an InvalidLiteral with the reason', () => {
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2026-03-10T17:00:00Z' })).toEqual(new Date('2026-03-10T17:00:00Z'));
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2023-10-13T09:00:00' })).toEqual(new InvalidLiteral('must carry a zone: end it with Z or an offset such as -08:00'));
    expect(DateTime.parseLiteral({ kind: Kind.INT, value: '1700000000' })).toBeInstanceOf(InvalidLiteral);
  });
});
