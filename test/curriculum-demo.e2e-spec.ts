import { demoPassword, signIn } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('demo schedule', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
  });

  afterAll(() => app.stop());

  it("shows a demo participant the 9 faculty seminars and their community's 8 meetings, with attendance so far", async () => {
    const token = await signIn(app, 'ana.beltran@demo.iecmhc.example', demoPassword(app));
    const { myCohorts } = await app.ok(`{ myCohorts { cohort { id } } }`, {}, token);
    const cohortId = myCohorts[0].cohort.id;
    const { mySchedule } = await app.ok(
      `query($id: ID!) { mySchedule(cohortId: $id) { kind title startsAt durationMinutes ceEligible module { id } attendance { status minutesAttended } } }`,
      { id: cohortId },
      token,
    );
    const seminars = mySchedule.filter((s: { kind: string }) => s.kind === 'FACULTY_SEMINAR');
    const meetings = mySchedule.filter((s: { kind: string }) => s.kind === 'COMMUNITY_OF_PRACTICE');
    expect(seminars).toHaveLength(9);
    expect(meetings).toHaveLength(8);
    expect(seminars.every((s: { durationMinutes: number; ceEligible: boolean; module: unknown }) => s.durationMinutes === 150 && s.ceEligible && s.module)).toBe(true);
    expect(meetings.every((s: { durationMinutes: number }) => s.durationMinutes === 60)).toBe(true);
    const starts = mySchedule.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toEqual([...starts].sort());
    const held = mySchedule.filter((s: { startsAt: string }) => s.startsAt < '2026-11-23');
    expect(held.length).toBe(5);
    expect(held.every((s: { attendance: unknown[] }) => s.attendance.length === 1)).toBe(true);
  });
});
