-- Rendered from src/attendance/attendance.queries.ts (defineQueries 'attendance') by `npm run queries:update`; edit the queries there.

-- name: visibleAttendanceOfSessions
SELECT a.id, a.session_id AS "sessionId", a.user_id AS "userId", a.status, a.minutes_attended AS "minutesAttended",
       a.recorded_by_id AS "recordedById", a.recorded_at AS "recordedAt",
       json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS "user"
  FROM attendance a
  JOIN app_user u ON u.id = a.user_id
 WHERE a.session_id = ANY ($1::uuid[]) AND sees_attendance(a.session_id, a.user_id, $2, $3)
 ORDER BY u.full_name;

-- name: sessionsToTake
SELECT s.id, s.title, s.kind, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes",
       c.name AS "cohortName", c.time_zone AS "timeZone"
  FROM session s JOIN cohort c ON c.id = s.cohort_id
 WHERE s.cancelled_at IS NULL AND s.starts_at <= now() AND sees_session_as_staff(s.id, $1, $2)
 ORDER BY s.starts_at DESC, s.title
 LIMIT $3;

-- name: attendanceSheet
SELECT u.id AS "userId", u.full_name AS "fullName", a.status, a.minutes_attended AS "minutesAttended"
  FROM session s
  JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.role = 'PARTICIPANT'
  JOIN app_user u ON u.id = e.user_id
  LEFT JOIN attendance a ON a.session_id = s.id AND a.user_id = u.id
 WHERE s.id = $1 AND (a.id IS NOT NULL OR expected_at_session(s.id, u.id))
 ORDER BY u.full_name, u.id;

-- name: expectedPeople
SELECT u.id, u.full_name AS "fullName", u.email, u.is_admin AS "isAdmin", u.credentials
  FROM session s
  JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.role = 'PARTICIPANT'
  JOIN app_user u ON u.id = e.user_id
 WHERE s.id = $1 AND expected_at_session(s.id, u.id)
 ORDER BY u.full_name, u.id;

-- name: notExpectedAt
SELECT u.id
  FROM unnest($2::uuid[]) AS u(id)
 WHERE NOT expected_at_session($1, u.id);

-- name: upsertAttendance
INSERT INTO attendance (session_id, user_id, status, minutes_attended, recorded_by_id, recorded_at)
SELECT $1, c.user_id, c.status::attendance_status, c.minutes, $2, now()
  FROM unnest($3::uuid[], $4::text[], $5::int[]) AS c(user_id, status, minutes)
    ON CONFLICT (session_id, user_id) DO UPDATE
   SET status = EXCLUDED.status, minutes_attended = EXCLUDED.minutes_attended,
       recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = EXCLUDED.recorded_at;

-- name: participantSummary
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
 ORDER BY kind NULLS LAST;
