import { errorCode, givenCohort, givenMember, givenModule, signInAdmin, SignedIn } from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const UPDATE_MODULE = `mutation($input: UpdateModuleInput!) { updateModule(input: $input) { id title position description } }`;
const REORDER = `mutation($input: ReorderModulesInput!) { reorderModules(input: $input) { id title position } }`;
const MODULES = `query($id: ID!) { cohort(id: $id) { modules { id title position description } } }`;

describe('correcting a cohort’s modules and their order', () => {
  let app: TestApp;
  let admin: SignedIn;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let participant: SignedIn;
  let cohortId: string;
  let otherCohortModule: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const other = await givenCohort(app, admin);
    otherCohortModule = await givenModule(app, admin.token, other.cohortId, 'Elsewhere', 1);
  });

  afterAll(() => app.stop());

  /** A cohort of its own with modules at positions 1, 2, 3…, and its faculty. */
  async function givenCurriculum(titles: string[]) {
    const { cohortId: id } = await givenCohort(app, admin);
    const teacher = await givenMember(app, admin, id, 'FACULTY');
    const moduleIds: string[] = [];
    for (const [index, title] of titles.entries()) moduleIds.push(await givenModule(app, teacher.token, id, title, index + 1));
    return { cohortId: id, faculty: teacher, moduleIds };
  }

  const modulesOf = async (id: string) => (await app.ok(MODULES, { id }, admin.token)).cohort.modules;
  const trail = async (entityIds: string[]) =>
    (
      await app.db.query(
        `SELECT action, entity_id AS "entityId", actor_id AS "actorId", before, after FROM audit_event
          WHERE entity_type = 'course_module' AND action <> 'course_module.created' AND entity_id = ANY($1) ORDER BY entity_id`,
        [entityIds],
      )
    ).rows;
  /** Every module row and every audit row: what a refused call must leave as it was. */
  const everything = async () => ({
    modules: (await app.db.query(`SELECT id, title, position, description FROM course_module ORDER BY id`)).rows,
    audit: (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n,
  });

  it('lets faculty correct a module’s title and description, audited with what changed', async () => {
    const { cohortId: id, faculty: teacher, moduleIds } = await givenCurriculum(['Foundatons', 'Reflective practice']);
    const { updateModule } = await app.ok(UPDATE_MODULE, { input: { moduleId: moduleIds[0], title: ' Foundations ', description: 'Where consultation begins.' } }, teacher.token);
    expect(updateModule).toEqual({ id: moduleIds[0], title: 'Foundations', position: 1, description: 'Where consultation begins.' });
    expect(await modulesOf(id)).toEqual([
      { id: moduleIds[0], title: 'Foundations', position: 1, description: 'Where consultation begins.' },
      { id: moduleIds[1], title: 'Reflective practice', position: 2, description: null },
    ]);
    expect(await trail(moduleIds)).toEqual([
      {
        action: 'course_module.updated',
        entityId: moduleIds[0],
        actorId: teacher.id,
        before: { title: 'Foundatons', position: 1 },
        after: { title: 'Foundations', position: 1, descriptionChanged: true },
      },
    ]);

    const { updateModule: cleared } = await app.ok(UPDATE_MODULE, { input: { moduleId: moduleIds[0], description: null } }, admin.token);
    expect(cleared).toMatchObject({ title: 'Foundations', description: null });
  });

  it('moves a module to a new position, shifting the modules it passes, one audit row per module moved', async () => {
    const { cohortId: id, faculty: teacher, moduleIds } = await givenCurriculum(['One', 'Two', 'Three', 'Four']);
    const [one, two, three, four] = moduleIds;
    const { updateModule } = await app.ok(UPDATE_MODULE, { input: { moduleId: four, position: 2 } }, teacher.token);
    expect(updateModule).toMatchObject({ id: four, position: 2 });
    expect((await modulesOf(id)).map((m: { title: string; position: number }) => [m.title, m.position])).toEqual([
      ['One', 1],
      ['Four', 2],
      ['Two', 3],
      ['Three', 4],
    ]);
    const rows = await trail(moduleIds);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'course_module.updated', entityId: four, actorId: teacher.id, before: { title: 'Four', position: 4 }, after: { title: 'Four', position: 2 } },
        { action: 'course_module.moved', entityId: two, actorId: teacher.id, before: { position: 2 }, after: { position: 3 } },
        { action: 'course_module.moved', entityId: three, actorId: teacher.id, before: { position: 3 }, after: { position: 4 } },
      ]),
    );
    expect(rows.map((row: { entityId: string }) => row.entityId)).not.toContain(one);

    await app.ok(UPDATE_MODULE, { input: { moduleId: one, position: 4 } }, admin.token);
    expect((await modulesOf(id)).map((m: { title: string }) => m.title)).toEqual(['Four', 'Two', 'Three', 'One']);
  });

  it('reorders every module of a cohort at once, auditing only the modules whose position changed', async () => {
    const { cohortId: id, faculty: teacher, moduleIds } = await givenCurriculum(['One', 'Two', 'Three']);
    const [one, two, three] = moduleIds;
    const { reorderModules } = await app.ok(REORDER, { input: { cohortId: id, moduleIds: [two, one, three] } }, teacher.token);
    expect(reorderModules).toEqual([
      { id: two, title: 'Two', position: 1 },
      { id: one, title: 'One', position: 2 },
      { id: three, title: 'Three', position: 3 },
    ]);
    expect((await modulesOf(id)).map((m: { id: string }) => m.id)).toEqual([two, one, three]);
    const rows = await trail(moduleIds);
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'course_module.moved', entityId: two, actorId: teacher.id, before: { position: 2 }, after: { position: 1 } },
        { action: 'course_module.moved', entityId: one, actorId: teacher.id, before: { position: 1 }, after: { position: 2 } },
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('gives modules that shared a position distinct ones once they are put in order', async () => {
    const { cohortId: id, faculty: teacher } = await givenCurriculum([]);
    const first = await givenModule(app, teacher.token, id, 'Alpha', 1);
    const second = await givenModule(app, teacher.token, id, 'Beta', 1);
    const third = await givenModule(app, teacher.token, id, 'Gamma', 7);
    await app.ok(REORDER, { input: { cohortId: id, moduleIds: [first, second, third] } }, teacher.token);
    expect((await modulesOf(id)).map((m: { id: string; position: number }) => [m.id, m.position])).toEqual([
      [first, 1],
      [second, 2],
      [third, 3],
    ]);
  });

  describe('refuses, writing nothing', () => {
    let moduleIds: string[];
    let curriculumCohort: string;
    let teacher: SignedIn;

    beforeAll(async () => {
      ({ cohortId: curriculumCohort, faculty: teacher, moduleIds } = await givenCurriculum(['One', 'Two', 'Three']));
    });

    async function expectRefused(call: () => Promise<GraphQLResponse>, code: string, fields?: string[]) {
      const before = await everything();
      const result = await call();
      expect(errorCode(result)).toBe(code);
      if (fields) expect(result.errors![0].extensions!.fields).toEqual(fields);
      expect(await everything()).toEqual(before);
    }

    it.each([
      ['position', { position: 0 }],
      ['position', { position: -2 }],
      ['position', { position: 4 }],
      ['position', { position: null }],
      ['title', { title: '   ' }],
      ['title', { title: null }],
    ])('a bad %s for a module', async (field, change) => {
      await expectRefused(() => app.gql(UPDATE_MODULE, { input: { moduleId: moduleIds[0], ...change } }, teacher.token), 'BAD_USER_INPUT', [field]);
    });

    it.each([
      ['a module of another cohort', () => [moduleIds[1], moduleIds[0], otherCohortModule]],
      ['a module left out', () => [moduleIds[1], moduleIds[0]]],
      ['a module named twice', () => [moduleIds[1], moduleIds[0], moduleIds[0]]],
      ['modules of another cohort besides all of its own', () => [...moduleIds, otherCohortModule]],
    ])('an order with %s', async (_case, order) => {
      await expectRefused(() => app.gql(REORDER, { input: { cohortId: curriculumCohort, moduleIds: order() } }, teacher.token), 'BAD_USER_INPUT', ['moduleIds']);
    });

    it('unknown modules and cohorts: NOT_FOUND', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expectRefused(() => app.gql(UPDATE_MODULE, { input: { moduleId: unknown, title: 'Lost' } }, admin.token), 'NOT_FOUND');
      await expectRefused(() => app.gql(REORDER, { input: { cohortId: unknown, moduleIds: [] } }, admin.token), 'NOT_FOUND');
    });

    it('facilitators and participants: FORBIDDEN; faculty of another cohort: NOT_FOUND', async () => {
      const { moduleIds: ownModules } = await givenCurriculum(['Mine']);
      const moduleId = await givenModule(app, faculty.token, cohortId, 'Of the main cohort', 1);
      for (const person of [facilitator, participant]) {
        await expectRefused(() => app.gql(UPDATE_MODULE, { input: { moduleId, title: 'Renamed' } }, person.token), 'FORBIDDEN');
        await expectRefused(() => app.gql(REORDER, { input: { cohortId, moduleIds: [moduleId] } }, person.token), 'FORBIDDEN');
      }
      await expectRefused(() => app.gql(UPDATE_MODULE, { input: { moduleId: ownModules[0], title: 'Renamed' } }, teacher.token), 'NOT_FOUND');
    });
  });
});
