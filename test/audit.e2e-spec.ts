import { givenCohort, givenMember, givenSession, recordAttendance, signInAdmin } from './support/factories';
import { ADMIN_EMAIL, startTestApp, TestApp } from './support/test-app';

describe('audit trail', () => {
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const sessionId = await givenSession(app, faculty.token, cohortId);
    const recorded = await recordAttendance(app, faculty.token, { sessionId, userId: participant.id, status: 'PRESENT' });
    const { rows } = await app.db.query('SELECT id FROM audit_event WHERE entity_id = $1', [recorded.data.recordAttendance.id]);
    eventId = rows[0].id;
  });

  afterAll(() => app.stop());

  it('names no actor for what the system did itself: the first admin, created at start-up', async () => {
    const { rows } = await app.db.query(
      `SELECT e.actor_id, e.before, e.after FROM audit_event e JOIN app_user u ON u.id = e.entity_id WHERE e.action = 'user.created' AND u.email = $1`,
      [ADMIN_EMAIL],
    );
    expect(rows).toEqual([{ actor_id: null, before: null, after: { isAdmin: true } }]);
  });

  it('is append-only: the database refuses UPDATE and DELETE on audit rows', async () => {
    await expect(app.db.query(`UPDATE audit_event SET action = 'attendance.forged' WHERE id = $1`, [eventId])).rejects.toThrow(/append-only/);
    await expect(app.db.query('DELETE FROM audit_event WHERE id = $1', [eventId])).rejects.toThrow(/append-only/);
    await expect(app.db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    const { rows } = await app.db.query('SELECT action FROM audit_event WHERE id = $1', [eventId]);
    expect(rows).toEqual([{ action: 'attendance.recorded' }]);
  });
});
