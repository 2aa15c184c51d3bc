import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenCohort, givenMember, signInAdmin } from '../support/factories';
import { ROOT } from '../support/paths';
import { startTestApp } from '../support/test-app';
import { ACTORS, Actor, AuthzCase, AuthzCaseSet, AuthzWorld } from './matrix';

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

const caseSets = loadCaseSets();
const cases: AuthzCase[] = caseSets.flatMap((set) => set.cases);

describe('authorization matrix', () => {
  let world: AuthzWorld;

  beforeAll(async () => {
    const app = await startTestApp();
    const admin = await signInAdmin(app);
    const cohort = await givenCohort(app, admin);
    world = {
      app,
      admin,
      cohort,
      participant: await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT'),
      faculty: await givenMember(app, admin, cohort.cohortId, 'FACULTY'),
      facilitator: await givenMember(app, admin, cohort.cohortId, 'FACILITATOR'),
      fixtures: {},
    };
    for (const set of caseSets) await set.prepare?.(world);
  });

  afterAll(() => world?.app.stop());

  it('has a row for every query and mutation in schema.gql', () => {
    const covered = new Set(cases.map((row) => row.operation));
    const missing = schemaOperations().filter((operation) => !covered.has(operation));
    expect(missing).toEqual([]);
  });

  const token = (actor: Actor) => (actor === 'anonymous' ? undefined : world[actor].token);

  describe.each(cases.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(ACTORS.map((actor) => [actor]))('as %s', async (actor) => {
      const { query, variables } = await row.request(world, actor);
      const result = await world.app.gql(query, variables, token(actor));
      const codes = (result.errors ?? []).map((error) => error.extensions?.code);
      if (row.allowed.includes(actor)) {
        expect(result.errors ?? []).toEqual([]);
      } else if (actor === 'anonymous') {
        expect(codes[0]).toBe('UNAUTHENTICATED');
      } else {
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codes[0]);
      }
    });
  });
});
