import {
  cancelSessionRequest,
  countRows,
  errorCode,
  givenAssignment,
  givenCeApproval,
  givenCohort,
  givenCommunity,
  givenMember,
  givenModule,
  givenSessions,
  givenSubmitted,
  recordAttendance,
  RUBRIC,
  setRequirement,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const COPY = `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id name startsOn endsOn capacity timeZone minimumAttendancePercent } }`;
const SCHEDULE = `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id } }`;
const SET_REQUIREMENT = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`;
const COHORT = `query($id: ID!) {
  cohort(id: $id) {
    name startsOn endsOn capacity timeZone minimumAttendancePercent program { id }
    members { id }
    modules { title position description }
    communities { name members { id } facilitators { id } }
    sessions { title kind localStart durationMinutes ceEligible optional modality location joinUrl cancelledAt
               leader { id } invitees { id } module { title } community { name } }
  }
  cohortJournalAssignments(cohortId: $id) { title prompt dueAt expectedMinutes module { title } rubric { criteria { key title levels { key title points } } } }
  cohortRequirements(cohortId: $id) { kind threshold sessionKinds label }
}`;

/** The source cohort runs 2026-01-05 to 2026-12-18 in Los Angeles; 2027-01-04 is 364 days later, the same weekday. */
const NEXT_YEAR = '2027-01-04';
const ZONE = 'America/Los_Angeles';

describe('copyCohort: next year from this year', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  const copy = (input: Record<string, unknown>, token = admin.token) => app.gql(COPY, { input }, token);

  const schedule = (cohortId: string, fields: Record<string, unknown>) =>
    app.ok(SCHEDULE, { input: { cohortId, kind: 'FACULTY_SEMINAR', startTime: '09:00', durationMinutes: 150, ceEligible: false, ...fields } }, admin.token);

  /** A year's set-up with people and records in it: whatever copies must leave those behind. */
  async function givenYear() {
    const { cohortId } = await givenCohort(app, admin, { timeZone: ZONE, capacity: 12, minimumAttendancePercent: 75 });
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const foundations = await givenModule(app, admin.token, cohortId, 'Foundations', 1);
    await givenModule(app, admin.token, cohortId, 'Consultation in practice', 2);
    await app.db.query(`UPDATE course_module SET description = 'The consultative stance' WHERE id = $1`, [foundations]);
    const north = await givenCommunity(app, admin, cohortId, [facilitator.id], [participant.id], 'North');
    // 2026-03-12 is on daylight time, 2027-03-11 not yet: the copy keeps 09:00, not the instant.
    const { scheduleSessions: seminars } = await schedule(cohortId, {
      title: 'Monthly faculty seminar', dates: ['2026-01-15', '2026-03-12'], moduleId: foundations, ceEligible: true,
      modality: 'HYBRID', location: 'Room 4, Oakland', joinUrl: 'https://meet.example.org/seminar', leaderId: faculty.id,
    });
    await schedule(cohortId, { kind: 'COMMUNITY_OF_PRACTICE', title: 'North circle', dates: ['2026-02-10'], startTime: '10:00', durationMinutes: 60, communityId: north });
    await schedule(cohortId, { kind: 'OTHER', title: 'Optional open lab', dates: ['2026-04-01'], durationMinutes: 60, optional: true, modality: 'ONLINE' });
    const { scheduleSessions: [cancelled] } = await schedule(cohortId, { title: 'Snowed-out seminar', dates: ['2026-04-09'] });
    await cancelSessionRequest(app, admin.token, cancelled.id);
    await schedule(cohortId, { kind: 'REFLECTIVE_SUPERVISION', title: 'Supervision with one participant', dates: ['2026-05-05'], participantIds: [participant.id] });
    await recordAttendance(app, faculty.token, { sessionId: seminars[0].id, userId: participant.id, status: 'PRESENT' });
    // Due 23:59 on 2026-03-12, Los Angeles daylight time.
    const assignmentId = await givenAssignment(app, faculty, foundations, { dueAt: '2026-03-13T06:59:00Z', rubric: RUBRIC, expectedMinutes: 75, title: 'Entering the stance' });
    await givenSubmitted(app, participant, assignmentId);
    await app.ok(SET_REQUIREMENT, { input: { cohortId, kind: 'SESSIONS_ATTENDED', threshold: 2, sessionKinds: ['FACULTY_SEMINAR'], label: 'Seminars' } }, admin.token);
    await setRequirement(app, admin, cohortId, 'JOURNALS_SATISFACTORY', 1);
    await givenCeApproval(app, admin, { cohortId, board: 'California BBS', approvalNumber: 'CE-2026-1', licenseTypes: ['LCSW'] });
    return { cohortId, faculty, participant };
  }

  it('copies the set-up a day-for-day year later at the same local times, with no people and no records', async () => {
    const { cohortId } = await givenYear();
    const { rows: [{ program_id: programId }] } = await app.db.query('SELECT program_id FROM cohort WHERE id = $1', [cohortId]);
    const sourceBefore = await app.gql(COHORT, { id: cohortId }, admin.token);

    const result = await copy({ cohortId, name: '  Cohort 2027  ', startsOn: NEXT_YEAR });

    expect(result.errors).toBeUndefined();
    const copied = result.data.copyCohort;
    expect(copied).toEqual({
      id: expect.any(String), name: 'Cohort 2027', startsOn: NEXT_YEAR, endsOn: '2027-12-17', capacity: 12, timeZone: ZONE, minimumAttendancePercent: 75,
    });
    const { cohort, cohortJournalAssignments, cohortRequirements } = await app.ok(COHORT, { id: copied.id }, admin.token);
    expect(cohort.program.id).toBe(programId);
    expect(cohort.members).toEqual([]);
    expect(cohort.modules).toEqual([
      { title: 'Foundations', position: 1, description: 'The consultative stance' },
      { title: 'Consultation in practice', position: 2, description: null },
    ]);
    expect(cohort.communities).toEqual([{ name: 'North', members: [], facilitators: [] }]);
    const seminar = {
      kind: 'FACULTY_SEMINAR', durationMinutes: 150, ceEligible: true, optional: false, modality: 'HYBRID', location: 'Room 4, Oakland',
      joinUrl: 'https://meet.example.org/seminar', cancelledAt: null, leader: null, invitees: [], module: { title: 'Foundations' }, community: null,
    };
    const unattached = { ceEligible: false, location: null, joinUrl: null, cancelledAt: null, leader: null, invitees: [], module: null };
    // Neither the cancelled seminar nor the supervision meant for one participant.
    expect(cohort.sessions).toEqual([
      { ...seminar, title: 'Monthly faculty seminar', localStart: '2027-01-14T09:00:00-08:00' },
      { ...unattached, title: 'North circle', kind: 'COMMUNITY_OF_PRACTICE', localStart: '2027-02-09T10:00:00-08:00', durationMinutes: 60, optional: false, modality: null, community: { name: 'North' } },
      { ...seminar, title: 'Monthly faculty seminar', localStart: '2027-03-11T09:00:00-08:00' },
      { ...unattached, title: 'Optional open lab', kind: 'OTHER', localStart: '2027-03-31T09:00:00-07:00', durationMinutes: 60, optional: true, modality: 'ONLINE', community: null },
    ]);
    expect(cohortJournalAssignments).toEqual([
      {
        title: 'Entering the stance', prompt: 'Reflect on a moment this month when you slowed down.', dueAt: expect.any(String), expectedMinutes: 75,
        module: { title: 'Foundations' },
        rubric: { criteria: RUBRIC.criteria.map(({ levels, ...criterion }) => ({ ...criterion, levels: levels.map((level) => ({ points: null, ...level })) })) },
      },
    ]);
    // 23:59 on 2027-03-11, still standard time in Los Angeles.
    expect(new Date(cohortJournalAssignments[0].dueAt).toISOString()).toBe('2027-03-12T07:59:00.000Z');
    expect(cohortRequirements).toEqual(
      expect.arrayContaining([
        { kind: 'SESSIONS_ATTENDED', threshold: 2, sessionKinds: ['FACULTY_SEMINAR'], label: 'Seminars' },
        { kind: 'JOURNALS_SATISFACTORY', threshold: 1, sessionKinds: [], label: null },
      ]),
    );
    expect(cohortRequirements).toHaveLength(2);

    const inCopy = 'cohort_id = $1';
    const recordsOfCopy = await Promise.all([
      countRows(app, 'enrollment', inCopy, [copied.id]),
      countRows(app, 'attendance a JOIN session s ON s.id = a.session_id', `s.${inCopy}`, [copied.id]),
      countRows(app, 'session_invitee i JOIN session s ON s.id = i.session_id', `s.${inCopy}`, [copied.id]),
      countRows(app, 'journal_submission', inCopy, [copied.id]),
      countRows(app, 'community_member m JOIN community c ON c.id = m.community_id', `c.${inCopy}`, [copied.id]),
      countRows(app, 'ce_approval', inCopy, [copied.id]),
    ]);
    expect(recordsOfCopy).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await app.ok(COHORT, { id: cohortId }, admin.token)).toEqual(sourceBefore.data);
  });

  it('writes one audit row for the new cohort, naming its source and what came along, and one for each record copied', async () => {
    const { cohortId } = await givenYear();
    const { copyCohort } = await app.ok(COPY, { input: { cohortId, name: 'Cohort 2027', startsOn: NEXT_YEAR } }, admin.token);

    const { rows } = await app.db.query(
      `SELECT action, entity_type, actor_id, after FROM audit_event WHERE entity_id = $1 OR cohort_id = $1 ORDER BY action`,
      [copyCohort.id],
    );
    const actions = rows.reduce((tally: Record<string, number>, row) => ({ ...tally, [row.action]: (tally[row.action] ?? 0) + 1 }), {});
    expect(actions).toEqual({
      'cohort.copied': 1, 'course_module.copied': 2, 'community.copied': 1, 'session.copied': 4, 'journal_assignment.copied': 1, 'completion_requirement.copied': 2,
    });
    expect(rows.every((row) => row.actor_id === admin.id)).toBe(true);
    const cohortRow = rows.find((row) => row.action === 'cohort.copied');
    expect(cohortRow.after).toMatchObject({
      copiedFrom: cohortId, name: 'Cohort 2027', startsOn: NEXT_YEAR, endsOn: '2027-12-17',
      copied: { modules: 2, communities: 1, sessions: 4, journalAssignments: 1, requirements: 2 },
      notCopied: { cancelledSessions: 1, sessionsForNamedParticipants: 1 },
    });
    const { rows: sourceSessions } = await app.db.query('SELECT id FROM session WHERE cohort_id = $1', [cohortId]);
    const sessionRows = rows.filter((row) => row.action === 'session.copied');
    expect(sessionRows.every((row) => sourceSessions.some((source) => source.id === row.after.copiedFrom))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Reflect on a moment');
  });

  it('sends the same number of SQL statements for 3 sessions as for 150', async () => {
    async function statementsToCopy(sessions: number): Promise<number> {
      const { cohortId } = await givenCohort(app, admin, { timeZone: ZONE });
      const moduleId = await givenModule(app, admin.token, cohortId);
      await givenSessions(app, cohortId, 'FACULTY_SEMINAR', sessions);
      for (const month of [2, 5, 9]) await givenAssignment(app, admin, moduleId, { dueAt: `2026-0${month}-20T12:00:00Z`, title: `Month ${month}` });
      const result = await copy({ cohortId, name: `Copy of ${sessions}`, startsOn: NEXT_YEAR });
      expect(result.errors).toBeUndefined();
      expect(await countRows(app, 'session', 'cohort_id = $1', [result.data.copyCohort.id])).toBe(sessions);
      return result.extensions!.sqlStatements!;
    }
    const small = await statementsToCopy(3);
    const large = await statementsToCopy(150);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });

  describe('bad input, refused with nothing written', () => {
    /** Expects `code` (and for BAD_USER_INPUT exactly `fields`), and no cohort, session or audit row added. */
    async function expectRefused(code: string, request: () => Promise<GraphQLResponse>, fields?: string[]): Promise<GraphQLResponse> {
      const counts = () => Promise.all(['cohort', 'course_module', 'session', 'journal_assignment', 'audit_event'].map((table) => countRows(app, table)));
      const before = await counts();
      const result = await request();
      expect(errorCode(result)).toBe(code);
      if (fields) expect(result.errors![0].extensions!.fields).toEqual(fields);
      expect(JSON.stringify(result.errors)).not.toMatch(/\b(SELECT|INSERT) |violates|relation "|\.[jt]s:\d+/);
      expect(await counts()).toEqual(before);
      return result;
    }

    let cohortId: string;
    let faculty: SignedIn;

    beforeAll(async () => {
      ({ cohortId } = await givenCohort(app, admin, { timeZone: ZONE }));
      faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      // 02:30 on a Thursday in standard time; 374 days later is the spring-forward Sunday, 2027-03-14.
      await schedule(cohortId, { title: 'Early circle', dates: ['2026-03-05'], startTime: '02:30', durationMinutes: 60 });
    });

    it('an unknown cohort is NOT_FOUND', async () => {
      await expectRefused('NOT_FOUND', () => copy({ cohortId: '6f1c2b9e-4a51-4c3e-9d7a-2b8e5f0a1c44', name: 'Copy', startsOn: NEXT_YEAR }));
    });

    it.each(['', '   '])('a blank name (%j) names name', async (name) => {
      await expectRefused('BAD_USER_INPUT', () => copy({ cohortId, name, startsOn: NEXT_YEAR }), ['name']);
    });

    it.each(['2027-02-30', '2027-1-4', '04/01/2027'])('a start date that is not a real date (%s) names startsOn', async (startsOn) => {
      await expectRefused('BAD_USER_INPUT', () => copy({ cohortId, name: 'Copy', startsOn }), ['startsOn']);
    });

    it('a session whose local time the clocks skip on its new day refuses the whole copy, naming the session and the day', async () => {
      const result = await expectRefused('BAD_USER_INPUT', () => copy({ cohortId, name: 'Copy', startsOn: '2027-01-14' }), ['startsOn']);
      expect(result.errors![0].message).toMatch(/"Early circle" at 02:30 on 2027-03-14.*America\/Los_Angeles/);
      // A day earlier the same session lands on a Saturday, 02:30 standard time: the copy goes ahead.
      const { copyCohort } = await app.ok(COPY, { input: { cohortId, name: 'Copy', startsOn: '2027-01-13' } }, admin.token);
      const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { sessions { localStart } } }`, { id: copyCohort.id }, admin.token);
      expect(cohort.sessions).toEqual([{ localStart: '2027-03-13T02:30:00-08:00' }]);
    });

    it.each(['faculty', 'participant'])('the cohort’s %s is FORBIDDEN: copying is for admins', async (role) => {
      const member = role === 'faculty' ? faculty : await givenMember(app, admin, cohortId, 'PARTICIPANT');
      await expectRefused('FORBIDDEN', () => copy({ cohortId, name: 'Copy', startsOn: NEXT_YEAR }, member.token));
    });
  });
});
