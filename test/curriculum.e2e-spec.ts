import {
  cancelSessionRequest,
  countRows,
  errorCode,
  FUTURE,
  givenCohort,
  givenCommunity,
  givenMember,
  givenModule,
  givenSession,
  givenSessionNote,
  givenTwoCommunities,
  givenUser,
  LATER_PAST,
  PAST,
  recordAttendance,
  scheduleSessionRequest,
  SESSION_FIELDS,
  SignedIn,
  updateSessionRequest,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('curriculum: modules and sessions', () => {
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
  let otherCommunityId: string;

  beforeAll(async () => {
    app = await startTestApp();
    ({ admin, cohortId, faculty, facilitator, otherFacilitator, ana, ben, cleo, north: communityId, south: otherCommunityId } = await givenTwoCommunities(app));
  });

  afterAll(() => app.stop());

  it('lets faculty build modules and schedule sessions that the cohort lists in order', async () => {
    const second = await givenModule(app, faculty.token, cohortId, 'Relationship-based consultation', 2);
    const first = await givenModule(app, faculty.token, cohortId, 'Foundations', 1);
    const later = await givenSession(app, faculty.token, cohortId, { startsAt: LATER_PAST, moduleId: second, title: 'Seminar 2' });
    const earlier = await givenSession(app, faculty.token, cohortId, { startsAt: PAST, moduleId: first, title: 'Seminar 1' });

    const { cohort } = await app.ok(
      `query($id: ID!) { cohort(id: $id) { modules { id title position } sessions { ${SESSION_FIELDS} } } }`,
      { id: cohortId },
      ana.token,
    );
    expect(cohort.modules.map((m: { id: string }) => m.id)).toEqual([first, second]);
    const seminars = cohort.sessions.filter((s: { kind: string }) => s.kind === 'FACULTY_SEMINAR');
    expect(seminars.map((s: { id: string }) => s.id)).toEqual([earlier, later]);
    expect(seminars[0]).toMatchObject({ durationMinutes: 150, ceEligible: true, module: { id: first }, leader: { id: faculty.id } });
  });

  it('refuses a duration of 0 or over 720 minutes, naming the field, and writes nothing', async () => {
    const before = await countRows(app, 'session');
    for (const durationMinutes of [0, -5, 721]) {
      const result = await scheduleSessionRequest(app, faculty.token, cohortId, { durationMinutes });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['durationMinutes']);
    }
    expect(await countRows(app, 'session')).toBe(before);
  });

  it('refuses a start outside the cohort dates', async () => {
    const before = await countRows(app, 'session');
    for (const startsAt of ['2025-12-20T17:00:00Z', '2027-01-10T17:00:00Z']) {
      const result = await scheduleSessionRequest(app, faculty.token, cohortId, { startsAt });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['startsAt']);
    }
    expect(await countRows(app, 'session')).toBe(before);
  });

  it('refuses a module or a community of another cohort', async () => {
    const other = await givenCohort(app, admin);
    const foreignModule = await givenModule(app, admin.token, other.cohortId);
    const foreignCommunity = await givenCommunity(app, admin, other.cohortId, [], []);
    const before = await countRows(app, 'session');

    const withModule = await scheduleSessionRequest(app, faculty.token, cohortId, { moduleId: foreignModule });
    expect(errorCode(withModule)).toBe('BAD_USER_INPUT');
    expect(withModule.errors![0].extensions!.fields).toEqual(['moduleId']);

    const withCommunity = await scheduleSessionRequest(app, faculty.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: foreignCommunity });
    expect(errorCode(withCommunity)).toBe('BAD_USER_INPUT');
    expect(withCommunity.errors![0].extensions!.fields).toEqual(['communityId']);
    expect(await countRows(app, 'session')).toBe(before);
  });

  it('lets a facilitator schedule reflective practice for members of their community and their community meetings only', async () => {
    const practice = await scheduleSessionRequest(app, facilitator.token, cohortId, {
      kind: 'REFLECTIVE_PRACTICE', title: 'Reflective practice', durationMinutes: 60, ceEligible: false, participantIds: [ana.id],
    });
    expect(practice.errors).toBeUndefined();
    expect(practice.data.scheduleSession).toMatchObject({ leader: { id: facilitator.id }, invitees: [{ id: ana.id }] });

    const meeting = await scheduleSessionRequest(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60, ceEligible: false });
    expect(meeting.errors).toBeUndefined();

    const before = await countRows(app, 'session');
    const otherGroup = await scheduleSessionRequest(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: otherCommunityId });
    expect(errorCode(otherGroup)).toBe('FORBIDDEN');
    const seminar = await scheduleSessionRequest(app, facilitator.token, cohortId, {});
    expect(errorCode(seminar)).toBe('FORBIDDEN');
    const outsider = await scheduleSessionRequest(app, facilitator.token, cohortId, { kind: 'REFLECTIVE_PRACTICE', participantIds: [cleo.id], ceEligible: false });
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
    expect(outsider.errors![0].extensions!.fields).toEqual(['participantIds']);
    const participant = await scheduleSessionRequest(app, ana.token, cohortId, {});
    expect(errorCode(participant)).toBe('FORBIDDEN');
    expect(await countRows(app, 'session')).toBe(before);
  });

  it('shows each person only the sessions meant for them', async () => {
    const northMeeting = await givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, title: 'North meeting' });
    const southMeeting = await givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: otherCommunityId, title: 'South meeting' });
    const query = `query($id: ID!) { cohort(id: $id) { sessions { id } } }`;
    const idsFor = async (person: SignedIn) =>
      (await app.ok(query, { id: cohortId }, person.token)).cohort.sessions.map((s: { id: string }) => s.id);

    expect(await idsFor(faculty)).toEqual(expect.arrayContaining([northMeeting, southMeeting]));
    expect(await idsFor(facilitator)).toContain(northMeeting);
    expect(await idsFor(facilitator)).not.toContain(southMeeting);
    expect(await idsFor(ana)).toContain(northMeeting);
    expect(await idsFor(ana)).not.toContain(southMeeting);
    // Ana is in the cohort, so the session is not hidden from her, only closed.
    expect(errorCode(await app.gql(`query($id: ID!) { session(id: $id) { id } }`, { id: southMeeting }, ana.token))).toBe('FORBIDDEN');
  });

  it('lists my schedule: cohort-wide sessions, my community and my invitations, not cancelled ones, in start order', async () => {
    const { cohortId: freshCohort } = await givenCohort(app, admin);
    const dana = await givenMember(app, admin, freshCohort, 'PARTICIPANT');
    const eli = await givenMember(app, admin, freshCohort, 'PARTICIPANT');
    const group = await givenCommunity(app, admin, freshCohort, [], [dana.id]);
    const seminar = await givenSession(app, admin.token, freshCohort, { startsAt: LATER_PAST });
    const meeting = await givenSession(app, admin.token, freshCohort, { kind: 'COMMUNITY_OF_PRACTICE', communityId: group, startsAt: PAST });
    const invited = await givenSession(app, admin.token, freshCohort, { kind: 'REFLECTIVE_PRACTICE', participantIds: [dana.id], startsAt: FUTURE });
    const notInvited = await givenSession(app, admin.token, freshCohort, { kind: 'REFLECTIVE_PRACTICE', participantIds: [eli.id] });
    const cancelled = await givenSession(app, admin.token, freshCohort, {});
    await app.ok(`mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: cancelled }, admin.token);

    const { mySchedule } = await app.ok(`query($id: ID!) { mySchedule(cohortId: $id) { id } }`, { id: freshCohort }, dana.token);
    expect(mySchedule.map((s: { id: string }) => s.id)).toEqual([meeting, seminar, invited]);
    expect(mySchedule.map((s: { id: string }) => s.id)).not.toContain(notInvited);
  });

  it('tells someone outside the cohort that it and its sessions do not exist, and changes nothing', async () => {
    const outsider = await givenUser(app, admin);
    const sessionId = await givenSession(app, faculty.token, cohortId, { title: 'Not for outsiders' });
    const sessions = await countRows(app, 'session');
    expect(errorCode(await updateSessionRequest(app, outsider.token, { sessionId, title: 'Taken over' }))).toBe('NOT_FOUND');
    expect(errorCode(await cancelSessionRequest(app, outsider.token, sessionId))).toBe('NOT_FOUND');
    expect(errorCode(await scheduleSessionRequest(app, outsider.token, cohortId))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(`query($id: ID!) { mySchedule(cohortId: $id) { id } }`, { id: cohortId }, outsider.token))).toBe('NOT_FOUND');
    const { rows } = await app.db.query('SELECT title, cancelled_at FROM session WHERE id = $1', [sessionId]);
    expect(rows).toEqual([{ title: 'Not for outsiders', cancelled_at: null }]);
    expect(await countRows(app, 'session')).toBe(sessions);
  });

  it('updates a session and keeps the change in the audit trail', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId);
    const { updateSession } = await app.ok(
      `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id title durationMinutes startsAt } }`,
      { input: { sessionId, title: 'Renamed seminar', durationMinutes: 120 } },
      faculty.token,
    );
    expect(updateSession).toMatchObject({ title: 'Renamed seminar', durationMinutes: 120 });
    const { rows } = await app.db.query(`SELECT actor_id, before, after FROM audit_event WHERE entity_id = $1 AND action = 'session.updated'`, [sessionId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: faculty.id, before: { durationMinutes: 150 }, after: { durationMinutes: 120 } });

    const tooLong = await app.gql(
      `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
      { input: { sessionId, durationMinutes: 800 } },
      faculty.token,
    );
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    const byParticipant = await app.gql(
      `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
      { input: { sessionId, title: 'Hijacked' } },
      ana.token,
    );
    expect(errorCode(byParticipant)).toBe('FORBIDDEN');
    const { rows: [stored] } = await app.db.query('SELECT title, duration_minutes FROM session WHERE id = $1', [sessionId]);
    expect(stored).toEqual({ title: 'Renamed seminar', duration_minutes: 120 });
  });

  it('refuses to shorten a session below the minutes already recorded', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId);
    expect((await recordAttendance(app, faculty.token, { sessionId, userId: ana.id, status: 'PRESENT' })).errors).toBeUndefined();
    const result = await app.gql(
      `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
      { input: { sessionId, durationMinutes: 60 } },
      faculty.token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['durationMinutes']);
  });

  it('cancels a session: it stays listed with cancelledAt and refuses attendance', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId);
    const { cancelSession } = await app.ok(`mutation($id: ID!) { cancelSession(sessionId: $id) { id cancelledAt } }`, { id: sessionId }, faculty.token);
    expect(cancelSession.cancelledAt).toEqual(expect.any(String));
    const result = await recordAttendance(app, faculty.token, { sessionId, userId: ana.id, status: 'PRESENT' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['sessionId']);
    expect(await countRows(app, 'attendance', 'session_id = $1', [sessionId])).toBe(0);
  });

  it("shows a facilitator their own groups' sessions in full, of a seminar only their members' attendance, and nothing of another group's reflective practice", async () => {
    const seminar = await givenSession(app, faculty.token, cohortId, { title: 'Seminar seen by facilitators' });
    for (const person of [ana, cleo]) await recordAttendance(app, faculty.token, { sessionId: seminar, userId: person.id, status: 'PRESENT' });
    await givenSessionNote(app, faculty.token, seminar);
    const ownPractice = await givenSession(app, facilitator.token, cohortId, { kind: 'REFLECTIVE_PRACTICE', participantIds: [ana.id], ceEligible: false });
    const otherPractice = await givenSession(app, otherFacilitator.token, cohortId, { kind: 'REFLECTIVE_PRACTICE', participantIds: [cleo.id], ceEligible: false });
    await recordAttendance(app, otherFacilitator.token, { sessionId: otherPractice, userId: cleo.id, status: 'PRESENT' });
    await givenSessionNote(app, otherFacilitator.token, otherPractice);

    const details = `id attendance { user { id } } invitees { id } notes { id }`;
    const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { sessions { ${details} } } }`, { id: cohortId }, facilitator.token);
    const listed = new Map(cohort.sessions.map((s: { id: string }) => [s.id, s]));
    expect(listed.has(otherPractice)).toBe(false);
    expect(listed.get(seminar)).toEqual({ id: seminar, attendance: [{ user: { id: ana.id } }], invitees: [], notes: [] });
    expect(listed.get(ownPractice)).toMatchObject({ invitees: [{ id: ana.id }] });
    const seenAttendees = cohort.sessions.flatMap((s: { attendance: { user: { id: string } }[] }) => s.attendance.map((a) => a.user.id));
    expect(seenAttendees).not.toContain(cleo.id);

    expect(errorCode(await app.gql(`query($id: ID!) { session(id: $id) { ${details} } }`, { id: otherPractice }, facilitator.token))).toBe('FORBIDDEN');
    const notes = `query($id: ID!) { sessionNotes(sessionId: $id) { id } }`;
    expect(errorCode(await app.gql(notes, { id: otherPractice }, facilitator.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(notes, { id: seminar }, facilitator.token))).toBe('FORBIDDEN');
    const asOther = await app.ok(`query($id: ID!) { session(id: $id) { ${details} } }`, { id: seminar }, otherFacilitator.token);
    expect(asOther.session.attendance).toEqual([{ user: { id: cleo.id } }]);
    const asFaculty = await app.ok(`query($id: ID!) { session(id: $id) { ${details} } }`, { id: otherPractice }, faculty.token);
    expect(asFaculty.session).toMatchObject({ attendance: [{ user: { id: cleo.id } }], invitees: [{ id: cleo.id }], notes: [{ id: expect.any(String) }] });
  });

  it('lets only admins and faculty make a session CE-eligible or change its eligibility', async () => {
    const sessions = await countRows(app, 'session');
    const audits = await countRows(app, 'audit_event');
    const eligibleMeeting = await scheduleSessionRequest(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, ceEligible: true });
    expect(errorCode(eligibleMeeting)).toBe('FORBIDDEN');
    const eligiblePractice = await scheduleSessionRequest(app, facilitator.token, cohortId, { kind: 'REFLECTIVE_PRACTICE', participantIds: [ana.id], ceEligible: true });
    expect(errorCode(eligiblePractice)).toBe('FORBIDDEN');
    expect(await countRows(app, 'session')).toBe(sessions);
    expect(await countRows(app, 'audit_event')).toBe(audits);

    const own = await givenSession(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, ceEligible: false });
    expect(errorCode(await updateSessionRequest(app, facilitator.token, { sessionId: own, ceEligible: true }))).toBe('FORBIDDEN');
    expect((await updateSessionRequest(app, facilitator.token, { sessionId: own, ceEligible: false, title: 'Renamed meeting' })).errors).toBeUndefined();
    const byAdmin = await givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, ceEligible: true });
    expect(errorCode(await updateSessionRequest(app, facilitator.token, { sessionId: byAdmin, ceEligible: false, title: 'Not CE any more' }))).toBe('FORBIDDEN');
    const echoed = await updateSessionRequest(app, facilitator.token, { sessionId: byAdmin, ceEligible: true, durationMinutes: 75 });
    expect(echoed.errors).toBeUndefined();
    const { rows } = await app.db.query('SELECT id, title, ce_eligible FROM session WHERE id = ANY($1) ORDER BY created_at', [[own, byAdmin]]);
    expect(rows).toEqual([
      { id: own, title: 'Renamed meeting', ce_eligible: false },
      { id: byAdmin, title: 'Monthly faculty seminar', ce_eligible: true },
    ]);
    expect(echoed.data.updateSession.ceEligible).toBe(true);
    expect((await updateSessionRequest(app, faculty.token, { sessionId: own, ceEligible: true })).data.updateSession.ceEligible).toBe(true);
  });

  it('refuses to cancel a session with attendance recorded, writing nothing', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId);
    await recordAttendance(app, faculty.token, { sessionId, userId: ana.id, status: 'PRESENT' });
    const result = await cancelSessionRequest(app, faculty.token, sessionId);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['sessionId']);
    expect(result.errors![0].message).toMatch(/attendance/);
    const { rows } = await app.db.query('SELECT cancelled_at FROM session WHERE id = $1', [sessionId]);
    expect(rows).toEqual([{ cancelled_at: null }]);
    expect(await countRows(app, 'audit_event', "entity_id = $1 AND action = 'session.cancelled'", [sessionId])).toBe(0);
  });

  it('refuses null for a field a session cannot do without, naming it, and changes nothing', async () => {
    const sessionId = await givenSession(app, faculty.token, cohortId, { title: 'Kept as is' });
    for (const field of ['title', 'startsAt', 'durationMinutes', 'ceEligible']) {
      const result = await updateSessionRequest(app, faculty.token, { sessionId, [field]: null });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
    }
    const { rows } = await app.db.query('SELECT title, starts_at, duration_minutes, ce_eligible FROM session WHERE id = $1', [sessionId]);
    expect(rows).toEqual([{ title: 'Kept as is', starts_at: new Date(PAST), duration_minutes: 150, ce_eligible: true }]);
    expect(await countRows(app, 'audit_event', "entity_id = $1 AND action = 'session.updated'", [sessionId])).toBe(0);

    const detached = await updateSessionRequest(app, faculty.token, { sessionId, moduleId: null });
    expect(detached.errors).toBeUndefined();
  });

  it('audits a scheduled session in its transaction, and nothing when refused', async () => {
    const practice = await givenSession(app, facilitator.token, cohortId, { kind: 'REFLECTIVE_PRACTICE', participantIds: [ana.id, ben.id], ceEligible: false, durationMinutes: 60 });
    const { rows } = await app.db.query(`SELECT actor_id, cohort_id, before, after FROM audit_event WHERE entity_id = $1 AND action = 'session.scheduled'`, [practice]);
    expect(rows).toEqual([{
      actor_id: facilitator.id,
      cohort_id: cohortId,
      before: null,
      after: expect.objectContaining({
        kind: 'REFLECTIVE_PRACTICE', leaderId: facilitator.id, participantIds: [ana.id, ben.id], durationMinutes: 60, ceEligible: false, cancelledAt: null,
      }),
    }]);

    const audits = await countRows(app, 'audit_event', "action = 'session.scheduled'");
    const refused = await scheduleSessionRequest(app, faculty.token, cohortId, { leaderId: ana.id });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual(['leaderId']);
    expect(await countRows(app, 'audit_event', "action = 'session.scheduled'")).toBe(audits);
  });
});
