import { demoPassword, signIn } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

interface ScheduledSession {
  kind: string;
  title: string;
  startsAt: string;
  localStart: string;
  timeZone: string;
  optional: boolean;
  modality: string | null;
  joinUrl: string | null;
  location: string | null;
  leader: { fullName: string } | null;
  attendance: { status: string }[];
}

const SCHEDULE = `query($id: ID!) {
  mySchedule(cohortId: $id) { kind title startsAt localStart timeZone optional modality joinUrl location leader { fullName } attendance { status } }
}`;

describe('demo programs, each in its time zone', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
  });

  afterAll(() => app.stop());

  async function scheduleOf(email: string): Promise<ScheduledSession[]> {
    const token = await signIn(app, email, demoPassword(app));
    const { myCohorts } = await app.ok(`{ myCohorts { cohort { id } } }`, {}, token);
    expect(myCohorts).toHaveLength(1);
    const { mySchedule } = await app.ok(SCHEDULE, { id: myCohorts[0].cohort.id }, token);
    return mySchedule;
  }

  it('shows the coordinator both programs, each with its time zone and its cohort in the same zone', async () => {
    const token = await signIn(app, 'casey.coordinator@demo.iecmhc.example', demoPassword(app));
    const { programs } = await app.ok(`{ programs { name timeZone cohorts { name timeZone } } }`, {}, token);
    expect(programs).toHaveLength(2);
    expect(programs).toEqual(
      expect.arrayContaining([
        { name: 'Statewide IECMHC Consultant Training', timeZone: 'America/Los_Angeles', cohorts: [{ name: 'Cohort 2026-27', timeZone: 'America/Los_Angeles' }] },
        { name: 'Equity-Focused IECMHC Consultant Course', timeZone: 'America/New_York', cohorts: [{ name: 'Cohort 2026-27', timeZone: 'America/New_York' }] },
      ]),
    );
  });

  it("shows a Boston participant the weekly sessions at 10:00 New York time, on daylight time in October and standard time in December", async () => {
    const schedule = await scheduleOf('amara.osei@demo.iecmhc.example');
    const seminars = schedule.filter((session) => session.kind === 'FACULTY_SEMINAR');
    expect(seminars).toHaveLength(10);
    const october = seminars.find((session) => session.localStart.startsWith('2026-10'))!;
    const december = seminars.find((session) => session.localStart.startsWith('2026-12'))!;
    expect(october).toMatchObject({ localStart: '2026-10-21T10:00:00-04:00', startsAt: '2026-10-21T14:00:00.000Z', timeZone: 'America/New_York' });
    expect(december).toMatchObject({ localStart: '2026-12-09T10:00:00-05:00', startsAt: '2026-12-09T15:00:00.000Z', timeZone: 'America/New_York' });
    expect(december).toMatchObject({ modality: 'HYBRID', joinUrl: expect.stringMatching(/^https:\/\/meet\.example\.org\//), location: expect.any(String) });
  });

  it('shows a Boston participant the whole course: 32 h of seminars and retreats, Circle of Security, supervision with its leaders, and the optional training', async () => {
    const schedule = await scheduleOf('amara.osei@demo.iecmhc.example');
    const ofKind = (kind: string, optional = false) => schedule.filter((session) => session.kind === kind && session.optional === optional);
    const retreats = ofKind('RETREAT');
    expect(retreats).toHaveLength(2);
    expect(retreats.every((session) => session.modality === 'IN_PERSON' && session.location && session.localStart.slice(11, 16) === '09:00')).toBe(true);
    expect(ofKind('CIRCLE_OF_SECURITY')).toHaveLength(8);
    const supervision = ofKind('REFLECTIVE_SUPERVISION');
    expect(supervision).toHaveLength(6);
    expect(new Set(supervision.map((session) => session.leader?.fullName))).toEqual(new Set(['Keisha Moreland', 'Rafael Ocampo']));
    expect(ofKind('CIRCLE_OF_SECURITY', true).length).toBeGreaterThanOrEqual(3);
    // Attendance is recorded for the sessions held before the demo's "today", and only those.
    const held = schedule.filter((session) => session.startsAt < '2026-11-23');
    expect(held).toHaveLength(11);
    expect(held.every((session) => session.attendance.length === 1)).toBe(true);
    expect(schedule.filter((session) => session.startsAt >= '2026-11-23').every((session) => session.attendance.length === 0)).toBe(true);
  });

  it("shows a statewide participant the faculty seminars at 09:00 Los Angeles time, on daylight time in October and standard time in December", async () => {
    const schedule = await scheduleOf('ana.beltran@demo.iecmhc.example');
    const seminars = schedule.filter((session) => session.kind === 'FACULTY_SEMINAR');
    expect(seminars.find((session) => session.localStart.startsWith('2026-10'))).toMatchObject({
      localStart: '2026-10-06T09:00:00-07:00', startsAt: '2026-10-06T16:00:00.000Z', timeZone: 'America/Los_Angeles', modality: 'ONLINE',
    });
    expect(seminars.find((session) => session.localStart.startsWith('2026-12'))).toMatchObject({
      localStart: '2026-12-01T09:00:00-08:00', startsAt: '2026-12-01T17:00:00.000Z', timeZone: 'America/Los_Angeles',
    });
    const meetings = schedule.filter((session) => session.kind === 'COMMUNITY_OF_PRACTICE');
    expect(meetings.every((session) => session.localStart.slice(11, 16) === '12:00' && session.joinUrl)).toBe(true);
  });

  it("lists the Boston cohort's three requirements with their session kinds and labels", async () => {
    const token = await signIn(app, 'amara.osei@demo.iecmhc.example', demoPassword(app));
    const { myCohorts } = await app.ok(`{ myCohorts { cohort { id } } }`, {}, token);
    const { cohortRequirements } = await app.ok(
      `query($id: ID!) { cohortRequirements(cohortId: $id) { kind threshold sessionKinds label } }`,
      { id: myCohorts[0].cohort.id },
      token,
    );
    expect(cohortRequirements).toHaveLength(3);
    expect(cohortRequirements).toEqual(
      expect.arrayContaining([
        { kind: 'SESSION_MINUTES', threshold: 1920, sessionKinds: ['FACULTY_SEMINAR', 'RETREAT'], label: '32 hours of seminars and retreats' },
        { kind: 'SESSIONS_ATTENDED', threshold: 8, sessionKinds: ['CIRCLE_OF_SECURITY'], label: '8 Circle of Security groups' },
        { kind: 'SESSIONS_ATTENDED', threshold: 6, sessionKinds: ['REFLECTIVE_SUPERVISION'], label: '6 reflective supervision sessions' },
      ]),
    );
  });
});
