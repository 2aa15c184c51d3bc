import {
  auditRows,
  countRows,
  enroll,
  enrollmentIdOf,
  ENROLLMENT_FIELDS,
  errorCode,
  givenAssignment,
  givenCohort,
  givenMember,
  givenModule,
  givenSession,
  givenUser,
  logPracticum,
  recordAttendance,
  REMOVE_ENROLLMENT,
  signInAdmin,
  SignedIn,
  SUBMIT,
  UPDATE_COHORT,
  withdrawRequest,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const MEMBERS = `query($id: ID!) { cohort(id: $id) { members { ${ENROLLMENT_FIELDS} } } }`;
const SCHEDULE = `query($cohortId: ID!) { mySchedule(cohortId: $cohortId) { id } }`;
const COHORT_PROGRESS = `query($cohortId: ID!) { cohortProgress(cohortId: $cohortId) { user { id } withdrawnOn } }`;

describe('enrolment over time', () => {
  let app: TestApp;
  let admin: SignedIn;

  const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.fields;
  const enrollRequest = (cohortId: string, userId: string, role = 'PARTICIPANT') =>
    app.gql(`mutation($input: EnrollInput!) { enroll(input: $input) { ${ENROLLMENT_FIELDS} } }`, { input: { cohortId, userId, role } }, admin.token);
  const updateCohort = (input: Record<string, unknown>) => app.gql(UPDATE_COHORT, { input }, admin.token);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app.stop());

  describe('a participant who withdraws in February', () => {
    let cohortId: string;
    let faculty: SignedIn;
    let ana: SignedIn;
    let ben: SignedIn;
    let january: string;
    let march: string;
    let anaEnrollment: string;

    beforeAll(async () => {
      ({ cohortId } = await givenCohort(app, admin, { capacity: 2 }));
      faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Withdrawn' });
      ben = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ben Staying' });
      january = await givenSession(app, admin.token, cohortId, { title: 'January seminar', startsAt: '2026-01-20T17:00:00Z' });
      march = await givenSession(app, admin.token, cohortId, { title: 'March seminar', startsAt: '2026-03-10T17:00:00Z' });
      expect((await recordAttendance(app, faculty.token, { sessionId: january, userId: ana.id, status: 'PRESENT', minutesAttended: 150 })).errors).toBeUndefined();
      anaEnrollment = await enrollmentIdOf(app, cohortId, ana.id);
    });

    it('keeps her seat until she withdraws, then gives it to a replacement', async () => {
      const replacement = await givenUser(app, admin, { fullName: 'Rosa Replacement' });
      const refused = await enrollRequest(cohortId, replacement.id);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toContain('the cohort is full');

      const withdrawn = await withdrawRequest(app, admin.token, { enrollmentId: anaEnrollment, effectiveOn: '2026-02-16', reason: 'Took a new position out of state' });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data.withdraw).toMatchObject({
        id: anaEnrollment, status: 'WITHDRAWN', withdrawnOn: '2026-02-16', withdrawalReason: 'Took a new position out of state', user: { id: ana.id },
      });
      expect(await auditRows(app, 'enrollment.withdrawn', anaEnrollment)).toEqual([
        { before: { status: 'ACTIVE' }, after: { status: 'WITHDRAWN', withdrawnOn: '2026-02-16', withdrawalReason: 'Took a new position out of state' } },
      ]);

      const enrolled = await enrollRequest(cohortId, replacement.id);
      expect(enrolled.errors).toBeUndefined();
      expect(enrolled.data.enroll).toMatchObject({ status: 'ACTIVE', withdrawnOn: null, user: { id: replacement.id } });
    });

    it('shows the withdrawal to staff with its reason, and to the participant without it', async () => {
      const { cohort } = await app.ok(MEMBERS, { id: cohortId }, faculty.token);
      expect(cohort.members.find((member: { user: { id: string } }) => member.user.id === ana.id)).toMatchObject({
        status: 'WITHDRAWN', withdrawnOn: '2026-02-16', withdrawalReason: 'Took a new position out of state',
      });
      const own = await app.ok(`{ myCohorts { id status withdrawnOn withdrawalReason } }`, {}, ana.token);
      expect(own.myCohorts).toEqual([{ id: anaEnrollment, status: 'WITHDRAWN', withdrawnOn: '2026-02-16', withdrawalReason: null }]);
    });

    it('expects her at no session from the withdrawal, and keeps what was recorded before it', async () => {
      const { mySchedule } = await app.ok(SCHEDULE, { cohortId }, ana.token);
      expect(mySchedule).toEqual([{ id: january }]);
      const later = await recordAttendance(app, faculty.token, { sessionId: march, userId: ana.id, status: 'PRESENT', minutesAttended: 150 });
      expect(errorCode(later)).toBe('BAD_USER_INPUT');
      const correction = await recordAttendance(app, faculty.token, { sessionId: january, userId: ana.id, status: 'PRESENT', minutesAttended: 140 });
      expect(correction.errors).toBeUndefined();
      const summary = await app.ok(`query($cohortId: ID!) { attendanceSummary(cohortId: $cohortId) { totalMinutes } }`, { cohortId }, ana.token);
      expect(summary.attendanceSummary.totalMinutes).toBe(140);
    });

    it('lists her in progress marked as withdrawn, beside those still taking part', async () => {
      const { cohortProgress } = await app.ok(COHORT_PROGRESS, { cohortId }, faculty.token);
      const byId = Object.fromEntries(cohortProgress.map((row: { user: { id: string }; withdrawnOn: string | null }) => [row.user.id, row.withdrawnOn]));
      expect(byId[ana.id]).toBe('2026-02-16');
      expect(byId[ben.id]).toBeNull();
    });

    it('refuses her new journals and practicum entries, with the reason', async () => {
      const moduleId = await givenModule(app, faculty.token, cohortId);
      const assignmentId = await givenAssignment(app, faculty, moduleId);
      const submitted = await app.gql(SUBMIT, { input: { assignmentId, body: 'A late reflection.' } }, ana.token);
      expect(errorCode(submitted)).toBe('FORBIDDEN');
      expect(submitted.errors![0].message).toContain('withdrawn');
      expect(await countRows(app, 'journal_submission', 'participant_id = $1', [ana.id])).toBe(0);
      expect((await app.gql(SUBMIT, { input: { assignmentId, body: 'Still taking part.' } }, ben.token)).errors).toBeUndefined();

      const placement = await app.gql(`mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`, {
        input: { cohortId, providerCode: 'FCC-0999', settingType: 'CENTER' },
      }, ana.token);
      expect(errorCode(placement)).toBe('FORBIDDEN');
      expect(await countRows(app, 'practicum_placement', 'participant_id = $1', [ana.id])).toBe(0);
      // A placement she added while still taking part takes no new time either.
      const { rows } = await app.db.query(
        `INSERT INTO practicum_placement (cohort_id, participant_id, provider_code, setting_type) VALUES ($1, $2, 'FCC-0998', 'CENTER') RETURNING id`,
        [cohortId, ana.id],
      );
      const logged = await logPracticum(app, ana, rows[0].id);
      expect(errorCode(logged)).toBe('FORBIDDEN');
      expect(await countRows(app, 'practicum_log_entry', 'participant_id = $1', [ana.id])).toBe(0);
    });

    it('refuses withdrawing twice, or from a day outside her enrolment, writing nothing', async () => {
      const audited = await countRows(app, 'audit_event');
      const twice = await withdrawRequest(app, admin.token, { enrollmentId: anaEnrollment, effectiveOn: '2026-03-01' });
      expect(errorCode(twice)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(twice)).toEqual(['enrollmentId']);

      const benEnrollment = await enrollmentIdOf(app, cohortId, ben.id);
      const early = await withdrawRequest(app, admin.token, { enrollmentId: benEnrollment, effectiveOn: '2025-11-30' });
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(early)).toEqual(['effectiveOn']);
      const late = await withdrawRequest(app, admin.token, { enrollmentId: benEnrollment, effectiveOn: '2027-01-04' });
      expect(fieldsOf(late)).toEqual(['effectiveOn']);
      const notADay = await withdrawRequest(app, admin.token, { enrollmentId: benEnrollment, effectiveOn: '2026-02-30' });
      expect(errorCode(notADay)).toBe('BAD_USER_INPUT');
      const blank = await withdrawRequest(app, admin.token, { enrollmentId: benEnrollment, effectiveOn: '2026-03-01', reason: '   ' });
      expect(fieldsOf(blank)).toEqual(['reason']);

      expect(await countRows(app, 'audit_event')).toBe(audited);
      expect(await countRows(app, 'enrollment', "cohort_id = $1 AND status = 'WITHDRAWN'", [cohortId])).toBe(1);
      const { rows } = await app.db.query(`SELECT withdrawn_on::text FROM enrollment WHERE id = $1`, [anaEnrollment]);
      expect(rows[0].withdrawn_on).toBe('2026-02-16');
    });

    it('answers CONFLICT to enrolling someone already enrolled in that role, even when the cohort is full', async () => {
      const result = await enrollRequest(cohortId, ben.id);
      expect(errorCode(result)).toBe('CONFLICT');
    });
  });

  it('gives a withdrawn participant enrolled again her own enrolment back, records and all', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const dora = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const enrollmentId = await enrollmentIdOf(app, cohortId, dora.id);
    await app.ok(`mutation($input: WithdrawInput!) { withdraw(input: $input) { id } }`, { input: { enrollmentId, effectiveOn: '2026-04-01', reason: 'Leave of absence' } }, admin.token);

    const again = await enrollRequest(cohortId, dora.id);
    expect(again.errors).toBeUndefined();
    expect(again.data.enroll).toMatchObject({ id: enrollmentId, status: 'ACTIVE', withdrawnOn: null, withdrawalReason: null });
    expect(await auditRows(app, 'enrollment.reactivated', enrollmentId)).toEqual([
      { before: { status: 'WITHDRAWN', withdrawnOn: '2026-04-01', withdrawalReason: 'Leave of absence' }, after: { status: 'ACTIVE' } },
    ]);
  });

  describe('removing an enrolment made by mistake', () => {
    it('removes one with nothing recorded for it, audited', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const mistaken = await givenMember(app, admin, cohortId, 'FACULTY');
      const enrollmentId = await enrollmentIdOf(app, cohortId, mistaken.id, 'FACULTY');
      const removed = await app.gql(REMOVE_ENROLLMENT, { id: enrollmentId }, admin.token);
      expect(removed.errors).toBeUndefined();
      expect(removed.data.removeEnrollment).toBe(true);
      expect(await countRows(app, 'enrollment', 'id = $1', [enrollmentId])).toBe(0);
      expect(await auditRows(app, 'enrollment.removed', enrollmentId)).toEqual([
        { before: expect.objectContaining({ userId: mistaken.id, role: 'FACULTY', status: 'ACTIVE' }), after: null },
      ]);
      // The grading powers went with it.
      const cohort = await app.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohortId }, mistaken.token);
      expect(errorCode(cohort)).toBe('NOT_FOUND');
    });

    it('answers CONFLICT naming what was recorded, for staff and participants, and removes nothing', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const sessionId = await givenSession(app, admin.token, cohortId, { leaderId: faculty.id });
      await app.ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        { input: { sessionId, userId: participant.id, status: 'PRESENT', minutesAttended: 150 } }, faculty.token);

      const staff = await app.gql(REMOVE_ENROLLMENT, { id: await enrollmentIdOf(app, cohortId, faculty.id, 'FACULTY') }, admin.token);
      expect(errorCode(staff)).toBe('CONFLICT');
      expect(staff.errors![0].message).toContain('attendance, sessions led');
      const own = await app.gql(REMOVE_ENROLLMENT, { id: await enrollmentIdOf(app, cohortId, participant.id) }, admin.token);
      expect(errorCode(own)).toBe('CONFLICT');
      expect(own.errors![0].message).toContain('attendance');
      expect(own.errors![0].message).toContain('withdraw the participant instead');
      expect(await countRows(app, 'enrollment', 'cohort_id = $1', [cohortId])).toBe(2);
    });
  });

  describe('updateCohort', () => {
    let cohortId: string;

    beforeAll(async () => {
      ({ cohortId } = await givenCohort(app, admin, { capacity: 3 }));
      await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const leaving = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      await givenMember(app, admin, cohortId, 'PARTICIPANT');
      await app.ok(`mutation($input: WithdrawInput!) { withdraw(input: $input) { id } }`,
        { input: { enrollmentId: await enrollmentIdOf(app, cohortId, leaving.id), effectiveOn: '2026-02-01', reason: 'Family reasons' } }, admin.token);
      await givenSession(app, admin.token, cohortId, { title: 'Closing seminar', startsAt: '2026-11-10T17:00:00Z' });
    });

    it('changes the fields given, audited with their values before and after', async () => {
      const result = await updateCohort({ cohortId, name: '  Spring cohort  ', capacity: 2, minimumAttendancePercent: 75, startsOn: '2026-01-05' });
      expect(result.errors).toBeUndefined();
      expect(result.data.updateCohort).toMatchObject({ name: 'Spring cohort', capacity: 2, minimumAttendancePercent: 75, startsOn: '2026-01-05' });
      expect(await auditRows(app, 'cohort.updated', cohortId)).toEqual([
        { before: { name: 'Test cohort', capacity: 3, minimumAttendancePercent: 80 }, after: { name: 'Spring cohort', capacity: 2, minimumAttendancePercent: 75 } },
      ]);
    });

    it('refuses dates out of order, too few seats, a session outside the dates or an unknown zone, writing nothing', async () => {
      const audited = await countRows(app, 'audit_event');
      const reversed = await updateCohort({ cohortId, endsOn: '2026-01-01' });
      expect(fieldsOf(reversed)).toEqual(['endsOn']);
      const seats = await updateCohort({ cohortId, capacity: 1 });
      expect(errorCode(seats)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(seats)).toEqual(['capacity']);
      expect(seats.errors![0].message).toContain('2 participants');
      const session = await updateCohort({ cohortId, endsOn: '2026-10-31' });
      expect(fieldsOf(session)).toEqual(['endsOn']);
      expect(session.errors![0].message).toContain('"Closing seminar" on 2026-11-10');
      const zone = await updateCohort({ cohortId, timeZone: 'Mars/Olympus_Mons' });
      expect(fieldsOf(zone)).toEqual(['timeZone']);
      const percent = await updateCohort({ cohortId, minimumAttendancePercent: 101 });
      expect(fieldsOf(percent)).toEqual(['minimumAttendancePercent']);
      const nulled = await updateCohort({ cohortId, name: null });
      expect(fieldsOf(nulled)).toEqual(['name']);

      expect(await countRows(app, 'audit_event')).toBe(audited);
      const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { endsOn capacity timeZone } }`, { id: cohortId }, admin.token);
      expect(cohort).toEqual({ endsOn: '2026-12-18', capacity: 2, timeZone: 'UTC' });
    });
  });

  it('lets nobody but an admin change enrolments', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const participant = await givenUser(app, admin);
    const enrollmentId = await enroll(app, admin, cohortId, participant.id, 'PARTICIPANT');
    expect(errorCode(await withdrawRequest(app, faculty.token, { enrollmentId, effectiveOn: '2026-03-01' }))).toBe('FORBIDDEN');
    expect(await countRows(app, 'enrollment', "id = $1 AND status = 'ACTIVE'", [enrollmentId])).toBe(1);
  });
});
