import {
  countRows,
  enroll,
  errorCode,
  FUTURE,
  givenCohort,
  givenCommunity,
  givenManyParticipants,
  givenMember,
  givenSession,
  givenTwoCommunities,
  givenUser,
  LATER_PAST,
  PAST,
  recordAttendance,
  recordSessionAttendance,
  SignedIn,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const SUMMARY = `query($cohortId: ID!, $userId: ID) { attendanceSummary(cohortId: $cohortId, userId: $userId) {
  totalMinutes ceEligibleMinutes byKind { kind minutesAttended sessionsAttended sessionsExpected sessionsHeld } } }`;

describe('attendance in minutes', () => {
  let app: TestApp;
  let admin: SignedIn;
  let cohortId: string;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let otherFacilitator: SignedIn;
  let ana: SignedIn;
  let ben: SignedIn;
  let cleo: SignedIn;
  let communityId: string;
  let seminarId: string;

  beforeAll(async () => {
    app = await startTestApp();
    ({ admin, cohortId, faculty, facilitator, otherFacilitator, ana, ben, cleo, north: communityId } = await givenTwoCommunities(app));
    seminarId = await givenSession(app, faculty.token, cohortId, { durationMinutes: 150 });
  });

  afterAll(() => app.stop());

  const attendanceRows = (sessionId: string) => countRows(app, 'attendance', 'session_id = $1', [sessionId]);
  const auditRows = () => countRows(app, 'audit_event', "action = 'attendance.recorded'");

  it('defaults minutes to the duration when PRESENT and 0 otherwise, and audits every change', async () => {
    const present = await recordAttendance(app, faculty.token, { sessionId: seminarId, userId: ana.id, status: 'PRESENT' });
    expect(present.errors).toBeUndefined();
    expect(present.data.recordAttendance).toMatchObject({ status: 'PRESENT', minutesAttended: 150, session: { id: seminarId }, user: { fullName: 'Ana Participant' } });
    const absent = await recordAttendance(app, faculty.token, { sessionId: seminarId, userId: ben.id, status: 'ABSENT' });
    expect(absent.data.recordAttendance.minutesAttended).toBe(0);

    const corrected = await recordAttendance(app, faculty.token, { sessionId: seminarId, userId: ana.id, status: 'PRESENT', minutesAttended: 120 });
    expect(corrected.data.recordAttendance).toMatchObject({ id: present.data.recordAttendance.id, minutesAttended: 120 });

    const { rows } = await app.db.query(
      `SELECT actor_id, entity_id, cohort_id, before, after FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`,
      [present.data.recordAttendance.id],
    );
    expect(rows).toEqual([
      { actor_id: faculty.id, entity_id: present.data.recordAttendance.id, cohort_id: cohortId, before: null, after: { status: 'PRESENT', minutesAttended: 150 } },
      {
        actor_id: faculty.id, entity_id: present.data.recordAttendance.id, cohort_id: cohortId,
        before: { status: 'PRESENT', minutesAttended: 150 }, after: { status: 'PRESENT', minutesAttended: 120 },
      },
    ]);
  });

  it('records a whole session in one transaction, or nothing when one entry is bad', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId, { durationMinutes: 90 });
    const audits = await auditRows();
    const bad = await recordSessionAttendance(app, faculty.token, sessionId, [
      { userId: ana.id, status: 'PRESENT' },
      { userId: ben.id, status: 'PRESENT', minutesAttended: 91 },
    ]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual(['entries.1.minutesAttended']);
    expect(await attendanceRows(sessionId)).toBe(0);
    expect(await auditRows()).toBe(audits);

    const ok = await recordSessionAttendance(app, faculty.token, sessionId, [
      { userId: ana.id, status: 'PRESENT', minutesAttended: 45 },
      { userId: ben.id, status: 'EXCUSED' },
      { userId: cleo.id, status: 'PRESENT' },
    ]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordSessionAttendance.map((a: { minutesAttended: number }) => a.minutesAttended)).toEqual([45, 0, 90]);
    expect(await auditRows()).toBe(audits + 3);
  });

  it('takes an id in capitals as the same person: a second entry for them is refused, a single one recorded', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId, { durationMinutes: 90 });
    const twice = await recordSessionAttendance(app, faculty.token, sessionId, [
      { userId: ana.id, status: 'PRESENT' },
      { userId: ana.id.toUpperCase(), status: 'ABSENT' },
    ]);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].extensions!.fields).toEqual(['entries.1.userId']);
    expect(await attendanceRows(sessionId)).toBe(0);

    const single = await recordAttendance(app, faculty.token, { sessionId, userId: ben.id.toUpperCase(), status: 'PRESENT' });
    expect(single.errors).toBeUndefined();
    expect(single.data.recordAttendance).toMatchObject({ minutesAttended: 90, user: { fullName: ben.fullName } });
  });

  it('refuses negative minutes and minutes above the duration', async () => {
    for (const minutesAttended of [-1, 151]) {
      const result = await recordAttendance(app, faculty.token, { sessionId: seminarId, userId: cleo.id, status: 'PRESENT', minutesAttended });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['minutesAttended']);
    }
    expect(await countRows(app, 'attendance', 'user_id = $1 AND session_id = $2', [cleo.id, seminarId])).toBe(0);
  });

  it('refuses someone not enrolled, a staff member, and someone enrolled after the session', async () => {
    const stranger = await givenUser(app, admin);
    const late = await givenUser(app, admin);
    await enroll(app, admin, cohortId, late.id, 'PARTICIPANT', '2026-06-01T00:00:00Z');
    for (const userId of [stranger.id, facilitator.id, late.id]) {
      const result = await recordAttendance(app, faculty.token, { sessionId: seminarId, userId, status: 'PRESENT' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['userId']);
    }
    expect(await attendanceRows(seminarId)).toBe(2);
  });

  it('refuses someone outside the community for a community session', async () => {
    const meeting = await givenSession(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60, ceEligible: false });
    const result = await recordAttendance(app, facilitator.token, { sessionId: meeting, userId: cleo.id, status: 'PRESENT' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['userId']);
    expect(await attendanceRows(meeting)).toBe(0);
  });

  it("lets facilitators record their own group's sessions only", async () => {
    const meeting = await givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60 });
    const own = await recordAttendance(app, facilitator.token, { sessionId: meeting, userId: ana.id, status: 'PRESENT' });
    expect(own.errors).toBeUndefined();

    const other = await recordAttendance(app, otherFacilitator.token, { sessionId: meeting, userId: ben.id, status: 'PRESENT' });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const seminar = await recordAttendance(app, facilitator.token, { sessionId: seminarId, userId: cleo.id, status: 'PRESENT' });
    expect(errorCode(seminar)).toBe('FORBIDDEN');
    const participant = await recordAttendance(app, ana.token, { sessionId: meeting, userId: ana.id, status: 'PRESENT', minutesAttended: 60 });
    expect(errorCode(participant)).toBe('FORBIDDEN');
    expect(await attendanceRows(meeting)).toBe(1);
    expect(await countRows(app, 'attendance', 'session_id = $1 AND user_id = $2', [seminarId, cleo.id])).toBe(0);
  });

  it('lets the facilitator leading a reflective practice session record it', async () => {
    const practice = await givenSession(app, facilitator.token, cohortId, {
      kind: 'REFLECTIVE_PRACTICE', participantIds: [ben.id], durationMinutes: 60, ceEligible: false,
    });
    expect((await recordAttendance(app, facilitator.token, { sessionId: practice, userId: ben.id, status: 'PRESENT' })).errors).toBeUndefined();
    expect(errorCode(await recordAttendance(app, otherFacilitator.token, { sessionId: practice, userId: ben.id, status: 'ABSENT' }))).toBe('FORBIDDEN');
    const notInvited = await recordAttendance(app, facilitator.token, { sessionId: practice, userId: ana.id, status: 'PRESENT' });
    expect(errorCode(notInvited)).toBe('BAD_USER_INPUT');
  });

  it('lets the facilitator leading a session of any kind record it, and no other facilitator', async () => {
    const seminar = await givenSession(app, faculty.token, cohortId, { title: 'Seminar led by a facilitator', leaderId: facilitator.id });
    expect((await recordAttendance(app, facilitator.token, { sessionId: seminar, userId: cleo.id, status: 'PRESENT' })).errors).toBeUndefined();
    expect(errorCode(await recordAttendance(app, otherFacilitator.token, { sessionId: seminar, userId: ana.id, status: 'PRESENT' }))).toBe('FORBIDDEN');
    expect(await attendanceRows(seminar)).toBe(1);
  });

  it("does not let a facilitator named leader of another community's meeting run it", async () => {
    const meeting = await givenSession(app, faculty.token, cohortId, {
      kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60, ceEligible: false, leaderId: otherFacilitator.id,
    });
    expect(errorCode(await recordAttendance(app, otherFacilitator.token, { sessionId: meeting, userId: ana.id, status: 'PRESENT' }))).toBe('FORBIDDEN');
    expect((await recordAttendance(app, facilitator.token, { sessionId: meeting, userId: ana.id, status: 'PRESENT' })).errors).toBeUndefined();
    expect(await attendanceRows(meeting)).toBe(1);
  });

  it('refuses attendance for a session that has not started', async () => {
    const upcoming = await givenSession(app, faculty.token, cohortId, { startsAt: FUTURE });
    const result = await recordAttendance(app, faculty.token, { sessionId: upcoming, userId: ana.id, status: 'PRESENT' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['sessionId']);
    expect(await attendanceRows(upcoming)).toBe(0);
  });

  it('shows participants their own attendance only, and staff everyone’s', async () => {
    const query = `query($id: ID!) { session(id: $id) { attendance { user { id } minutesAttended } } }`;
    const asAna = await app.ok(query, { id: seminarId }, ana.token);
    expect(asAna.session.attendance.map((a: { user: { id: string } }) => a.user.id)).toEqual([ana.id]);
    const asFaculty = await app.ok(query, { id: seminarId }, faculty.token);
    expect(asFaculty.session.attendance).toHaveLength(2);
  });

  it('summarises minutes per kind in SQL, not counting sessions before enrollment or cancelled ones', async () => {
    const { cohortId: freshCohort } = await givenCohort(app, admin);
    const teacher = await givenMember(app, admin, freshCohort, 'FACULTY');
    const lead = await givenMember(app, admin, freshCohort, 'FACILITATOR');
    const dana = await givenUser(app, admin);
    await enroll(app, admin, freshCohort, dana.id, 'PARTICIPANT', '2026-03-01T00:00:00Z');
    const group = await givenCommunity(app, admin, freshCohort, [lead.id], [dana.id]);
    await givenSession(app, teacher.token, freshCohort, { startsAt: '2026-02-10T17:00:00Z' }); // before enrollment
    const first = await givenSession(app, teacher.token, freshCohort, { startsAt: PAST });
    const second = await givenSession(app, teacher.token, freshCohort, { startsAt: LATER_PAST });
    await givenSession(app, teacher.token, freshCohort, { startsAt: FUTURE });
    const cancelled = await givenSession(app, teacher.token, freshCohort, { startsAt: PAST });
    await app.ok(`mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: cancelled }, teacher.token);
    const meeting = await givenSession(app, lead.token, freshCohort, {
      kind: 'COMMUNITY_OF_PRACTICE', communityId: group, durationMinutes: 60, ceEligible: false, startsAt: '2026-03-11T19:00:00Z',
    });
    await recordAttendance(app, teacher.token, { sessionId: first, userId: dana.id, status: 'PRESENT' });
    await recordAttendance(app, teacher.token, { sessionId: second, userId: dana.id, status: 'PRESENT', minutesAttended: 130 });
    await recordAttendance(app, lead.token, { sessionId: meeting, userId: dana.id, status: 'PRESENT' });

    const { attendanceSummary } = await app.ok(SUMMARY, { cohortId: freshCohort, userId: dana.id }, teacher.token);
    expect(attendanceSummary).toEqual({
      totalMinutes: 340,
      ceEligibleMinutes: 280,
      byKind: [
        { kind: 'FACULTY_SEMINAR', minutesAttended: 280, sessionsAttended: 2, sessionsExpected: 3, sessionsHeld: 2 },
        { kind: 'COMMUNITY_OF_PRACTICE', minutesAttended: 60, sessionsAttended: 1, sessionsExpected: 1, sessionsHeld: 1 },
      ],
    });
    const own = await app.ok(SUMMARY, { cohortId: freshCohort }, dana.token);
    expect(own.attendanceSummary.totalMinutes).toBe(340);
    expect((await app.ok(SUMMARY, { cohortId: freshCohort, userId: dana.id }, lead.token)).attendanceSummary.totalMinutes).toBe(340);
  });

  it("shows a facilitator their own members' summaries, and refuses another group's member's and a participant someone else's", async () => {
    const asFaculty = await app.ok(SUMMARY, { cohortId, userId: ana.id }, faculty.token);
    expect(asFaculty.attendanceSummary.totalMinutes).toBeGreaterThan(0);
    expect(await app.ok(SUMMARY, { cohortId, userId: ana.id }, facilitator.token)).toEqual(asFaculty);
    expect(errorCode(await app.gql(SUMMARY, { cohortId, userId: cleo.id }, facilitator.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SUMMARY, { cohortId, userId: ben.id }, ana.token))).toBe('FORBIDDEN');
  });

  it('tells someone outside the cohort that its sessions and the cohort do not exist, and writes nothing', async () => {
    const outsider = await givenUser(app, admin);
    expect(errorCode(await app.gql(`query($id: ID!) { session(id: $id) { id } }`, { id: seminarId }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SUMMARY, { cohortId, userId: ana.id }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SUMMARY, { cohortId }, outsider.token))).toBe('NOT_FOUND');
    const rows = await attendanceRows(seminarId);
    expect(errorCode(await recordAttendance(app, outsider.token, { sessionId: seminarId, userId: ana.id, status: 'ABSENT' }))).toBe('NOT_FOUND');
    expect(await attendanceRows(seminarId)).toBe(rows);
  });

  describe('statement count', () => {
    async function scenario(participants: number): Promise<number> {
      const { cohortId: sized } = await givenCohort(app, admin, { capacity: 500 });
      const teacher = await givenMember(app, admin, sized, 'FACULTY');
      const people = await givenManyParticipants(app, sized, participants);
      for (const startsAt of [PAST, LATER_PAST, '2026-05-12T17:00:00Z']) {
        const sessionId = await givenSession(app, teacher.token, sized, { startsAt });
        const entries = people.map((userId, index) => ({ userId, status: index % 5 === 0 ? 'ABSENT' : 'PRESENT' }));
        expect((await recordSessionAttendance(app, teacher.token, sessionId, entries)).errors).toBeUndefined();
      }
      const result = await app.gql(`query($id: ID!) { cohort(id: $id) { sessions { attendance(first: 200) { user { fullName } } } } }`, { id: sized }, teacher.token);
      expect(result.errors).toBeUndefined();
      expect(result.data.cohort.sessions.map((s: { attendance: unknown[] }) => s.attendance.length)).toEqual([participants, participants, participants]);
      return result.extensions!.sqlStatements!;
    }

    it('lists sessions with attendance and attendees in the same number of statements (≤ 4) for 12 and 120 participants', async () => {
      const small = await scenario(12);
      const large = await scenario(120);
      expect(small).toBe(large);
      expect(large).toBeLessThanOrEqual(4);
    });
  });
});
