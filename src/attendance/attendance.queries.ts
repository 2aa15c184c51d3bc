import { defineQueries } from '../database/query-set';

/**
 * Attendance rows and the summary of one participant. Credit (what counts as attended, and for how
 * many minutes) is the view attendance_credit; who is expected is expected_at_session (migration
 * AccessRelationships).
 */
export const ATTENDANCE_QUERIES = defineQueries('attendance', {
  /** Attendance of sessions $1 with the attendee, the rows viewer ($2, $3) may see, by attendee name. */
  visibleAttendanceOfSessions: `
    SELECT a.id, a.session_id AS "sessionId", a.user_id AS "userId", a.status, a.minutes_attended AS "minutesAttended",
           a.recorded_by_id AS "recordedById", a.recorded_at AS "recordedAt",
           json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS "user"
      FROM attendance a
      JOIN app_user u ON u.id = a.user_id
     WHERE a.session_id = ANY ($1::uuid[]) AND sees_attendance(a.session_id, a.user_id, $2, $3)
     ORDER BY u.full_name`,

  /**
   * The sessions viewer ($1, admin $2) runs that have started and were not cancelled, newest first,
   * at most $3, with their cohort's name and zone: what an attendance page offers to take.
   */
  sessionsToTake: `
    SELECT s.id, s.title, s.kind, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes",
           c.name AS "cohortName", c.time_zone AS "timeZone"
      FROM session s JOIN cohort c ON c.id = s.cohort_id
     WHERE s.cancelled_at IS NULL AND s.starts_at <= now() AND sees_session_as_staff(s.id, $1, $2)
     ORDER BY s.starts_at DESC, s.title
     LIMIT $3`,

  /** Everyone expected at session $1, and anyone already recorded there, with what is recorded; by name. */
  attendanceSheet: `
    SELECT u.id AS "userId", u.full_name AS "fullName", a.status, a.minutes_attended AS "minutesAttended"
      FROM session s
      JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.role = 'PARTICIPANT'
      JOIN app_user u ON u.id = e.user_id
      LEFT JOIN attendance a ON a.session_id = s.id AND a.user_id = u.id
     WHERE s.id = $1 AND (a.id IS NOT NULL OR expected_at_session(s.id, u.id))
     ORDER BY u.full_name, u.id`,

  /** Everyone expected at session $1, with what a Zoom report is matched on (e-mail, name); by name. */
  expectedPeople: `
    SELECT u.id, u.full_name AS "fullName", u.email, u.is_admin AS "isAdmin", u.credentials
      FROM session s
      JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.role = 'PARTICIPANT'
      JOIN app_user u ON u.id = e.user_id
     WHERE s.id = $1 AND expected_at_session(s.id, u.id)
     ORDER BY u.full_name, u.id`,

  /** Of the people $2, those not expected at session $1. */
  notExpectedAt: `
    SELECT u.id
      FROM unnest($2::uuid[]) AS u(id)
     WHERE NOT expected_at_session($1, u.id)`,

  /** Writes each person's ($3) status ($4) and minutes ($5) at session $1, recorded by $2. */
  upsertAttendance: `
    INSERT INTO attendance (session_id, user_id, status, minutes_attended, recorded_by_id, recorded_at)
    SELECT $1, c.user_id, c.status::attendance_status, c.minutes, $2, now()
      FROM unnest($3::uuid[], $4::text[], $5::int[]) AS c(user_id, status, minutes)
        ON CONFLICT (session_id, user_id) DO UPDATE
       SET status = EXCLUDED.status, minutes_attended = EXCLUDED.minutes_attended,
           recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = EXCLUDED.recorded_at`,

  /**
   * Participant $2's attendance in cohort $1, per session kind and in total (the ROLLUP row with kind
   * NULL): credited minutes and sessions attended, and the sessions expected of them and held so far.
   * Sessions before the enrollment are not expected, though minutes credited at them still count.
   */
  participantSummary: `
    WITH counted AS (
      SELECT s.kind, s.starts_at, expected_at_session(s.id, $2) AS expected,
             credit.attendance_id IS NOT NULL AS attended, credit.ce_eligible, coalesce(credit.made_up, false) AS made_up,
             coalesce(credit.credited_minutes, 0) AS minutes
        FROM session s
        LEFT JOIN attendance_credit credit ON credit.session_id = s.id AND credit.user_id = $2
       WHERE s.cohort_id = $1
    )
    SELECT kind,
           coalesce(sum(minutes), 0)::int AS "minutesAttended",
           coalesce(sum(minutes) FILTER (WHERE ce_eligible AND NOT made_up), 0)::int AS "ceEligibleMinutes",
           count(*) FILTER (WHERE attended)::int AS "sessionsAttended",
           count(*) FILTER (WHERE expected)::int AS "sessionsExpected",
           count(*) FILTER (WHERE expected AND starts_at <= now())::int AS "sessionsHeld"
      FROM counted
     WHERE expected OR attended
     GROUP BY ROLLUP (kind)
     ORDER BY kind NULLS LAST`,
});
