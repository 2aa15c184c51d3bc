import { countRows, errorCode, givenCommunity, givenMember, givenUser, SignedIn, signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id timeZone } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id timeZone minimumAttendancePercent } }`;
const SCHEDULE_SESSIONS = `mutation($input: ScheduleSessionsInput!) {
  scheduleSessions(input: $input) { id startsAt localStart timeZone optional modality location joinUrl leader { id fullName } }
}`;

/** The statewide program's nine monthly seminars, across the end and start of daylight saving time. */
const STATEWIDE_DATES = ['2026-09-17', '2026-10-15', '2026-11-19', '2026-12-17', '2027-01-21', '2027-02-18', '2027-03-18', '2027-04-15', '2027-05-20'];

describe('time zones and schedules', () => {
  let app: TestApp;
  let admin: SignedIn;
  let programId: string;
  let cohortId: string;
  let faculty: SignedIn;

  const series = (input: Record<string, unknown>, token = admin.token) =>
    app.gql(SCHEDULE_SESSIONS, { input: { cohortId, kind: 'FACULTY_SEMINAR', title: 'Seminar', durationMinutes: 120, ceEligible: true, startTime: '09:00', ...input } }, token);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name: 'Statewide IECMHC', timeZone: 'America/Los_Angeles' } }, admin.token);
    programId = createProgram.id;
    const { createCohort } = await app.ok(CREATE_COHORT, { input: { programId, name: '2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 30 } }, admin.token);
    cohortId = createCohort.id;
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Fran Faculty' });
  });

  afterAll(() => app?.stop());

  it('gives a program UTC unless it names a zone, and a cohort its program’s zone and 80% unless it names its own', async () => {
    const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name: 'Plain' } }, admin.token);
    expect(createProgram.timeZone).toBe('UTC');
    const cohort = await app.ok(CREATE_COHORT, { input: { programId, name: 'Default', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 5 } }, admin.token);
    expect(cohort.createCohort).toMatchObject({ timeZone: 'America/Los_Angeles', minimumAttendancePercent: 80 });
    const own = await app.ok(
      CREATE_COHORT,
      { input: { programId, name: 'Boston', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 5, timeZone: 'America/New_York', minimumAttendancePercent: 75 } },
      admin.token,
    );
    expect(own.createCohort).toMatchObject({ timeZone: 'America/New_York', minimumAttendancePercent: 75 });
    const read = await app.ok(
      `query($id: ID!, $programId: ID) {
        cohort(id: $id) { timeZone minimumAttendancePercent }
        cohorts(programId: $programId) { id timeZone }
        programs { id timeZone }
      }`,
      { id: own.createCohort.id, programId },
      admin.token,
    );
    expect(read.cohort).toEqual({ timeZone: 'America/New_York', minimumAttendancePercent: 75 });
    expect(read.cohorts).toContainEqual({ id: own.createCohort.id, timeZone: 'America/New_York' });
    expect(read.programs).toContainEqual({ id: programId, timeZone: 'America/Los_Angeles' });
    const { myCohorts } = await app.ok(`{ myCohorts { cohort { id timeZone } } }`, {}, faculty.token);
    expect(myCohorts).toContainEqual({ cohort: { id: cohortId, timeZone: 'America/Los_Angeles' } });
  });

  it.each([
    [CREATE_PROGRAM, () => ({ name: 'Nowhere', timeZone: 'Mars/Olympus' }), 'timeZone'],
    [CREATE_COHORT, () => ({ programId, name: 'X', startsOn: '2026-09-01', endsOn: '2026-10-01', capacity: 5, timeZone: 'Pacific Time' }), 'timeZone'],
    [CREATE_COHORT, () => ({ programId, name: 'X', startsOn: '2026-09-01', endsOn: '2026-10-01', capacity: 5, minimumAttendancePercent: 101 }), 'minimumAttendancePercent'],
    [CREATE_COHORT, () => ({ programId, name: 'X', startsOn: '2026-09-01', endsOn: '2026-10-01', capacity: 5, minimumAttendancePercent: 0 }), 'minimumAttendancePercent'],
  ])('refuses a bad zone or share, naming the field (%#)', async (mutation, input, field) => {
    const before = await countRows(app, 'cohort');
    const result = await app.gql(mutation, { input: input() }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([field]);
    expect(await countRows(app, 'cohort')).toBe(before);
  });

  it('schedules the statewide program’s nine dates at 09:00 Los Angeles time: 16:00Z on daylight dates, 17:00Z on standard ones', async () => {
    const result = await series({ dates: STATEWIDE_DATES, modality: 'ONLINE', joinUrl: 'https://meet.example.org/statewide' }, faculty.token);
    expect(result.errors).toBeUndefined();
    const sessions = result.data.scheduleSessions;
    expect(sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2026-09-17T16:00:00.000Z',
      '2026-10-15T16:00:00.000Z',
      '2026-11-19T17:00:00.000Z',
      '2026-12-17T17:00:00.000Z',
      '2027-01-21T17:00:00.000Z',
      '2027-02-18T17:00:00.000Z',
      '2027-03-18T16:00:00.000Z',
      '2027-04-15T16:00:00.000Z',
      '2027-05-20T16:00:00.000Z',
    ]);
    expect(sessions[1]).toMatchObject({
      localStart: '2026-10-15T09:00:00-07:00',
      timeZone: 'America/Los_Angeles',
      optional: false,
      modality: 'ONLINE',
      joinUrl: 'https://meet.example.org/statewide',
      leader: { id: faculty.id, fullName: 'Fran Faculty' },
    });
    expect(sessions[2].localStart).toBe('2026-11-19T09:00:00-08:00');
    const ids = sessions.map((s: { id: string }) => s.id);
    expect(await countRows(app, 'audit_event', `action = 'session.scheduled' AND entity_id = ANY ($1::uuid[])`, [ids])).toBe(9);
  });

  it('schedules a Boston cohort in New York time', async () => {
    const { createCohort } = await app.ok(
      CREATE_COHORT,
      { input: { programId, name: 'Boston cohort', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 20, timeZone: 'America/New_York' } },
      admin.token,
    );
    const leader = await givenMember(app, admin, createCohort.id, 'FACULTY');
    const result = await app.gql(
      SCHEDULE_SESSIONS,
      {
        input: {
          cohortId: createCohort.id, kind: 'REFLECTIVE_PRACTICE', title: 'Reflective practice', dates: ['2026-10-29', '2026-11-05'],
          startTime: '18:30', durationMinutes: 90, ceEligible: false, optional: true, modality: 'IN_PERSON', location: '1 Beacon St, Boston', leaderId: leader.id,
        },
      },
      admin.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.scheduleSessions).toMatchObject([
      { startsAt: '2026-10-29T22:30:00.000Z', localStart: '2026-10-29T18:30:00-04:00', timeZone: 'America/New_York', optional: true, location: '1 Beacon St, Boston' },
      { startsAt: '2026-11-05T23:30:00.000Z', localStart: '2026-11-05T18:30:00-05:00', leader: { id: leader.id } },
    ]);
  });

  it.each([
    ['startTime', { dates: ['2026-10-15'], startTime: '25:00' }],
    ['startTime', { dates: ['2026-10-15'], startTime: '9:00' }],
    ['startTime', { dates: ['2027-03-14'], startTime: '02:30' }],
    ['dates', { dates: [] }],
    ['dates', { dates: Array.from({ length: 101 }, (_v, day) => new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10)) }],
    ['dates', { dates: ['2026-10-15', '2027-07-01'] }],
    ['dates', { dates: ['2026-10-15', '2026-10-15'] }],
    ['modality', { dates: ['2026-10-15'], modality: 'CARRIER_PIGEON' }],
    ['joinUrl', { dates: ['2026-10-15'], joinUrl: 'javascript:alert(1)' }],
  ])('refuses bad %s and writes nothing (%#)', async (field, input) => {
    const before = await countRows(app, 'session');
    const result = await series(input);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([field]);
    expect(await countRows(app, 'session')).toBe(before);
  });

  it('says the cap and the skipped time in its reasons', async () => {
    const tooMany = await series({ dates: Array.from({ length: 101 }, (_v, day) => new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10)) });
    expect(tooMany.errors![0].message).toContain('at most 100 dates');
    const skipped = await series({ dates: ['2027-03-14'], startTime: '02:30' });
    expect(skipped.errors![0].message).toContain('2027-03-14');
  });

  it('takes the same new fields on a single session and writes its start in the cohort’s zone', async () => {
    const { scheduleSession } = await app.ok(
      `mutation($input: ScheduleSessionInput!) {
        scheduleSession(input: $input) { localStart timeZone optional modality location joinUrl leader { id fullName } }
      }`,
      {
        input: {
          cohortId, kind: 'RETREAT', title: 'Retreat', startsAt: '2026-12-03T17:30:00Z', durationMinutes: 240, ceEligible: false,
          optional: true, modality: 'HYBRID', location: 'Sacramento', joinUrl: 'http://meet.example.org/retreat',
        },
      },
      faculty.token,
    );
    expect(scheduleSession).toEqual({
      localStart: '2026-12-03T09:30:00-08:00', timeZone: 'America/Los_Angeles', optional: true, modality: 'HYBRID',
      location: 'Sacramento', joinUrl: 'http://meet.example.org/retreat', leader: { id: faculty.id, fullName: 'Fran Faculty' },
    });
  });

  it('lets a facilitator schedule reflective practice for members of their community as a series', async () => {
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const member = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenCommunity(app, admin, cohortId, [facilitator.id], [member.id]);
    const input = { kind: 'REFLECTIVE_PRACTICE', ceEligible: false, dates: ['2026-10-20', '2026-11-17'] };
    const unnamed = await series(input, facilitator.token);
    expect(unnamed.errors?.[0].extensions?.fields).toEqual(['participantIds']);
    const { scheduleSessions } = await app.ok(
      `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { invitees { id } } }`,
      { input: { cohortId, title: 'Reflective practice', durationMinutes: 60, startTime: '16:00', participantIds: [member.id], ...input } },
      facilitator.token,
    );
    expect(scheduleSessions).toEqual([{ invitees: [{ id: member.id }] }, { invitees: [{ id: member.id }] }]);
  });

  it('lets no participant or outsider schedule a series', async () => {
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const outsider = await givenUser(app, admin);
    expect(errorCode(await series({ dates: ['2026-10-15'] }, participant.token))).toBe('FORBIDDEN');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(await series({ dates: ['2026-10-15'] }, outsider.token)));
  });
});
