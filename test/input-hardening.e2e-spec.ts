import { startTestApp, TestApp, GraphQLResponse } from './support/test-app';
import {
  CREATE_ASSIGNMENT,
  errorCode,
  givenEligible,
  givenJournalWorld,
  givenMember,
  issueCertificate,
  JournalWorld,
  PASSWORD,
  SAVE_DRAFT,
  scheduleSessionRequest,
  signIn,
  SUBMIT,
  uniqueEmail,
} from './support/factories';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email fullName } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`;

/** Tables whose rows are the product's data (not the rate limiter's counters or the migrations log). */
async function dataTables(app: TestApp): Promise<string[]> {
  const { rows } = await app.db.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit', 'migrations')`,
  );
  return rows.map((row: { table_name: string }) => row.table_name);
}

/** A fingerprint of every data row, so a refused request is seen to have written, changed and deleted nothing. */
async function snapshot(app: TestApp): Promise<Record<string, string>> {
  const fingerprints: Record<string, string> = {};
  for (const table of await dataTables(app)) {
    const { rows } = await app.db.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
    fingerprints[table] = `${rows[0].n}:${rows[0].sum}`;
  }
  return fingerprints;
}

function expectRefused(result: GraphQLResponse, field: string): void {
  expect(result.errors).toHaveLength(1);
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0].extensions!.fields).toEqual([field]);
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|INSERT|invalid byte sequence|\.ts:\d/i);
}

/** A GraphQL string literal for `value`, every character outside printable ASCII escaped as \uXXXX. */
function literal(value: string): string {
  return `"${value.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

describe('input hardening', () => {
  let app: TestApp;
  let world: JournalWorld;

  beforeAll(async () => {
    app = await startTestApp();
    world = await givenJournalWorld(app);
  });

  afterAll(async () => app?.stop());

  describe('text that is not text', () => {
    it.each([
      ['login e-mail', LOGIN, () => ({ email: `ana\u0000@example.org`, password: PASSWORD }), 'email', undefined],
      ['user full name', CREATE_USER, () => ({ email: uniqueEmail(), fullName: 'Ana\u0000Quintero', password: PASSWORD }), 'fullName', 'admin'],
      ['program name', CREATE_PROGRAM, () => ({ name: 'IECMHC\u0000 Training' }), 'name', 'admin'],
      ['program description (a lone surrogate)', CREATE_PROGRAM, () => ({ name: 'IECMHC Training', description: 'broken \uD83D half' }), 'description', 'admin'],
      ['journal draft body', SAVE_DRAFT, () => ({ assignmentId: world.assignmentId, body: 'My reflection\u0000' }), 'body', 'participant'],
      ['journal body', SUBMIT, () => ({ assignmentId: world.assignmentId, body: '\u0000' }), 'body', 'participant'],
      ['journal body (a lone surrogate)', SUBMIT, () => ({ assignmentId: world.assignmentId, body: 'reflection \uDC00' }), 'body', 'participant'],
    ] as const)('refuses NUL or a lone surrogate in the %s, naming the field, and writes nothing', async (_what, mutation, input, field, who) => {
      const token = who === 'admin' ? world.admin.token : who === 'participant' ? world.participant.token : undefined;
      const before = await snapshot(app);
      expectRefused(await app.gql(mutation, { input: input() }, token), field);
      expect(await snapshot(app)).toEqual(before);
    });

    it('refuses NUL in arguments that are not input objects: a certificate code, an id', async () => {
      expectRefused(await app.gql(`query($code: String!) { verifyCertificate(code: $code) { status } }`, { code: 'AB\u0000CD' }), 'code');
      expectRefused(await app.gql(`query { verifyCertificate(code: ${literal('AB\u0000CD')}) { status } }`), 'code');
      expectRefused(await app.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: `${world.cohort.cohortId}\u0000` }, world.admin.token), 'id');
    });

    it('refuses NUL written inline in the query, naming the field', async () => {
      const before = await snapshot(app);
      expectRefused(await app.gql(`mutation { createProgram(input: { name: ${literal('IECMHC\u0000')} }) { id } }`, {}, world.admin.token), 'name');
      expect(await snapshot(app)).toEqual(before);
    });
  });

  describe('names and titles', () => {
    const invisible = ['\u200B\u200C\u200D', '\u2060\uFEFF', ' \u202E\u2066\u200F ', '\u3164\u00AD'];

    it.each(invisible)('refuses a person, program or session named only %p, and writes nothing', async (name) => {
      const before = await snapshot(app);
      expectRefused(await app.gql(CREATE_USER, { input: { email: uniqueEmail(), fullName: name, password: PASSWORD } }, world.admin.token), 'fullName');
      expectRefused(await app.gql(CREATE_PROGRAM, { input: { name } }, world.admin.token), 'name');
      expectRefused(await scheduleSessionRequest(app, world.faculty.token, world.cohort.cohortId, { title: name }), 'title');
      expect(await snapshot(app)).toEqual(before);
    });

    it('refuses a name on two lines', async () => {
      expectRefused(await app.gql(CREATE_PROGRAM, { input: { name: 'IECMHC\nTraining' } }, world.admin.token), 'name');
    });

    it('stores names and e-mail addresses trimmed, and keeps the password exactly as typed', async () => {
      const email = uniqueEmail('trimmed');
      const password = '  a password with spaces  ';
      const { createUser } = await app.ok(CREATE_USER, { input: { email: `  ${email}\t`, fullName: ' \t Ana Quintero  ', password } }, world.admin.token);
      expect(createUser).toMatchObject({ email, fullName: 'Ana Quintero' });
      const { rows } = await app.db.query(`SELECT email, full_name FROM app_user WHERE id = $1`, [createUser.id]);
      expect(rows[0]).toEqual({ email, full_name: 'Ana Quintero' });

      await expect(signIn(app, ` ${email} `, password)).resolves.toEqual(expect.any(String));
      expect(errorCode(await app.gql(LOGIN, { input: { email, password: password.trim() } }))).toBe('UNAUTHENTICATED');

      const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name: '  IECMHC Training\u00A0' } }, world.admin.token);
      const stored = await app.db.query(`SELECT name FROM program WHERE id = $1`, [createProgram.id]);
      expect(stored.rows[0].name).toBe('IECMHC Training');
    });
  });

  describe('instants', () => {
    const refusedInstants: [string, unknown][] = [
      ['no zone', '2023-10-13T09:00:00'],
      ['a US date', '10/13/2023'],
      ['September 31', '2026-09-31T17:00:00Z'],
      ['24:00', '2026-03-10T24:00:00Z'],
      ['a leap second', '2026-06-30T23:59:60Z'],
      ['epoch seconds', 1700000000],
    ];
    /** The value as it is written inline in a query: a string literal, or a number as it is. */
    const inline = (value: unknown) => (typeof value === 'string' ? literal(value) : String(value));

    it.each(refusedInstants)('refuses %s as a session start, as a variable and inline, and writes nothing', async (_what, startsAt) => {
      const before = await snapshot(app);
      expectRefused(await scheduleSessionRequest(app, world.faculty.token, world.cohort.cohortId, { startsAt: startsAt as string }), 'startsAt');
      const inlineResult = await app.gql(
        `mutation { scheduleSession(input: { cohortId: "${world.cohort.cohortId}", kind: FACULTY_SEMINAR, title: "Seminar",
           startsAt: ${inline(startsAt)}, durationMinutes: 60, ceEligible: false }) { id } }`,
        {},
        world.faculty.token,
      );
      expectRefused(inlineResult, 'startsAt');
      expect(await snapshot(app)).toEqual(before);
    });

    it.each(refusedInstants)('refuses %s as a journal due date, as a variable and inline, and writes nothing', async (_what, dueAt) => {
      const before = await snapshot(app);
      const input = { moduleId: world.moduleId, title: 'Reflection', prompt: 'Reflect.', dueAt, expectedMinutes: 30 };
      expectRefused(await app.gql(CREATE_ASSIGNMENT, { input }, world.faculty.token), 'dueAt');
      const inlineResult = await app.gql(
        `mutation { createJournalAssignment(input: { moduleId: "${world.moduleId}", title: "Reflection", prompt: "Reflect.",
           dueAt: ${inline(dueAt)}, expectedMinutes: 30 }) { id } }`,
        {},
        world.faculty.token,
      );
      expectRefused(inlineResult, 'dueAt');
      expect(await snapshot(app)).toEqual(before);
    });

    it('reads an explicit offset as the instant it names, as a variable and inline', async () => {
      const asVariable = await scheduleSessionRequest(app, world.faculty.token, world.cohort.cohortId, { startsAt: '2026-03-10T09:00:00-08:00' });
      expect(asVariable.data.scheduleSession.startsAt).toBe('2026-03-10T17:00:00.000Z');
      const { scheduleSession } = await app.ok(
        `mutation { scheduleSession(input: { cohortId: "${world.cohort.cohortId}", kind: FACULTY_SEMINAR, title: "Seminar",
           startsAt: "2026-03-11T19:30:00.250+02:30", durationMinutes: 60, ceEligible: false }) { id startsAt } }`,
        {},
        world.faculty.token,
      );
      expect(scheduleSession.startsAt).toBe('2026-03-11T17:00:00.250Z');
      const { rows } = await app.db.query(`SELECT starts_at FROM session WHERE id = $1`, [scheduleSession.id]);
      expect(rows[0].starts_at.toISOString()).toBe('2026-03-11T17:00:00.250Z');
    });
  });

  describe('calendar dates', () => {
    it.each(['2026-02-29', '2024-02-30', '2026-1-5'])('refuses %s as a cohort start, as a variable and inline', async (startsOn) => {
      const before = await snapshot(app);
      const input = { programId: world.cohort.programId, name: 'Cohort', startsOn, endsOn: '2026-12-18', capacity: 10 };
      expectRefused(await app.gql(CREATE_COHORT, { input }, world.admin.token), 'startsOn');
      const inlineResult = await app.gql(
        `mutation { createCohort(input: { programId: "${world.cohort.programId}", name: "Cohort", startsOn: "${startsOn}",
           endsOn: "2026-12-18", capacity: 10 }) { id } }`,
        {},
        world.admin.token,
      );
      expectRefused(inlineResult, 'startsOn');
      expect(await snapshot(app)).toEqual(before);
    });
  });

  describe('the verify page', () => {
    it('isolates a program name holding a right-to-left override, so it cannot reverse the page', async () => {
      const admin = world.admin;
      const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name: 'IECMHC \u202Egniniart' } }, admin.token);
      const { createCohort } = await app.ok(
        CREATE_COHORT,
        { input: { programId: createProgram.id, name: 'Cohort \u2067A', startsOn: '2026-01-05', endsOn: '2026-12-18', capacity: 10 } },
        admin.token,
      );
      const participant = await givenMember(app, admin, createCohort.id, 'PARTICIPANT', { fullName: 'Ana \u202EQuintero' });
      await givenEligible(app, admin, createCohort.id, [participant.id]);
      const certificate = await issueCertificate(app, admin, createCohort.id, participant.id);

      const response = await fetch(`${app.baseUrl}/verify/${certificate.code}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
      expect(html).toContain('<dt>Program</dt><dd><bdi>IECMHC gniniart</bdi></dd>');
      expect(html).toContain('<dt>Holder</dt><dd><bdi>Ana Quintero</bdi></dd>');
      expect(html).toContain('<dt>Cohort</dt><dd><bdi>Cohort A</bdi></dd>');
    });
  });
});
