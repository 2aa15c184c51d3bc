import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenCohort, givenCommunity, givenMember, givenUser, PASSWORD, signIn, signInAdmin } from '../support/factories';
import { ROOT } from '../support/paths';
import { ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { ACTORS, Actor, allowedActors, AuthzCase, AuthzCaseSet, AuthzWorld, expectedRefusal, RecordCase } from './matrix';

/** Every `*.cases.ts` beside this file: each domain keeps its own rows. */
function loadCaseSets(): AuthzCaseSet[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith('.cases.ts'))
    .map((file) => require(join(__dirname, file)).default as AuthzCaseSet);
}

/** Query and Mutation fields of the committed schema. */
function schemaOperations(): string[] {
  const schema = readFileSync(join(ROOT, 'schema.gql'), 'utf8');
  const operations: string[] = [];
  for (const type of ['Query', 'Mutation']) {
    const body = new RegExp(`type ${type} \\{([\\s\\S]*?)\\n\\}`).exec(schema)?.[1] ?? '';
    const withoutDescriptions = body.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '');
    for (const match of withoutDescriptions.matchAll(/^\s{2}(\w+)[(:]/gm)) operations.push(match[1]);
  }
  return operations;
}

/** The cohort with North and South, and outsiders enrolled in a cohort of their own. */
async function givenWorld(app: TestApp): Promise<AuthzWorld> {
  const admin = await signInAdmin(app);
  const cohort = await givenCohort(app, admin);
  const member = (role: 'PARTICIPANT' | 'FACULTY' | 'FACILITATOR') => givenMember(app, admin, cohort.cohortId, role);
  const participant = await member('PARTICIPANT');
  const peerParticipant = await member('PARTICIPANT');
  const southMember = await member('PARTICIPANT');
  const faculty = await member('FACULTY');
  const facilitator = await member('FACILITATOR');
  const otherFacilitator = await member('FACILITATOR');
  const northId = await givenCommunity(app, admin, cohort.cohortId, [facilitator.id], [participant.id, peerParticipant.id], 'North');
  const southId = await givenCommunity(app, admin, cohort.cohortId, [otherFacilitator.id], [southMember.id], 'South');
  const elsewhere = await givenCohort(app, admin);
  const coordinatorOf = async (programId: string) => {
    const person = await givenUser(app, admin);
    await app.ok(GRANT_PROGRAM_ROLE, { input: { programId, userId: person.id, role: 'COORDINATOR' } }, admin.token);
    return person;
  };
  return {
    app,
    admin,
    cohort,
    northId,
    southId,
    southMember,
    participant,
    peerParticipant,
    faculty,
    facilitator,
    otherFacilitator,
    coordinator: await coordinatorOf(cohort.programId),
    otherCoordinator: await coordinatorOf(elsewhere.programId),
    outsiderParticipant: await givenMember(app, admin, elsewhere.cohortId, 'PARTICIPANT'),
    outsiderFaculty: await givenMember(app, admin, elsewhere.cohortId, 'FACULTY'),
    fixtures: {},
  };
}

const GRANT_PROGRAM_ROLE = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;

const SET_UP_TIMEOUT_MS = 60_000;

const caseSets = loadCaseSets();
const cases: AuthzCase[] = caseSets.flatMap((set) => set.cases);
const rowName = (row: AuthzCase) => (row.label ? `${row.operation} (${row.label})` : row.operation);
const expectation = (row: AuthzCase, actor: Actor) => (allowedActors(row).includes(actor) ? 'answers' : expectedRefusal(row, actor));

describe('authorization matrix', () => {
  let world: AuthzWorld;

  // Ten people signing up and every domain's set-up outlast jest's default 5 s hook timeout.
  beforeAll(async () => {
    world = await givenWorld(await startTestApp());
    for (const set of caseSets) await set.prepare?.(world);
  }, SET_UP_TIMEOUT_MS);

  afterAll(async () => {
    for (const set of caseSets) await set.teardown?.(world);
    await world?.app.stop();
  });

  it('has a row for every query and mutation in schema.gql', () => {
    const covered = new Set(cases.map((row) => row.operation));
    const missing = schemaOperations().filter((operation) => !covered.has(operation));
    expect(missing).toEqual([]);
  });

  it('overrides the rule only for actors a row refuses', () => {
    const overriddenButAllowed = cases
      .filter((row): row is RecordCase => 'allowed' in row)
      .flatMap((row) => Object.keys(row.refusals ?? {}).filter((actor) => row.allowed.includes(actor as Actor)).map((actor) => `${rowName(row)} as ${actor}`));
    expect(overriddenButAllowed).toEqual([]);
  });

  const token = (actor: Actor) => (actor === 'anonymous' ? undefined : world[actor].token);

  describe.each(cases.map((row) => [rowName(row), row] as const))('%s', (_name, row) => {
    it.each(ACTORS.map((actor) => [actor, expectation(row, actor)]))('as %s: %s', async (actor, expected) => {
      const { query, variables } = await row.request(world, actor);
      const result = await world.app.gql(query, variables, token(actor));
      if (expected === 'answers') {
        expect(result.errors ?? []).toEqual([]);
        if (row.revokesCallerToken && actor !== 'anonymous') {
          world[actor].token = await signIn(world.app, world[actor].email, actor === 'admin' ? ADMIN_PASSWORD : PASSWORD);
        }
      } else {
        const [first] = result.errors ?? [];
        // The message rides along so a failure shows which check answered.
        expect({ code: first?.extensions?.code, message: first?.message }).toMatchObject({ code: expected });
      }
    });
  });
});
