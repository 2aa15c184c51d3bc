import {
  cancelSessionRequest,
  countRows,
  errorCode,
  givenCohort,
  givenMember,
  givenSession,
  PAST,
  recordSessionAttendance,
  signInAdmin,
  SignedIn,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const PROPOSE = `mutation($input: ProposeZoomAttendanceInput!) { proposeZoomAttendance(input: $input) {
  row rows name displayName originalName email match user { id fullName } candidates { id fullName email } minutes status minutesAttended reason } }`;

const HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

interface Proposal {
  row: number;
  rows: number[];
  name: string;
  email: string | null;
  match: string;
  user: { id: string; fullName: string } | null;
  candidates: { id: string; fullName: string; email: string }[];
  minutes: number;
  status: string;
  minutesAttended: number;
  reason: string | null;
}

/**
 * A cohort on Los Angeles time; the seminar runs 10:00 to 12:30 there on Tue, 10 March 2026
 * (17:00Z, daylight time). Two participants share the name Sam Lee.
 */
describe('Zoom participant reports', () => {
  let app: TestApp;
  let admin: SignedIn;
  let faculty: SignedIn;
  let lena: SignedIn;
  let noor: SignedIn;
  let samOne: SignedIn;
  let samTwo: SignedIn;
  let cohortId: string;
  let seminarId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Los_Angeles' }));
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    noor = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Noor Haddad' });
    samOne = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Sam Lee' });
    samTwo = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Sam Lee' });
    seminarId = await givenSession(app, admin.token, cohortId, { title: 'Monthly faculty seminar', startsAt: PAST, durationMinutes: 150 });
  });

  afterAll(() => app.stop());

  const propose = (input: Record<string, unknown>, token = faculty.token) => app.gql<{ proposeZoomAttendance: Proposal[] }>(PROPOSE, { input }, token);

  async function proposals(csv: string, extra: Record<string, unknown> = {}): Promise<Proposal[]> {
    const result = await propose({ sessionId: seminarId, csv, ...extra });
    expect(result.errors).toBeUndefined();
    return result.data!.proposeZoomAttendance;
  }

  async function refusal(input: Record<string, unknown>): Promise<{ code?: string; fields?: string[]; message: string }> {
    const result = await propose(input);
    const [error] = result.errors ?? [];
    return { code: error?.extensions?.code, fields: error?.extensions?.fields, message: error?.message };
  }

  /** The fictional seminar's report: faculty, Lena rejoining, Noor outside the host's account, a Sam Lee. */
  const seminarReport = () =>
    [
      HEADER,
      `Dr. Amara Osei,${faculty.email},03/10/2026 09:45:10 AM,03/10/2026 12:41:00 PM,175,No`,
      `Lena M (Lena Marquez),${lena.email.toUpperCase()},03/10/2026 09:58:02 AM,03/10/2026 10:47:30 AM,49,No`,
      `Lena M (Lena Marquez),${lena.email},03/10/2026 10:52:00 AM,03/10/2026 12:36:00 PM,104,No`,
      'Noor Haddad,,03/10/2026 10:03:00 AM,03/10/2026 12:30:00 PM,147,Yes',
      'Sam Lee,,03/10/2026 10:00:00 AM,03/10/2026 12:30:00 PM,150,Yes',
    ].join('\n');

  const attendance = async (sessionId: string) =>
    (
      await app.db.query(
        'SELECT a.user_id, a.status, a.minutes_attended FROM attendance a JOIN app_user u ON u.id = a.user_id WHERE a.session_id = $1 ORDER BY u.full_name, u.id',
        [sessionId],
      )
    ).rows;
  const auditRows = () => countRows(app, 'audit_event', "action = 'attendance.recorded'");

  it('imports a report end to end: a rejoin, a name-only match and an ambiguous name, credited only once chosen', async () => {
    const audits = await auditRows();
    const proposed = await proposals(seminarReport());
    expect(proposed).toEqual([
      expect.objectContaining({ row: 2, name: 'Dr. Amara Osei', match: 'UNMATCHED', user: null, candidates: [], reason: 'no one expected at this session has this e-mail address or name' }),
      // 10:00-10:47:30 and 10:52-12:30: 145 of 150 minutes, at or above the cohort's 80%.
      {
        row: 3, rows: [3, 4], name: 'Lena M (Lena Marquez)', displayName: 'Lena M', originalName: 'Lena Marquez', email: lena.email.toUpperCase(),
        match: 'EMAIL', user: { id: lena.id, fullName: 'Lena Marquez' }, candidates: [], minutes: 145, status: 'PRESENT', minutesAttended: 145, reason: null,
      },
      expect.objectContaining({ row: 5, email: null, match: 'NAME', user: { id: noor.id, fullName: 'Noor Haddad' }, minutes: 147, status: 'PRESENT', minutesAttended: 147 }),
      expect.objectContaining({
        row: 6, match: 'AMBIGUOUS', user: null, minutes: 150, status: 'PRESENT',
        // Told apart by their addresses.
        candidates: expect.arrayContaining([{ id: samOne.id, fullName: 'Sam Lee', email: samOne.email }, { id: samTwo.id, fullName: 'Sam Lee', email: samTwo.email }]),
        reason: '2 people expected at this session are named “Sam Lee”: choose who attended',
      }),
    ]);
    // Proposing writes nothing.
    expect(await attendance(seminarId)).toEqual([]);
    expect(await auditRows()).toBe(audits);

    // Staff confirm what was matched, as the attendance page does.
    const confirmed = proposed.filter((proposal) => proposal.user).map(({ user, status, minutesAttended }) => ({ userId: user!.id, status, minutesAttended }));
    const saved = await recordSessionAttendance(app, faculty.token, seminarId, confirmed);
    expect(saved.errors).toBeUndefined();
    expect(await attendance(seminarId)).toEqual([
      { user_id: lena.id, status: 'PRESENT', minutes_attended: 145 },
      { user_id: noor.id, status: 'PRESENT', minutes_attended: 147 },
    ]);
    expect(await auditRows()).toBe(audits + 2);

    // Confirming twice writes once: one record per person and session, no second audit row.
    expect((await recordSessionAttendance(app, faculty.token, seminarId, confirmed)).errors).toBeUndefined();
    expect(await countRows(app, 'attendance', 'session_id = $1', [seminarId])).toBe(2);
    expect(await auditRows()).toBe(audits + 2);

    // Neither Sam Lee is credited until staff choose the one who attended.
    const chosen = await recordSessionAttendance(app, faculty.token, seminarId, [{ userId: samTwo.id, status: 'PRESENT', minutesAttended: 150 }]);
    expect(chosen.errors).toBeUndefined();
    expect((await attendance(seminarId)).filter((row: { user_id: string }) => [samOne.id, samTwo.id].includes(row.user_id))).toEqual([
      { user_id: samTwo.id, status: 'PRESENT', minutes_attended: 150 },
    ]);
    const { attendanceSummary } = await app.ok(`query($c: ID!, $u: ID) { attendanceSummary(cohortId: $c, userId: $u) { totalMinutes } }`, { c: cohortId, u: lena.id }, faculty.token);
    expect(attendanceSummary.totalMinutes).toBe(145);
  });

  it('reads the newer columns, leaves out the waiting room, and takes a BOM and Windows line endings', async () => {
    const csv =
      '\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room,Marketing Opt-In\r\n' +
      `Noor Haddad,,2026-03-10 09:40:00,2026-03-10 10:30:00,50,Yes,,Yes,\r\n` +
      `Noor Haddad,,2026-03-10 10:30:00,2026-03-10 11:30:00,60,Yes,Yes,No,\r\n` +
      `Lena Marquez (Lena Marquez),${lena.email},2026-03-10 10:00:00,2026-03-10 12:30:00,150,No,Yes,No,No\r\n`;
    expect((await proposals(csv)).map(({ row, rows, user, minutes, status, minutesAttended }) => ({ row, rows, user: user?.id, minutes, status, minutesAttended }))).toEqual([
      { row: 2, rows: [2, 3], user: noor.id, minutes: 60, status: 'ABSENT', minutesAttended: 0 },
      { row: 4, rows: [4], user: lena.id, minutes: 150, status: 'PRESENT', minutesAttended: 150 },
    ]);
  });

  it('reads an export with meeting data, and decides PRESENT at the share asked for', async () => {
    const csv = [
      'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
      `812 3456 7890,Monthly faculty seminar,03/10/2026 09:55:02 AM,03/10/2026 12:41:00 PM,${faculty.email},166,2`,
      '',
      HEADER,
      'Noor Haddad,,03/10/2026 10:00:00 AM,03/10/2026 11:40:00 AM,100,Yes',
    ].join('\n');
    expect((await proposals(csv))[0]).toMatchObject({ row: 5, user: { id: noor.id }, minutes: 100, status: 'ABSENT', minutesAttended: 0 });
    expect((await proposals(csv, { minimumPercent: 60 }))[0]).toMatchObject({ minutes: 100, status: 'PRESENT', minutesAttended: 100 });
  });

  it('reads the unique-users variant, Zoom’s total bounded by the session’s length', async () => {
    const csv = [
      'Topic,Meeting ID,Start Time',
      'Monthly faculty seminar,812 3456 7890,03/10/2026 09:55:02 AM',
      '',
      'Name (Original Name),User Email,Total Duration (Minutes),Guest',
      'Noor Haddad,,128,Yes',
      `Lena M (Lena Marquez),${lena.email},171,No`,
      'Sam,,140,Yes',
    ].join('\r\n');
    expect((await proposals(csv)).map(({ match, user, candidates, minutes, status }) => ({ match, user: user?.id, candidates: candidates.length, minutes, status }))).toEqual([
      { match: 'NAME', user: noor.id, candidates: 0, minutes: 128, status: 'PRESENT' },
      { match: 'EMAIL', user: lena.id, candidates: 0, minutes: 150, status: 'PRESENT' },
      { match: 'AMBIGUOUS', user: undefined, candidates: 2, minutes: 140, status: 'PRESENT' },
    ]);
  });

  it('refuses a report of another date, naming csv', async () => {
    const lastWeek = [HEADER, 'Noor Haddad,,03/03/2026 10:00:00 AM,03/03/2026 12:30:00 PM,150,Yes'].join('\n');
    expect(await refusal({ sessionId: seminarId, csv: lastWeek })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['csv'],
      message: 'csv: this report is of a meeting on Tue, Mar 3, 2026, the session is on Tue, Mar 10, 2026',
    });
    const startedLastWeek = ['Topic,Meeting ID,Start Time', 'Seminar,812 3456 7890,03/03/2026 09:55 AM', '', HEADER, 'Noor Haddad,,03/10/2026 10:00 AM,03/10/2026 12:30 PM,150,Yes'].join('\n');
    expect(await refusal({ sessionId: seminarId, csv: startedLastWeek })).toMatchObject({ fields: ['csv'], message: expect.stringContaining('meeting on Tue, Mar 3, 2026') });
  });

  it('refuses what is not a participant report, with the line and the reason', async () => {
    const withoutJoinTime = ['Name (Original Name),User Email,Leave Time,Duration (Minutes),Guest', 'Noor Haddad,,03/10/2026 12:30 PM,150,Yes'].join('\n');
    expect(await refusal({ sessionId: seminarId, csv: withoutJoinTime })).toEqual({ code: 'BAD_USER_INPUT', fields: ['csv'], message: 'csv: misses the column “Join Time”' });
    expect(await refusal({ sessionId: seminarId, csv: 'email,full name\nnoor@example.org,Noor Haddad' })).toMatchObject({ fields: ['csv'], message: expect.stringContaining('no “Name (Original Name)” column') });
    const badTime = [HEADER, 'Noor Haddad,,03/10/2026 10:00 AM,later,150,Yes'].join('\n');
    expect(await refusal({ sessionId: seminarId, csv: badTime })).toMatchObject({ fields: ['csv'], message: 'csv: line 2: Leave Time “later” is not a date and time' });
    expect(await refusal({ sessionId: seminarId, csv: seminarReport(), minimumPercent: 0 })).toMatchObject({ fields: ['minimumPercent'] });
  });

  it('refuses a report over 1 MB, and one of 10 MB, naming csv and the limit, before reading it', async () => {
    const row = 'Noor Haddad,,03/10/2026 10:00:00 AM,03/10/2026 12:30:00 PM,150,Yes\n';
    const limit = {
      code: 'BAD_USER_INPUT',
      fields: ['csv'],
      message: 'csv: must be at most 1,000,000 characters (1 MB); a Zoom participant report is far smaller',
    };
    for (const size of [1_000_001, 10_000_000]) {
      expect(await refusal({ sessionId: seminarId, csv: HEADER + '\n' + row.repeat(Math.ceil(size / row.length)) })).toEqual(limit);
    }
  });

  it('refuses a cancelled session', async () => {
    const sessionId = await givenSession(app, admin.token, cohortId, { startsAt: PAST, durationMinutes: 150 });
    await cancelSessionRequest(app, admin.token, sessionId);
    expect(errorCode(await propose({ sessionId, csv: seminarReport() }))).toBe('BAD_USER_INPUT');
  });
});
