import { givenCohort, givenManyParticipants, givenMember, GivenCohort, SignedIn, signInAdmin } from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

interface Answer {
  status: number;
  body: GraphQLResponse & { extensions?: { sqlStatements?: number; omittedErrors?: number } };
}

/** POSTs `body` as it is (an operation, or a batch of them), for the HTTP status as well as the answer. */
async function post(app: TestApp, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** `cohort(id: $id) { members { cohort { members … } } }`, `levels` lists of members deep. */
function cyclicMembers(levels: number, membersArgs = ''): string {
  let selection = 'user { id }';
  for (let level = 1; level < levels; level += 1) selection = `cohort { members${membersArgs} { ${selection} } }`;
  return `cohort(id: $id) { members${membersArgs} { ${selection} } }`;
}

function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;
}

/** A refusal made before anything ran: one error naming the limit, no SQL statement sent. */
function expectRefusedBeforeSql(answer: Answer, code: string, message: RegExp): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]).toMatchObject({ extensions: { code } });
  expect(answer.body.errors![0].message).toMatch(message);
  expect(answer.body.extensions?.sqlStatements ?? 0).toBe(0);
}

/** Every list of records takes `first`, except these, whose size the schema fixes (enum breakdowns, rubrics, a mutation echoing its input, a connection's page). */
const FIXED_SIZE_LISTS = [
  'AttendanceSummary.byKind',
  'HoursTranscript.lines',
  'HoursTranscript.optionalLines',
  'JournalGrade.rubricLevels',
  'JournalSubmission.rubricLevels',
  'Mutation.recordSessionAttendance',
  'Mutation.reorderModules',
  'Mutation.scheduleSessions',
  'PracticumSummary.byActivity',
  'PracticumTotals.byActivity',
  'Progress.requirements',
  'Rubric.criteria',
  'RubricCriterion.levels',
  'UserConnection.nodes',
  // Bounded by the query's own page (first, at most 500) or by the input's limits (a report, a roster file).
  'AttendanceExport.rows',
  'AttendanceProposal.candidates',
  'AuditEventConnection.nodes',
  'CeRosterExport.rows',
  'CertificatesExport.rows',
  'CohortProgressExport.requirements',
  'CohortProgressExport.rows',
  'Mutation.proposeZoomAttendance',
  'RosterImport.refused',
  'RosterImport.rows',
  'TranscriptsExport.rows',
];

/** Misspellings graphql-js answers with a suggestion. */
const MISTAKES = {
  field: `{ me { fullNam } }`,
  argument: `{ cohort(idd: "x") { id } }`,
  type: `query($input: LoginInpt!) { login(input: $input) { accessToken } }`,
  enumValue: `mutation { recordAttendance(input: { sessionId: "x", userId: "x", status: PRESNT }) { id } }`,
};

const LIST_FIELDS = `{ __schema { types { name kind fields { name args { name defaultValue } type { kind ofType { kind ofType { kind ofType { kind } } } } } } } }`;

interface TypeRef {
  kind: string;
  ofType?: TypeRef | null;
}

/** A list whose items are objects, e.g. `[Enrollment!]!`. */
function isListOfObjects(type: TypeRef): boolean {
  const unwrapped = type.kind === 'NON_NULL' ? type.ofType! : type;
  if (unwrapped.kind !== 'LIST') return false;
  let item = unwrapped.ofType!;
  while (item.ofType) item = item.ofType;
  return item.kind === 'OBJECT';
}

describe('query limits', () => {
  let app: TestApp;
  let admin: SignedIn;
  let participant: SignedIn;
  let cohort: GivenCohort;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    cohort = await givenCohort(app, admin, { capacity: 200 });
    participant = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
    await givenManyParticipants(app, cohort.cohortId, 120);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('refuse the attacks that exhausted the process, before any SQL', () => {
    it('refuses a participant’s cyclic members query eight levels deep', async () => {
      const answer = await post(app, { query: `query($id: ID!) { ${cyclicMembers(8)} }`, variables: { id: cohort.cohortId } }, participant.token);
      expectRefusedBeforeSql(answer, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 10 exceeded, found 18/);
    });

    it('refuses 25,000 aliases of verifyCertificate from an anonymous caller', async () => {
      const answer = await post(app, { query: aliases(25_000, 'verifyCertificate(code: "ABCD-EFGH") { valid }') });
      expectRefusedBeforeSql(answer, 'GRAPHQL_PARSE_FAILED', /more that 1000 tokens/);
    });

    it('refuses 10,000 aliases of me', async () => {
      const answer = await post(app, { query: aliases(10_000, 'me { id }') }, participant.token);
      expectRefusedBeforeSql(answer, 'GRAPHQL_PARSE_FAILED', /more that 1000 tokens/);
    });
  });

  describe('limit each dimension of a document', () => {
    it('counts depth through fragments, even one named __schema', async () => {
      const query = `query($id: ID!) { ...__schema } fragment __schema on Query { ${cyclicMembers(5)} }`;
      const answer = await post(app, { query, variables: { id: cohort.cohortId } }, participant.token);
      expectRefusedBeforeSql(answer, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 10 exceeded/);
    });

    it('allows 15 aliases and refuses 16', async () => {
      const allowed = await post(app, { query: aliases(15, 'me { id }') }, participant.token);
      expect(allowed.body.errors).toBeUndefined();
      expect(Object.keys(allowed.body.data)).toHaveLength(15);

      expectRefusedBeforeSql(await post(app, { query: aliases(16, 'me { id }') }, participant.token), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 15 exceeded, found 16/);
    });

    it('refuses more than 10 directives', async () => {
      const query = `{ me { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }`;
      expectRefusedBeforeSql(await post(app, { query }, participant.token), 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 10 exceeded, found 11/);
    });

    it('refuses a cycle within the depth limit by its cost, counting each list `first` times', async () => {
      // cohort 1 + members (1 + 100 × (cohort 1 + members (1 + 100 × (cohort 1 + members (1 + 100 × user 2)))))
      const answer = await post(app, { query: `query($id: ID!) { ${cyclicMembers(3)} }`, variables: { id: cohort.cohortId } }, admin.token);
      expectRefusedBeforeSql(answer, 'GRAPHQL_VALIDATION_FAILED', /^Query cost limit of 100000 exceeded, found 2020202\.$/);

      const smallPages = `query($id: ID!, $first: Int) { ${cyclicMembers(3, '(first: $first)')} }`;
      const asked = await post(app, { query: smallPages, variables: { id: cohort.cohortId, first: 10 } }, admin.token);
      expect(asked.body.errors).toBeUndefined();
      expect(asked.body.data.cohort.members).toHaveLength(10);
      expect(asked.body.data.cohort.members[0].cohort.members[0].cohort.members).toHaveLength(10);
    });

    it('counts the same query again for other page sizes, and after variables that did not fit', async () => {
      const pages = `query($id: ID!, $first: Int) { ${cyclicMembers(3, '(first: $first)')} }`;
      expect((await post(app, { query: pages, variables: { id: cohort.cohortId, first: 10 } }, admin.token)).body.errors).toBeUndefined();
      const larger = await post(app, { query: pages, variables: { id: cohort.cohortId, first: 100 } }, admin.token);
      expectRefusedBeforeSql(larger, 'GRAPHQL_VALIDATION_FAILED', /^Query cost limit of 100000 exceeded, found 2020202\.$/);

      const unfitting = await post(app, { query: pages, variables: { id: true, first: 50 } }, admin.token);
      expect(unfitting.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fitting = await post(app, { query: pages, variables: { id: cohort.cohortId, first: 50 } }, admin.token);
      expectRefusedBeforeSql(fitting, 'GRAPHQL_VALIDATION_FAILED', /^Query cost limit of 100000 exceeded, found 255102\.$/);
    });
  });

  describe('pages every list of records', () => {
    it('gives the first 100 by default and as many as `first` asks for', async () => {
      const members = async (first?: number) => {
        const data = await app.ok(`query($id: ID!, $first: Int) { cohort(id: $id) { members(first: $first) { id } } }`, { id: cohort.cohortId, first }, admin.token);
        return data.cohort.members as unknown[];
      };
      expect(await members()).toHaveLength(100);
      expect(await members(5)).toHaveLength(5);
      expect(await members(500)).toHaveLength(121);
    });

    it.each([0, -1, 501, null])('answers first: %p with BAD_USER_INPUT naming first, before any SQL', async (first) => {
      const literal = await post(app, { query: `{ programs(first: ${first}) { id } }` }, admin.token);
      expectRefusedBeforeSql(literal, 'BAD_USER_INPUT', /first: must be an integer from 1 to 500/);
      expect(literal.body.errors![0].extensions?.fields).toEqual(['first']);

      const nested = await post(
        app,
        { query: `query($id: ID!, $first: Int) { cohort(id: $id) { sessions { attendance(first: $first) { id } } } }`, variables: { id: cohort.cohortId, first } },
        admin.token,
      );
      expectRefusedBeforeSql(nested, 'BAD_USER_INPUT', /first/);
      expect(nested.body.errors![0].extensions?.fields).toEqual(['first']);
    });

    it('takes `first` on every list field of records', async () => {
      const { __schema } = await app.ok(LIST_FIELDS, {}, admin.token);
      const unpaged: string[] = [];
      for (const type of __schema.types as { name: string; kind: string; fields: { name: string; args: { name: string; defaultValue: string | null }[]; type: TypeRef }[] | null }[]) {
        if (type.kind !== 'OBJECT' || type.name.startsWith('__')) continue;
        for (const field of type.fields ?? []) {
          const name = `${type.name}.${field.name}`;
          if (!isListOfObjects(field.type) || FIXED_SIZE_LISTS.includes(name)) continue;
          if (!field.args.some((arg) => arg.name === 'first' && arg.defaultValue === '100')) unpaged.push(name);
        }
      }
      expect(unpaged).toEqual([]);
    });

    it('pages a list under each of its parents', async () => {
      await givenCohort(app, admin);
      await app.ok(
        `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
        { input: { programId: cohort.programId, name: 'Second cohort', startsOn: '2027-01-04', endsOn: '2027-12-17', capacity: 20 } },
        admin.token,
      );
      const cohortsPerProgram = async (first: number) => {
        const { programs } = await app.ok(`query($first: Int) { programs { id cohorts(first: $first) { id } } }`, { first }, admin.token);
        return Object.fromEntries(programs.map((program: { id: string; cohorts: unknown[] }) => [program.id, program.cohorts.length]));
      };
      expect(Object.values(await cohortsPerProgram(100)).sort()).toEqual([1, 2]);
      expect(Object.values(await cohortsPerProgram(1))).toEqual([1, 1]);
    });
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    const answer = await post(app, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], participant.token);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('lists at most 20 errors and counts the rest', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, n) => `unknown${n}`).join(' ')} }`;
    const answer = await post(app, { query }, participant.token);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(20);
    expect(answer.body.extensions?.omittedErrors).toBe(10);
  });

  it('suggests field names and enum values in development', async () => {
    const field = await post(app, { query: MISTAKES.field });
    expect(field.body.errors![0].message).toMatch(/Did you mean "fullName"\?/);
    const enumValue = await post(app, { query: MISTAKES.enumValue });
    expect(enumValue.body.errors![0].message).toMatch(/Did you mean the enum value "PRESENT"/);
  });
});

describe('query limits in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      CREDENTIAL_SIGNING_KEY: process.env.TEST_SIGNING_KEY_PEM!,
      PUBLIC_BASE_URL: 'https://verify.example.org',
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses introspection', async () => {
    for (const query of [LIST_FIELDS, `{ __type(name: "Cohort") { name fields { name } } }`]) {
      const answer = await post(app, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(answer.body.errors![0].message).toMatch(/introspection is not allowed/);
    }
  });

  it('suggests no field, argument, type or enum value', async () => {
    for (const query of Object.values(MISTAKES)) {
      const answer = await post(app, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors!.length).toBeGreaterThan(0);
      for (const error of answer.body.errors!) {
        expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(error.message).not.toMatch(/Did you mean|fullName|LoginInput|PRESENT/);
      }
    }
  });

  it('keeps the same limits', async () => {
    expectRefusedBeforeSql(await post(app, { query: aliases(16, 'me { id }') }), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 15/);
  });
});
