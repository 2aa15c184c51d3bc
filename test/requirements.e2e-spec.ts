import { countRows, errorCode, givenAttendance, givenCohort, givenManyParticipants, givenMember, givenSessions, SignedIn, signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const SET = `mutation($input: SetCompletionRequirementInput!) {
  setCompletionRequirement(input: $input) { id kind threshold sessionKinds label }
}`;
const REMOVE = `mutation($id: ID!) { removeCompletionRequirement(id: $id) }`;
const RULES = `query($cohortId: ID!) { cohortRequirements(cohortId: $cohortId) { id kind threshold sessionKinds label } }`;
const WAIVE = `mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { id cohortId userId requirementId reason } }`;
const COHORT_PROGRESS = `query($cohortId: ID!) {
  cohortProgress(cohortId: $cohortId) { eligible user { id } requirements { requirementId label achieved waived met } }
}`;
const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`;

describe('requirements over session kinds, and waivers', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  async function setRule(input: Record<string, unknown>) {
    return (await app.ok(SET, { input }, admin.token)).setCompletionRequirement;
  }

  /** The Boston course: 32 h of seminar, 8 Circle of Security groups, 6 reflective supervision sessions. */
  async function givenBostonCourse() {
    const { cohortId } = await givenCohort(app, admin);
    const complete = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ada Complete' });
    const missedTwo = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Bea MissedTwo' });
    const seminar = await setRule({ cohortId, kind: 'SESSION_MINUTES', threshold: 1920, sessionKinds: ['FACULTY_SEMINAR'], label: '32 hours of seminar' });
    const circle = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 8, sessionKinds: ['CIRCLE_OF_SECURITY'], label: '8 Circle of Security groups' });
    const supervision = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 6, sessionKinds: ['REFLECTIVE_SUPERVISION'], label: '6 reflective supervision sessions' });
    const seminars = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 8, { durationMinutes: 240 });
    const groups = await givenSessions(app, cohortId, 'CIRCLE_OF_SECURITY', 8, { durationMinutes: 90 });
    const supervisions = await givenSessions(app, cohortId, 'REFLECTIVE_SUPERVISION', 6, { durationMinutes: 60 });
    await givenAttendance(app, [...seminars, ...groups, ...supervisions], [complete.id]);
    await givenAttendance(app, [...seminars, ...groups.slice(2), ...supervisions], [missedTwo.id]);
    await givenAttendance(app, groups.slice(0, 2), [missedTwo.id], 'ABSENT');
    return { cohortId, complete, missedTwo, seminar, circle, supervision };
  }

  it('holds the Boston course: the one who attended everything is eligible, the one who missed two groups is not', async () => {
    const { cohortId, complete, missedTwo, seminar, circle, supervision } = await givenBostonCourse();
    const { cohortProgress } = await app.ok(COHORT_PROGRESS, { cohortId }, admin.token);
    const byId = (id: string) => cohortProgress.find((row: { user: { id: string } }) => row.user.id === id);
    expect(byId(complete.id).eligible).toBe(true);
    expect(byId(missedTwo.id).eligible).toBe(false);
    expect(byId(missedTwo.id).requirements).toEqual(
      expect.arrayContaining([
        { requirementId: seminar.id, label: '32 hours of seminar', achieved: 1920, waived: false, met: true },
        { requirementId: circle.id, label: '8 Circle of Security groups', achieved: 6, waived: false, met: false },
        { requirementId: supervision.id, label: '6 reflective supervision sessions', achieved: 6, waived: false, met: true },
      ]),
    );
    const refused = await app.gql(ISSUE, { input: { cohortId, userId: missedTwo.id } }, admin.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });

  it('leaves optional sessions out of SESSIONS_ATTENDED and SESSION_MINUTES', async () => {
    const { cohortId, complete, circle } = await givenBostonCourse();
    const extra = await givenSessions(app, cohortId, 'CIRCLE_OF_SECURITY', 1, { durationMinutes: 90 });
    await app.db.query('UPDATE session SET optional = true WHERE id = $1', [extra[0]]);
    await givenAttendance(app, extra, [complete.id]);
    const { progress } = await app.ok(
      `query($cohortId: ID!) { progress(cohortId: $cohortId) { requirements { requirementId achieved } } }`,
      { cohortId },
      complete.token,
    );
    expect(progress.requirements).toContainEqual({ requirementId: circle.id, achieved: 8 });
  });

  it("lets the cohort's participants read its rules, not outsiders", async () => {
    const { cohortId, complete } = await givenBostonCourse();
    const { cohortRequirements } = await app.ok(RULES, { cohortId }, complete.token);
    expect(cohortRequirements.map((rule: { label: string }) => rule.label).sort()).toEqual([
      '32 hours of seminar',
      '6 reflective supervision sessions',
      '8 Circle of Security groups',
    ]);
    const other = await givenCohort(app, admin);
    const outsider = await givenMember(app, admin, other.cohortId, 'PARTICIPANT');
    // The access layer does not tell outsiders that the cohort exists.
    expect(errorCode(await app.gql(RULES, { cohortId }, outsider.token))).toBe('NOT_FOUND');
  });

  it('replaces the threshold of the same kind over the same session kinds, in any order, and keeps other kinds apart', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const first = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 8, sessionKinds: ['RETREAT', 'CIRCLE_OF_SECURITY'] });
    const second = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 7, sessionKinds: ['CIRCLE_OF_SECURITY', 'RETREAT'] });
    const everyKind = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 20 });
    expect(second).toMatchObject({ id: first.id, threshold: 7, sessionKinds: ['CIRCLE_OF_SECURITY', 'RETREAT'] });
    expect(everyKind.id).not.toBe(first.id);
    expect(everyKind.sessionKinds).toEqual([]);
    expect(await countRows(app, 'completion_requirement', 'cohort_id = $1', [cohortId])).toBe(2);
  });

  it.each([
    ['an empty list of session kinds', { kind: 'SESSION_MINUTES', sessionKinds: [] }],
    ['session kinds on a kind that does not count by them', { kind: 'JOURNALS_SATISFACTORY', sessionKinds: ['RETREAT'] }],
  ])('refuses %s, naming sessionKinds, and writes nothing', async (_, fields) => {
    const { cohortId } = await givenCohort(app, admin);
    const result = await app.gql(SET, { input: { cohortId, threshold: 60, ...fields } }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['sessionKinds']);
    expect(await countRows(app, 'completion_requirement', 'cohort_id = $1', [cohortId])).toBe(0);
  });

  it('counts a waived requirement as met, for progress and certificates, and audits the waiver', async () => {
    const { cohortId, missedTwo, circle } = await givenBostonCourse();
    const input = { cohortId, userId: missedTwo.id, requirementId: circle.id, reason: 'Attended the groups at another site' };
    const { waiveRequirement } = await app.ok(WAIVE, { input }, admin.token);
    expect(waiveRequirement).toMatchObject({ cohortId, userId: missedTwo.id, requirementId: circle.id });
    const { progress } = await app.ok(
      `query($cohortId: ID!) { progress(cohortId: $cohortId) { eligible requirements { requirementId achieved waived met } } }`,
      { cohortId },
      missedTwo.token,
    );
    expect(progress.eligible).toBe(true);
    expect(progress.requirements).toContainEqual({ requirementId: circle.id, achieved: 6, waived: true, met: true });
    expect((await app.ok(ISSUE, { input: { cohortId, userId: missedTwo.id } }, admin.token)).issueCertificate.id).toBeDefined();
    expect(await countRows(app, 'audit_event', `action = 'requirement_waiver.grant' AND entity_id = $1`, [waiveRequirement.id])).toBe(1);
  });

  it("refuses a waiver for another cohort's requirement or for someone who is not a participant, writing nothing", async () => {
    const { cohortId, missedTwo } = await givenBostonCourse();
    const other = await givenBostonCourse();
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const ownRule = (await app.ok(RULES, { cohortId }, admin.token)).cohortRequirements[0].id;
    const cases = [
      { field: 'requirementId', input: { cohortId, userId: missedTwo.id, requirementId: other.circle.id, reason: 'Moved' } },
      { field: 'userId', input: { cohortId, userId: faculty.id, requirementId: ownRule, reason: 'Staff' } },
      { field: 'userId', input: { cohortId, userId: other.missedTwo.id, requirementId: ownRule, reason: 'Elsewhere' } },
    ];
    for (const { field, input } of cases) {
      const result = await app.gql(WAIVE, { input }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
    }
    expect(await countRows(app, 'requirement_waiver', 'cohort_id = $1', [cohortId])).toBe(0);
    expect(await countRows(app, 'audit_event', `action = 'requirement_waiver.grant' AND cohort_id = $1`, [cohortId])).toBe(0);
  });

  it('removes a requirement (and its waivers), audited; removing it again answers false', async () => {
    const { cohortId, missedTwo, circle } = await givenBostonCourse();
    await app.ok(WAIVE, { input: { cohortId, userId: missedTwo.id, requirementId: circle.id, reason: 'Moved' } }, admin.token);
    expect((await app.ok(REMOVE, { id: circle.id }, admin.token)).removeCompletionRequirement).toBe(true);
    expect((await app.ok(REMOVE, { id: circle.id }, admin.token)).removeCompletionRequirement).toBe(false);
    const { cohortRequirements } = await app.ok(RULES, { cohortId }, admin.token);
    expect(cohortRequirements.map((rule: { id: string }) => rule.id)).not.toContain(circle.id);
    expect(await countRows(app, 'requirement_waiver', 'cohort_id = $1', [cohortId])).toBe(0);
    const { rows } = await app.db.query(`SELECT before, after FROM audit_event WHERE action = 'completion_requirement.remove' AND entity_id = $1`, [circle.id]);
    expect(rows).toEqual([{ before: { kind: 'SESSIONS_ATTENDED', sessionKinds: ['CIRCLE_OF_SECURITY'], threshold: 8, label: '8 Circle of Security groups' }, after: null }]);
    // Without that rule the participant who missed two groups is eligible.
    const { cohortProgress } = await app.ok(COHORT_PROGRESS, { cohortId }, admin.token);
    expect(cohortProgress.every((row: { eligible: boolean }) => row.eligible)).toBe(true);
  });

  it('answers cohortProgress with the same number of SQL statements for 4 and for 40 participants with waivers', async () => {
    const counts: number[] = [];
    for (const size of [4, 40]) {
      const { cohortId } = await givenCohort(app, admin);
      const people = await givenManyParticipants(app, cohortId, size);
      const circle = await setRule({ cohortId, kind: 'SESSIONS_ATTENDED', threshold: 2, sessionKinds: ['CIRCLE_OF_SECURITY'] });
      await setRule({ cohortId, kind: 'SESSION_MINUTES', threshold: 60 });
      await givenAttendance(app, await givenSessions(app, cohortId, 'CIRCLE_OF_SECURITY', 1, { durationMinutes: 90 }), people);
      for (const userId of people) {
        await app.ok(WAIVE, { input: { cohortId, userId, requirementId: circle.id, reason: 'Attended elsewhere' } }, admin.token);
      }
      const result = await app.gql(COHORT_PROGRESS, { cohortId }, admin.token);
      expect(result.data.cohortProgress).toHaveLength(size);
      expect(result.data.cohortProgress.every((row: { eligible: boolean }) => row.eligible)).toBe(true);
      counts.push(result.extensions!.sqlStatements!);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(4);
  });
});
