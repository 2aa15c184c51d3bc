import { randomUUID } from 'node:crypto';
import {
  enrollmentIdOf,
  errorCode,
  givenCohort,
  givenManyParticipants,
  givenMember,
  givenUser,
  GivenCohort,
  SignedIn,
  signInAdmin,
  WITHDRAW,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    nodes { id at action entityType entityId cohortId actor { id fullName } before after }
    pageInfo { hasNextPage endCursor }
  }
}`;
const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;

interface AuditNode {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  actor: { id: string; fullName: string } | null;
  before: string | null;
  after: string | null;
}

interface EventFields {
  at: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  cohortId?: string | null;
  actorId?: string | null;
}

describe('the audit trail, readable (auditEvents)', () => {
  let app: TestApp;
  let admin: SignedIn;
  let north: GivenCohort;
  let south: GivenCohort;
  let coordinator: SignedIn;
  let southCoordinator: SignedIn;
  let faculty: SignedIn;
  let participant: SignedIn;
  let stranger: SignedIn;
  let enrollmentId: string;

  /** An event written straight to the trail (inserts are all it allows), at a chosen instant. */
  async function givenEvent(fields: EventFields): Promise<string> {
    const { rows } = await app.db.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, cohort_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, '{"status":"PRESENT"}') RETURNING id`,
      [fields.at, fields.actorId ?? null, fields.action ?? 'probe.made', fields.entityType ?? 'probe', fields.entityId ?? randomUUID(), fields.cohortId ?? null],
    );
    return rows[0].id;
  }

  async function events(token: string, filter: Record<string, unknown>, page: { first?: number; after?: string } = {}): Promise<GraphQLResponse<{ auditEvents: { nodes: AuditNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>> {
    return app.gql(EVENTS, { filter, ...page }, token);
  }

  async function nodes(token: string, filter: Record<string, unknown>, first = 500): Promise<AuditNode[]> {
    const result = await events(token, filter, { first });
    expect(result.errors).toBeUndefined();
    return result.data!.auditEvents.nodes;
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    north = await givenCohort(app, admin, { timeZone: 'America/Los_Angeles' });
    south = await givenCohort(app, admin);
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    southCoordinator = await givenUser(app, admin, { fullName: 'Robin Elsewhere' });
    await app.ok(GRANT, { input: { programId: north.programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    await app.ok(GRANT, { input: { programId: south.programId, userId: southCoordinator.id, role: 'COORDINATOR' } }, admin.token);
    faculty = await givenMember(app, admin, north.cohortId, 'FACULTY', { fullName: 'Farah Faculty' });
    participant = await givenMember(app, admin, north.cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    await givenMember(app, admin, south.cohortId, 'PARTICIPANT');
    stranger = await givenUser(app, admin);
    enrollmentId = await enrollmentIdOf(app, north.cohortId, participant.id);
    await app.ok(WITHDRAW, { input: { enrollmentId, effectiveOn: '2026-11-20', reason: 'Moved out of state' } }, coordinator.token);
  });

  afterAll(() => app.stop());

  describe('filters', () => {
    it('by who acted', async () => {
      const found = await nodes(admin.token, { actorId: coordinator.id });
      expect(found.map((event) => event.action)).toEqual(['enrollment.withdrawn']);
      expect(found[0].actor).toEqual({ id: coordinator.id, fullName: 'Casey Coordinator' });
    });

    it('by exact action, and by the start of one', async () => {
      const withdrawn = await nodes(admin.token, { action: 'enrollment.withdrawn' });
      expect(withdrawn.map((event) => event.entityId)).toEqual([enrollmentId]);
      const enrolment = await nodes(admin.token, { actionPrefix: 'enrollment.', cohortId: north.cohortId });
      expect(enrolment.length).toBe(3);
      expect(new Set(enrolment.map((event) => event.action))).toEqual(new Set(['enrollment.created', 'enrollment.withdrawn']));
    });

    it('by the start of an action, its wildcards taken literally', async () => {
      const at = '2026-06-01T12:00:00Z';
      await givenEvent({ at, action: 'probe_kind.made', entityType: 'wildcard' });
      await givenEvent({ at, action: 'probeXkind.made', entityType: 'wildcard' });
      const found = await nodes(admin.token, { actionPrefix: 'probe_', entityType: 'wildcard' });
      expect(found.map((event) => event.action)).toEqual(['probe_kind.made']);
      expect(await nodes(admin.token, { actionPrefix: 'probe%', entityType: 'wildcard' })).toEqual([]);
    });

    it('by record: its events newest first, with what changed', async () => {
      const found = await nodes(admin.token, { entityType: 'enrollment', entityId: enrollmentId });
      expect(found.map((event) => event.action)).toEqual(['enrollment.withdrawn', 'enrollment.created']);
      const [withdrawn] = found;
      expect(withdrawn).toMatchObject({ cohortId: north.cohortId, entityType: 'enrollment' });
      expect(JSON.parse(withdrawn.before!)).toMatchObject({ status: 'ACTIVE' });
      expect(JSON.parse(withdrawn.after!)).toMatchObject({ status: 'WITHDRAWN' });
      expect(await nodes(admin.token, { entityType: 'attendance', entityId: enrollmentId })).toEqual([]);
    });

    it('by cohort', async () => {
      const found = await nodes(admin.token, { cohortId: south.cohortId });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((event) => event.cohortId === south.cohortId)).toBe(true);
    });

    it('by when: from included, to excluded', async () => {
      const entityId = randomUUID();
      const [early, middle, late] = ['2026-10-01T08:00:00Z', '2026-10-15T08:00:00Z', '2026-11-01T08:00:00Z'].map((at) => ({ at, entityId }));
      const ids = [await givenEvent(early), await givenEvent(middle), await givenEvent(late)];
      const found = await nodes(admin.token, { entityId, from: '2026-10-15T01:00:00-07:00', to: '2026-11-01T08:00:00Z' });
      expect(found.map((event) => event.id)).toEqual([ids[1]]);
      expect(found[0].at).toBe('2026-10-15T08:00:00.000Z');
      expect((await nodes(admin.token, { entityId, from: '2026-10-02T00:00:00Z' })).map((event) => event.id)).toEqual([ids[2], ids[1]]);
      expect((await nodes(admin.token, { entityId, to: '2026-10-02T00:00:00Z' })).map((event) => event.id)).toEqual([ids[0]]);
    });
  });

  describe('paging', () => {
    it('walks the trail newest first, page by page, without skipping or repeating events that share an instant', async () => {
      const entityType = 'paging_probe';
      // Rows written in one transaction share its instant; these differ only below the millisecond.
      const instants = ['2026-09-01T10:00:00.123456Z', '2026-09-01T10:00:00.123456Z', '2026-09-01T10:00:00.123789Z', '2026-09-01T10:00:00.123789Z', '2026-09-02T10:00:00Z', '2026-08-01T10:00:00Z', '2026-09-01T10:00:00.123456Z'];
      for (const at of instants) await givenEvent({ at, entityType });
      const all = await nodes(admin.token, { entityType });
      expect(all.length).toBe(7);
      const times = all.map((event) => Date.parse(event.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const walked: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page += 1) {
        const result = await events(admin.token, { entityType }, { first: 2, after });
        expect(result.errors).toBeUndefined();
        const { nodes: found, pageInfo } = result.data!.auditEvents;
        walked.push(...found.map((event) => event.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor!;
      }
      expect(walked).toEqual(all.map((event) => event.id));
    });

    it('answers an empty page with no cursor', async () => {
      const result = await events(admin.token, { entityType: 'nothing_like_this' });
      expect(result.data!.auditEvents).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('reads each actor once per page, however many events it lists (no N+1)', async () => {
      const { cohortId } = await givenCohort(app, admin, { capacity: 200 });
      const actors = await givenManyParticipants(app, cohortId, 60);
      for (const [index, actorId] of actors.entries()) await givenEvent({ at: `2026-07-01T10:${String(index).padStart(2, '0')}:00Z`, actorId, cohortId, entityType: 'n_plus_one' });
      const statements = async (first: number) => {
        const result = await events(admin.token, { entityType: 'n_plus_one' }, { first });
        expect(result.data!.auditEvents.nodes.filter((event) => event.actor).length).toBe(first);
        return result.extensions!.sqlStatements!;
      };
      const few = await statements(5);
      expect(await statements(50)).toBe(few);
      expect(few).toBeLessThanOrEqual(3);
    });
  });

  describe('who may read it', () => {
    it("gives a coordinator their program's cohorts", async () => {
      const found = await nodes(coordinator.token, { cohortId: north.cohortId });
      expect(found.map((event) => event.action)).toContain('enrollment.withdrawn');
      const everything = await nodes(coordinator.token, {});
      expect(everything.length).toBeGreaterThan(0);
      expect(everything.every((event) => event.cohortId === north.cohortId)).toBe(true);
    });

    it("keeps another program's cohorts from a coordinator: NOT_FOUND when asked by name, left out otherwise", async () => {
      expect(errorCode(await events(coordinator.token, { cohortId: south.cohortId }))).toBe('NOT_FOUND');
      expect(errorCode(await events(southCoordinator.token, { cohortId: north.cohortId }))).toBe('NOT_FOUND');
      expect(await nodes(southCoordinator.token, { entityId: enrollmentId })).toEqual([]);
    });

    it('keeps events of no cohort (accounts) for admins', async () => {
      const filter = { action: 'user.created', entityId: coordinator.id };
      expect((await nodes(admin.token, filter)).map((event) => event.cohortId)).toEqual([null]);
      expect(await nodes(coordinator.token, filter)).toEqual([]);
      await givenEvent({ at: '2026-11-24T09:00:00Z', action: 'lti_key.rotated', entityType: 'lti_tool_key' });
      expect((await nodes(coordinator.token, { actionPrefix: 'lti_key.' }))).toEqual([]);
      expect((await nodes(admin.token, { actionPrefix: 'lti_key.' })).length).toBe(1);
    });

    it("refuses the cohort's other members (FORBIDDEN), and anyone with no program (FORBIDDEN) or no tie to the cohort (NOT_FOUND)", async () => {
      for (const member of [faculty, participant]) {
        expect(errorCode(await events(member.token, { cohortId: north.cohortId }))).toBe('FORBIDDEN');
        expect(errorCode(await events(member.token, {}))).toBe('FORBIDDEN');
      }
      expect(errorCode(await events(stranger.token, {}))).toBe('FORBIDDEN');
      expect(errorCode(await events(stranger.token, { cohortId: north.cohortId }))).toBe('NOT_FOUND');
      expect(errorCode(await events(admin.token, { cohortId: randomUUID() }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('bad input', () => {
    const refusedFields = (result: GraphQLResponse) => ({ code: errorCode(result), fields: result.errors?.[0]?.extensions?.fields });

    it('refuses `from` after `to`, naming to', async () => {
      const result = await events(admin.token, { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' });
      expect(refusedFields(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['to'] });
    });

    it.each([
      ['not a cursor'],
      [Buffer.from(JSON.stringify(['Avery Quinn', randomUUID()])).toString('base64url')],
      [Buffer.from(JSON.stringify(['2026-02-30T10:00:00.000000Z', randomUUID()])).toString('base64url')],
    ])('refuses the cursor %s, naming after', async (after) => {
      expect(refusedFields(await events(admin.token, {}, { after }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it.each([
      ['actorId', { actorId: 'someone' }],
      ['entityId', { entityId: '42' }],
      ['cohortId', { cohortId: 'north' }],
      ['action', { action: '   ' }],
      ['actionPrefix', { actionPrefix: 'x'.repeat(101) }],
      ['from', { from: '2026-11-01T09:00:00' }],
    ])('refuses a bad %s, naming it', async (field, filter) => {
      expect(refusedFields(await events(admin.token, filter))).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
    });

    it('refuses pages larger than the bound', async () => {
      expect(refusedFields(await events(admin.token, {}, { first: 501 }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });
  });
});
