import {
  countRows, errorCode, FUTURE, givenCohort, givenMember, givenSession, givenSessions, PAST, recordAttendance, scheduleSessionRequest,
  SignedIn, signInAdmin,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id timeZone } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id timeZone } }`;
const SCHEDULE_SESSIONS = `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id startsAt } }`;
const SET_RULE = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`;
const WAIVE = `mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { id } }`;

/** Days from the default cohort's first day (2026-01-05), all inside its dates. */
const cohortDays = (count: number) => Array.from({ length: count }, (_v, day) => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10));

describe('bad input to the program rules', () => {
  let app: TestApp;
  let admin: SignedIn;
  let programId: string;
  let cohortId: string;
  let participant: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ programId, cohortId } = await givenCohort(app, admin));
    participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
  });

  afterAll(() => app?.stop());

  /**
   * Sends `request` and expects it refused as BAD_USER_INPUT naming exactly `fields`, with no stack
   * trace or SQL in the answer, and no row added to or removed from `table` or the audit trail.
   */
  async function expectRefused(table: string, fields: string[], request: () => Promise<GraphQLResponse>) {
    const counts = () => Promise.all([countRows(app, table), countRows(app, 'audit_event')]);
    const before = await counts();
    const result = await request();
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(fields);
    const answer = JSON.stringify(result.errors);
    expect(answer).not.toMatch(/stacktrace|\.[jt]s:\d+|\bat \S+ \(/i);
    expect(answer).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE) |violates|relation "/);
    expect(await counts()).toEqual(before);
  }

  const series = (input: Record<string, unknown>) =>
    app.gql(SCHEDULE_SESSIONS, {
      input: { cohortId, kind: 'FACULTY_SEMINAR', title: 'Seminar', dates: ['2026-10-15'], startTime: '09:00', durationMinutes: 120, ceEligible: true, ...input },
    }, admin.token);

  it.each(['2023-10-13T09:00:00', '10/13/2023', '2026-09-31T17:00:00Z'])('refuses the start %s, without a zone or not a real instant', async (startsAt) => {
    await expectRefused('session', ['startsAt'], () => scheduleSessionRequest(app, admin.token, cohortId, { startsAt }));
  });

  it.each([
    ['a program', 'America/Springfield', 'program', CREATE_PROGRAM, () => ({ name: 'Springfield IECMHC' })],
    ['a cohort', 'Mars/Olympus', 'cohort', CREATE_COHORT, () => ({ programId, name: 'Olympus', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 5 })],
    ['a program', '-08:00', 'program', CREATE_PROGRAM, () => ({ name: 'Offset IECMHC' })],
    ['a cohort', '-08:00', 'cohort', CREATE_COHORT, () => ({ programId, name: 'Offset', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 5 })],
  ])('refuses %s in the time zone %s, which is no IANA zone', async (_what, timeZone, table, mutation, input) => {
    await expectRefused(table, ['timeZone'], () => app.gql(mutation, { input: { ...input(), timeZone } }, admin.token));
  });

  it.each(['25:00', '9am', '09:60'])('refuses the series start time %s', async (startTime) => {
    await expectRefused('session', ['startTime'], () => series({ startTime }));
  });

  it.each([
    ['no dates', []],
    ['200 dates', cohortDays(200)],
  ])('refuses a series of %s', async (_what, dates) => {
    await expectRefused('session', ['dates'], () => series({ dates }));
  });

  it.each([
    ['a cohort holding only faculty seminars', (id: string) => givenSessions(app, id, 'FACULTY_SEMINAR', 3)],
    ['a cohort whose only retreat is optional', async (id: string) => {
      const [retreat] = await givenSessions(app, id, 'RETREAT', 1);
      await app.db.query('UPDATE session SET optional = true WHERE id = $1', [retreat]);
    }],
  ])('refuses a rule over retreats in %s', async (_what, given) => {
    const cohort = await givenCohort(app, admin);
    await given(cohort.cohortId);
    const input = { cohortId: cohort.cohortId, kind: 'SESSIONS_ATTENDED', threshold: 1, sessionKinds: ['RETREAT'] };
    await expectRefused('completion_requirement', ['sessionKinds'], () => app.gql(SET_RULE, { input }, admin.token));
  });

  it("refuses a waiver naming another cohort's requirement", async () => {
    const other = await givenCohort(app, admin);
    const { setCompletionRequirement: rule } = await app.ok(SET_RULE, { input: { cohortId: other.cohortId, kind: 'TOTAL_CONTACT_MINUTES', threshold: 600 } }, admin.token);
    const input = { cohortId, userId: participant.id, requirementId: rule.id, reason: 'Attended at another site' };
    await expectRefused('requirement_waiver', ['requirementId'], () => app.gql(WAIVE, { input }, admin.token));
  });

  it('refuses more minutes present than the session lasts, keeping the minutes recorded before', async () => {
    const sessionId = await givenSession(app, admin.token, cohortId, { startsAt: PAST, durationMinutes: 150 });
    const attended = { sessionId, userId: participant.id, status: 'PRESENT' };
    expect((await recordAttendance(app, admin.token, { ...attended, minutesAttended: 60 })).errors).toBeUndefined();
    await expectRefused('attendance', ['minutesAttended'], () => recordAttendance(app, admin.token, { ...attended, minutesAttended: 200 }));
    const { rows } = await app.db.query('SELECT status, minutes_attended FROM attendance WHERE session_id = $1 AND user_id = $2', [sessionId, participant.id]);
    expect(rows).toEqual([{ status: 'PRESENT', minutes_attended: 60 }]);
  });

  it.each([
    ['that has not started', () => givenSession(app, admin.token, cohortId, { startsAt: FUTURE, title: 'December seminar' })],
    ['that started an hour ago and lasts three hours', async () => {
      const { rows } = await app.db.query(
        `INSERT INTO session (cohort_id, kind, title, starts_at, duration_minutes, ce_eligible)
         VALUES ($1, 'FACULTY_SEMINAR', 'Seminar under way', now() - interval '1 hour', 180, false) RETURNING id`,
        [cohortId],
      );
      return rows[0].id as string;
    }],
  ])('refuses MADE_UP for a session %s', async (_what, givenUnfinished) => {
    const sessionId = await givenUnfinished();
    await expectRefused('attendance', ['status'], () => recordAttendance(app, admin.token, { sessionId, userId: participant.id, status: 'MADE_UP', minutesAttended: 60 }));
  });
});
