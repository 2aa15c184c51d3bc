import { errorCode, givenCohort, givenMember, givenSessions, givenAttendance, setRequirement, signInAdmin, SignedIn } from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateCompletionRequirementInput!) {
  updateCompletionRequirement(input: $input) { id kind threshold sessionKinds label }
}`;
const PROGRESS = `query($cohortId: ID!, $userId: ID) { progress(cohortId: $cohortId, userId: $userId) { eligible requirements { requirementId threshold achieved met label } } }`;

describe('correcting a completion requirement', () => {
  let app: TestApp;
  let admin: SignedIn;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let participant: SignedIn;
  let cohortId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 3), [participant.id]);
  });

  afterAll(() => app.stop());

  const progress = async () => (await app.ok(PROGRESS, { cohortId, userId: participant.id }, admin.token)).progress;

  it('changes the threshold and label, keeps what identifies it, and progress follows at once', async () => {
    // Entered as 30 where 3 was meant: nobody could meet it.
    const requirement = await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 30);
    expect(await progress()).toMatchObject({ eligible: false, requirements: [{ requirementId: requirement.id, threshold: 30, achieved: 3, met: false }] });

    const { updateCompletionRequirement } = await app.ok(UPDATE, { input: { requirementId: requirement.id, threshold: 3, label: ' Three faculty seminars ' } }, admin.token);
    expect(updateCompletionRequirement).toEqual({
      id: requirement.id,
      kind: 'FACULTY_SESSIONS_ATTENDED',
      threshold: 3,
      sessionKinds: [],
      label: 'Three faculty seminars',
    });
    expect(await progress()).toMatchObject({ eligible: true, requirements: [{ requirementId: requirement.id, threshold: 3, met: true, label: 'Three faculty seminars' }] });

    const { updateCompletionRequirement: unlabelled } = await app.ok(UPDATE, { input: { requirementId: requirement.id, label: null } }, admin.token);
    expect(unlabelled).toMatchObject({ threshold: 3, label: null });

    const { rows } = await app.db.query(
      `SELECT actor_id AS "actorId", before, after FROM audit_event WHERE action = 'completion_requirement.updated' AND entity_id = $1 ORDER BY occurred_at`,
      [requirement.id],
    );
    const unchanged = { kind: 'FACULTY_SESSIONS_ATTENDED', sessionKinds: [] };
    expect(rows).toEqual([
      { actorId: admin.id, before: { ...unchanged, threshold: 30, label: null }, after: { ...unchanged, threshold: 3, label: 'Three faculty seminars' } },
      { actorId: admin.id, before: { ...unchanged, threshold: 3, label: 'Three faculty seminars' }, after: { ...unchanged, threshold: 3, label: null } },
    ]);
  });

  describe('refuses, writing nothing', () => {
    let requirementId: string;

    beforeAll(async () => {
      ({ id: requirementId } = await setRequirement(app, admin, cohortId, 'JOURNALS_SATISFACTORY', 8));
    });

    const state = async () => ({
      requirements: (await app.db.query(`SELECT * FROM completion_requirement ORDER BY id`)).rows,
      audit: (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n,
    });

    async function expectRefused(call: () => Promise<GraphQLResponse>, code: string, fields?: string[]) {
      const before = await state();
      const result = await call();
      expect(errorCode(result)).toBe(code);
      if (fields) expect(result.errors![0].extensions!.fields).toEqual(fields);
      expect(await state()).toEqual(before);
    }

    it.each([
      ['threshold', { threshold: 0 }],
      ['threshold', { threshold: -5 }],
      ['threshold', { threshold: null }],
      ['label', { label: '   ' }],
    ])('a bad %s', async (field, change) => {
      await expectRefused(() => app.gql(UPDATE, { input: { requirementId, ...change } }, admin.token), 'BAD_USER_INPUT', [field]);
    });

    it('a kind or session kinds: they are what the requirement is, so the input has no such fields', async () => {
      const result = await app.gql(UPDATE, { input: { requirementId, kind: 'PRACTICUM_MINUTES_APPROVED' } }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });

    it('an unknown requirement: NOT_FOUND', async () => {
      await expectRefused(() => app.gql(UPDATE, { input: { requirementId: '00000000-0000-4000-8000-000000000000', threshold: 2 } }, admin.token), 'NOT_FOUND');
    });

    it('anyone but an admin: FORBIDDEN', async () => {
      for (const person of [faculty, facilitator, participant]) {
        await expectRefused(() => app.gql(UPDATE, { input: { requirementId, threshold: 1 } }, person.token), 'FORBIDDEN');
      }
    });
  });
});
