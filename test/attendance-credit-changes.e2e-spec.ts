import { Client } from 'pg';
import {
  givenCohort, givenMember, givenSession, recordAttendance, SignedIn, signInAdmin, updateSessionRequest,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const TRANSCRIPT = `query($cohortId: ID!) { hoursTranscript(cohortId: $cohortId) { contactMinutes lines { category sessions minutes } } }`;
const UPDATE_COHORT = `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { id minimumAttendancePercent } }`;

/**
 * Credited minutes are stored with each attendance row and kept current by the database: whatever
 * they depend on (the person's other attendance, a session's time or cancellation, the cohort's
 * minimum share) changes them at once, and what every reader sees is what they would be if
 * computed afresh.
 */
describe('attendance credit kept current', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  async function givenOverlap(minimumAttendancePercent = 50) {
    const { cohortId } = await givenCohort(app, admin, { minimumAttendancePercent });
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ines Overlap' });
    // 17:00-19:30, then 19:00-20:30: the half hour both claim goes to the first.
    const seminar = await givenSession(app, faculty.token, cohortId, { startsAt: '2026-03-03T17:00:00Z', durationMinutes: 150 });
    const later = await givenSession(app, faculty.token, cohortId, { startsAt: '2026-03-03T19:00:00Z', durationMinutes: 90, title: 'Evening seminar' });
    for (const sessionId of [seminar, later]) await record(faculty.token, sessionId, participant.id, 'PRESENT');
    return { cohortId, faculty, participant, seminar, later };
  }

  async function record(token: string, sessionId: string, userId: string, status: string, minutesAttended?: number) {
    expect((await recordAttendance(app, token, { sessionId, userId, status, minutesAttended })).errors).toBeUndefined();
  }

  const contactMinutes = async (cohortId: string, token: string) => (await app.ok(TRANSCRIPT, { cohortId }, token)).hoursTranscript.contactMinutes;

  /** Each row's stored credit against the same rule worked out from scratch (the definition before it was stored). */
  async function staleRows(cohortId: string): Promise<unknown[]> {
    const { rows } = await app.db.query(
      `SELECT a.id, a.credited_minutes, fresh.minutes
         FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(least(e.minutes_attended, floor(date_part('epoch', least(es.starts_at + make_interval(mins => es.duration_minutes),
                                                                                      s.starts_at + make_interval(mins => s.duration_minutes)) - s.starts_at) / 60)::int)), 0) AS taken
            FROM session es JOIN attendance e ON e.session_id = es.id AND e.user_id = a.user_id AND e.status = 'PRESENT'
           WHERE es.cohort_id = s.cohort_id AND es.cancelled_at IS NULL AND es.starts_at > s.starts_at - interval '720 minutes'
             AND (es.starts_at, es.created_at, es.id) < (s.starts_at, s.created_at, s.id)
             AND es.starts_at + make_interval(mins => es.duration_minutes) > s.starts_at
        ) overlap
        CROSS JOIN LATERAL (SELECT greatest(0, least(a.minutes_attended, s.duration_minutes - overlap.taken)) AS present) p
        CROSS JOIN LATERAL (
          SELECT CASE WHEN s.cancelled_at IS NOT NULL THEN NULL
                      WHEN a.status = 'MADE_UP' THEN a.minutes_attended
                      WHEN a.status = 'PRESENT' AND p.present * 100 >= c.minimum_attendance_percent * s.duration_minutes THEN p.present END AS minutes
        ) fresh
        WHERE s.cohort_id = $1 AND a.credited_minutes IS DISTINCT FROM fresh.minutes`,
      [cohortId],
    );
    return rows;
  }

  it("credits again when the cohort's minimum share of a session changes", async () => {
    const { cohortId, faculty, participant, later } = await givenOverlap(50);
    await record(faculty.token, later, participant.id, 'PRESENT', 40); // 40 of 90 minutes: 44 %, under half
    expect(await contactMinutes(cohortId, participant.token)).toBe(150);

    await app.ok(UPDATE_COHORT, { input: { cohortId, minimumAttendancePercent: 40 } }, admin.token);
    expect(await contactMinutes(cohortId, participant.token)).toBe(150 + 40);
    await app.ok(UPDATE_COHORT, { input: { cohortId, minimumAttendancePercent: 80 } }, admin.token);
    expect(await contactMinutes(cohortId, participant.token)).toBe(150);
    expect(await staleRows(cohortId)).toEqual([]);
  });

  it('gives the later session its minutes back when the earlier one moves, is shortened, or was missed after all', async () => {
    const moved = await givenOverlap();
    expect(await contactMinutes(moved.cohortId, moved.participant.token)).toBe(150 + 60);
    const update = await updateSessionRequest(app, moved.faculty.token, { sessionId: moved.seminar, startsAt: '2026-03-03T14:00:00Z' });
    expect(update.errors).toBeUndefined();
    expect(await contactMinutes(moved.cohortId, moved.participant.token)).toBe(150 + 90);

    const shortened = await givenOverlap();
    await record(shortened.faculty.token, shortened.seminar, shortened.participant.id, 'PRESENT', 120);
    const shorten = await updateSessionRequest(app, shortened.faculty.token, { sessionId: shortened.seminar, durationMinutes: 120 });
    expect(shorten.errors).toBeUndefined();
    expect(await contactMinutes(shortened.cohortId, shortened.participant.token)).toBe(120 + 90);

    const missed = await givenOverlap();
    await record(missed.faculty.token, missed.seminar, missed.participant.id, 'ABSENT');
    expect(await contactMinutes(missed.cohortId, missed.participant.token)).toBe(90);
    await record(missed.faculty.token, missed.seminar, missed.participant.id, 'PRESENT');
    expect(await contactMinutes(missed.cohortId, missed.participant.token)).toBe(150 + 60);

    for (const { cohortId } of [moved, shortened, missed]) expect(await staleRows(cohortId)).toEqual([]);
  });

  it("gives the later session its minutes back when the earlier one's attendance is deleted", async () => {
    const { cohortId, participant, seminar } = await givenOverlap();
    await app.db.query('DELETE FROM attendance WHERE session_id = $1 AND user_id = $2', [seminar, participant.id]);
    expect(await contactMinutes(cohortId, participant.token)).toBe(90);
    expect(await staleRows(cohortId)).toEqual([]);
  });

  it('credits over what concurrent writers committed: the second waits for the first', async () => {
    const { cohortId, faculty, participant, seminar, later } = await givenOverlap();
    await app.db.query('DELETE FROM attendance WHERE user_id = $1', [participant.id]);
    const [first, second] = [new Client({ connectionString: app.env.DATABASE_URL }), new Client({ connectionString: app.env.DATABASE_URL })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      const write = (client: Client, sessionId: string) =>
        client.query(`INSERT INTO attendance (session_id, user_id, status, minutes_attended, recorded_by_id) VALUES ($1, $2, 'PRESENT', 150, $3)`, [
          sessionId, participant.id, faculty.id,
        ]);
      await Promise.all([first.query('BEGIN'), second.query('BEGIN')]);
      await write(first, seminar);
      const waiting = write(second, later); // blocks on the cohort's turn until the first commits
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query('COMMIT');
      await waiting;
      await second.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await staleRows(cohortId)).toEqual([]);
    expect(await contactMinutes(cohortId, participant.token)).toBe(150 + 60);
  });
});
