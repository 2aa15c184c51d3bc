import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

const ID = '7a1f3c2e-5b6d-4e8f-9a0b-1c2d3e4f5a6b';
const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('audit cursor', () => {
  it('hands back the instant to the microsecond and the id it was given', () => {
    const cursor = { at: '2026-11-24T17:05:09.123456Z', id: ID };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
  });

  it('reads an id in capitals as PostgreSQL answers it', () => {
    expect(decodeAuditCursor(encoded(['2026-11-24T17:05:09.123456Z', ID.toUpperCase()])).id).toBe(ID);
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['the users list’s cursor', encoded(['Avery Quinn', ID])],
    ['an instant without microseconds', encoded(['2026-11-24T17:05:09Z', ID])],
    ['a day that does not exist', encoded(['2026-02-30T17:05:09.123456Z', ID])],
    ['the hour 24', encoded(['2026-11-24T24:00:00.000000Z', ID])],
    ['the year 0', encoded(['0000-01-01T00:00:00.000000Z', ID])],
    ['no id', encoded(['2026-11-24T17:05:09.123456Z'])],
    ['a bad id', encoded(['2026-11-24T17:05:09.123456Z', 'abc'])],
    ['too long', 'x'.repeat(500)],
  ])('refuses %s, naming after', (_case, after) => {
    expect(() => decodeAuditCursor(after)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }) }));
  });
});
