import {
  countRows, errorCode, givenCohort, givenCommunity, givenMember, givenSession, recordAttendance, scheduleSessionRequest,
  SignedIn, signInAdmin, updateSessionRequest,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const SUMMARY = `query($cohortId: ID!, $userId: ID) {
  attendanceSummary(cohortId: $cohortId, userId: $userId) { totalMinutes ceEligibleMinutes byKind { kind minutesAttended sessionsAttended } }
}`;
const TRANSCRIPT = `query($cohortId: ID!, $userId: ID) {
  hoursTranscript(cohortId: $cohortId, userId: $userId) {
    participant { id fullName } contactMinutes optionalMinutes madeUpMinutes pdfUrl
    lines { category name sessions minutes madeUpMinutes } optionalLines { category sessions minutes }
  }
}`;
const SET_RULE = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`;
const PROGRESS = `query($cohortId: ID!) { progress(cohortId: $cohortId) { requirements { kind sessionKinds achieved } } }`;

describe('attendance credit', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  async function givenCourse(fields: { minimumAttendancePercent?: number } = {}) {
    const { cohortId } = await givenCohort(app, admin, fields);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Rosa Credit' });
    return { cohortId, faculty, participant };
  }

  const seminarAt = (faculty: SignedIn, cohortId: string, startsAt: string, fields: Record<string, unknown> = {}) =>
    givenSession(app, faculty.token, cohortId, { startsAt, durationMinutes: 150, ...fields });

  async function record(token: string, sessionId: string, userId: string, status: string, minutesAttended?: number) {
    const result = await recordAttendance(app, token, { sessionId, userId, status, minutesAttended });
    expect(result.errors).toBeUndefined();
  }

  const transcriptOf = async (cohortId: string, token: string) => (await app.ok(TRANSCRIPT, { cohortId }, token)).hoursTranscript;

  it("counts PRESENT as attended only at or above the cohort's minimum share of the session", async () => {
    const { cohortId, faculty, participant } = await givenCourse();
    const short = await seminarAt(faculty, cohortId, '2026-03-03T17:00:00Z');
    const enough = await seminarAt(faculty, cohortId, '2026-03-10T17:00:00Z');
    await record(faculty.token, short, participant.id, 'PRESENT', 119);
    await record(faculty.token, enough, participant.id, 'PRESENT', 120);
    const { attendanceSummary } = await app.ok(SUMMARY, { cohortId }, participant.token);
    expect(attendanceSummary.byKind).toEqual([{ kind: 'FACULTY_SEMINAR', minutesAttended: 120, sessionsAttended: 1 }]);

    const lenient = await givenCourse({ minimumAttendancePercent: 50 });
    const half = await seminarAt(lenient.faculty, lenient.cohortId, '2026-03-03T17:00:00Z');
    await record(lenient.faculty.token, half, lenient.participant.id, 'PRESENT', 75);
    expect((await transcriptOf(lenient.cohortId, lenient.participant.token)).contactMinutes).toBe(75);
  });

  it('counts MADE_UP toward sessions and their minutes, never toward contact hours or CE, and audits the change', async () => {
    const { cohortId, faculty, participant } = await givenCourse();
    const attended = await seminarAt(faculty, cohortId, '2026-03-03T17:00:00Z');
    const missed = await seminarAt(faculty, cohortId, '2026-03-10T17:00:00Z');
    await record(faculty.token, attended, participant.id, 'PRESENT');
    await record(faculty.token, missed, participant.id, 'EXCUSED');
    await record(faculty.token, missed, participant.id, 'MADE_UP', 90);
    for (const [kind, threshold] of [['SESSIONS_ATTENDED', 2], ['SESSION_MINUTES', 240], ['TOTAL_CONTACT_MINUTES', 150]] as const) {
      const input = { cohortId, kind, threshold, ...(kind === 'TOTAL_CONTACT_MINUTES' ? {} : { sessionKinds: ['FACULTY_SEMINAR'] }) };
      await app.ok(SET_RULE, { input }, admin.token);
    }

    const { progress } = await app.ok(PROGRESS, { cohortId }, participant.token);
    expect(progress.requirements).toEqual(
      expect.arrayContaining([
        { kind: 'SESSIONS_ATTENDED', sessionKinds: ['FACULTY_SEMINAR'], achieved: 2 },
        { kind: 'SESSION_MINUTES', sessionKinds: ['FACULTY_SEMINAR'], achieved: 240 },
        { kind: 'TOTAL_CONTACT_MINUTES', sessionKinds: [], achieved: 150 },
      ]),
    );
    const { attendanceSummary } = await app.ok(SUMMARY, { cohortId }, participant.token);
    expect(attendanceSummary).toMatchObject({ totalMinutes: 240, ceEligibleMinutes: 150 });
    const transcript = await transcriptOf(cohortId, participant.token);
    expect(transcript).toMatchObject({ contactMinutes: 150, madeUpMinutes: 90, optionalMinutes: 0 });
    expect(transcript.lines[0]).toEqual({ category: 'FACULTY_SEMINAR', name: 'Faculty seminars', sessions: 2, minutes: 240, madeUpMinutes: 90 });
    const { rows } = await app.db.query(`SELECT before, after FROM audit_event WHERE action = 'attendance.recorded' AND after->>'status' = 'MADE_UP'`);
    expect(rows).toContainEqual({ before: { status: 'EXCUSED', minutesAttended: 0 }, after: { status: 'MADE_UP', minutesAttended: 90 } });
  });

  it('flags overlapping sessions when scheduling and credits the shared minutes once, to the one that starts first', async () => {
    const { cohortId, faculty, participant } = await givenCourse({ minimumAttendancePercent: 50 });
    const seminar = await seminarAt(faculty, cohortId, '2026-03-03T17:00:00Z'); // 17:00-19:30
    const group = await scheduleSessionRequest(app, faculty.token, cohortId, {
      kind: 'CIRCLE_OF_SECURITY', title: 'Circle of Security group', startsAt: '2026-03-03T19:00:00Z', durationMinutes: 90, ceEligible: false,
    });
    expect(group.errors).toBeUndefined();
    const groupId = group.data.scheduleSession.id;
    const overlaps = `query($id: ID!) { session(id: $id) { overlaps { id } } }`;
    expect((await app.ok(overlaps, { id: groupId }, faculty.token)).session.overlaps).toEqual([{ id: seminar }]);
    expect((await app.ok(overlaps, { id: seminar }, faculty.token)).session.overlaps).toEqual([{ id: groupId }]);

    await record(faculty.token, seminar, participant.id, 'PRESENT');
    await record(faculty.token, groupId, participant.id, 'PRESENT');
    const transcript = await transcriptOf(cohortId, participant.token);
    // The half hour both claim stays with the seminar: 150 + (90 - 30).
    expect(transcript.contactMinutes).toBe(210);
    expect(transcript.lines).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'CIRCLE_OF_SECURITY', sessions: 1, minutes: 60 })]));
  });

  it('does not flag two communities meeting at the same time, since nobody is meant for both', async () => {
    const { cohortId, faculty } = await givenCourse();
    const [north, south] = [await givenMember(app, admin, cohortId, 'FACILITATOR'), await givenMember(app, admin, cohortId, 'FACILITATOR')];
    const [ana, ben] = [await givenMember(app, admin, cohortId, 'PARTICIPANT'), await givenMember(app, admin, cohortId, 'PARTICIPANT')];
    const northGroup = await givenCommunity(app, admin, cohortId, [north.id], [ana.id], 'North');
    const southGroup = await givenCommunity(app, admin, cohortId, [south.id], [ben.id], 'South');
    const meeting = { kind: 'COMMUNITY_OF_PRACTICE', startsAt: '2026-03-04T19:00:00Z', durationMinutes: 60, ceEligible: false };
    const northMeeting = await givenSession(app, north.token, cohortId, { ...meeting, communityId: northGroup });
    await givenSession(app, south.token, cohortId, { ...meeting, communityId: southGroup });
    const { session } = await app.ok(`query($id: ID!) { session(id: $id) { overlaps { id } } }`, { id: northMeeting }, faculty.token);
    expect(session.overlaps).toEqual([]);
  });

  it('lets the leader of a Circle of Security group record its attendance, and no other facilitator', async () => {
    const { cohortId, faculty, participant } = await givenCourse();
    const leader = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const other = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const group = await givenSession(app, faculty.token, cohortId, {
      kind: 'CIRCLE_OF_SECURITY', startsAt: '2026-03-05T18:00:00Z', durationMinutes: 90, ceEligible: false, leaderId: leader.id,
    });
    expect(errorCode(await recordAttendance(app, other.token, { sessionId: group, userId: participant.id, status: 'PRESENT' }))).toBe('FORBIDDEN');
    await record(leader.token, group, participant.id, 'PRESENT');
    expect(await countRows(app, 'attendance', 'session_id = $1', [group])).toBe(1);
  });

  it('lets a facilitator hold whole-group reflective practice in a cohort without communities, and record it', async () => {
    const { cohortId, participant } = await givenCourse();
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const session = await givenSession(app, facilitator.token, cohortId, {
      kind: 'REFLECTIVE_PRACTICE', startsAt: '2026-03-06T18:00:00Z', durationMinutes: 60, ceEligible: false,
    });
    await record(facilitator.token, session, participant.id, 'PRESENT');
    const { lines } = await transcriptOf(cohortId, participant.token);
    expect(lines).toContainEqual(expect.objectContaining({ category: 'REFLECTIVE_PRACTICE', sessions: 1, minutes: 60 }));
  });

  it('moves a session made optional out of contact hours, and keeps optional and leader changes to faculty', async () => {
    const { cohortId, faculty, participant } = await givenCourse();
    const leader = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const session = await seminarAt(faculty, cohortId, '2026-03-03T17:00:00Z', { leaderId: leader.id });
    await record(faculty.token, session, participant.id, 'PRESENT');
    expect(errorCode(await updateSessionRequest(app, leader.token, { sessionId: session, optional: true }))).toBe('FORBIDDEN');
    const changed = await app.ok(
      `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { optional modality location joinUrl leader { id } } }`,
      { input: { sessionId: session, optional: true, modality: 'HYBRID', location: 'Room 2', joinUrl: 'https://meet.example.org/s', leaderId: null } },
      faculty.token,
    );
    expect(changed.updateSession).toEqual({ optional: true, modality: 'HYBRID', location: 'Room 2', joinUrl: 'https://meet.example.org/s', leader: null });
    expect(await transcriptOf(cohortId, participant.token)).toMatchObject({ contactMinutes: 0, optionalMinutes: 150 });
    const stranger = await givenMember(app, admin, (await givenCohort(app, admin)).cohortId, 'FACULTY');
    const refused = await updateSessionRequest(app, faculty.token, { sessionId: session, leaderId: stranger.id });
    expect(refused.errors?.[0].extensions?.fields).toEqual(['leaderId']);
  });

  it('serves the transcript as PDF to whoever may read it, signed in the same way', async () => {
    const { cohortId, faculty, participant } = await givenCourse();
    await record(faculty.token, await seminarAt(faculty, cohortId, '2026-03-03T17:00:00Z'), participant.id, 'PRESENT');
    const { pdfUrl } = await transcriptOf(cohortId, participant.token);
    const path = `/cohorts/${cohortId}/transcripts/${participant.id}.pdf`;
    expect(pdfUrl.endsWith(path)).toBe(true);
    const get = (token?: string) => fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const own = await get(participant.token);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(faculty.token)).status).toBe(200);
    expect((await get()).status).toBe(401);
    const classmate = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    expect((await get(classmate.token)).status).toBe(403);
  });
});
