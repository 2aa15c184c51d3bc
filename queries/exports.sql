-- Rendered from src/exports/exports.queries.ts (defineQueries 'exports') by `npm run queries:update`; edit the queries there.

-- name: attendanceRows
SELECT u.id AS "userId", u.full_name AS "fullName",
       s.id AS "sessionId", s.title AS "sessionTitle", s.kind, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.optional,
       to_char(s.starts_at AT TIME ZONE c.time_zone, 'YYYY-MM-DD') AS "localDate",
       to_char(s.starts_at AT TIME ZONE c.time_zone, 'HH24:MI') AS "localTime",
       a.status, a.minutes_attended AS "minutesAttended", coalesce(credit.credited_minutes, 0) AS "creditedMinutes"
  FROM session s
  JOIN cohort c ON c.id = s.cohort_id
  JOIN attendance a ON a.session_id = s.id
  JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.user_id = a.user_id AND e.role = 'PARTICIPANT'
  JOIN app_user u ON u.id = a.user_id
  LEFT JOIN attendance_credit credit ON credit.attendance_id = a.id AND credit.cohort_id = $1
 WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL
 ORDER BY u.full_name, u.id, s.starts_at, s.id;

-- name: approval
SELECT a.id, a.cohort_id AS "cohortId", a.board, a.approval_number AS "approvalNumber", a.unit, a.increment_minutes AS "incrementMinutes",
       (SELECT coalesce(sum(s.duration_minutes), 0)::int
          FROM session s
         WHERE s.cohort_id = a.cohort_id AND s.ce_eligible AND NOT s.optional AND s.cancelled_at IS NULL) AS "courseMinutes"
  FROM ce_approval a
 WHERE a.id = $1;

-- name: rosterRows
SELECT r.user_id AS "userId", holder.full_name AS "fullName", r.license_type AS "licenseType", r.license_state AS "licenseState",
       r.license_number AS "licenseNumber", r.minutes,
       to_char(coalesce(cert.issued_at, last_attended.starts_at) AT TIME ZONE c.time_zone, 'YYYY-MM-DD') AS "completedOn"
  FROM ce_record r
  JOIN ce_approval a ON a.id = r.approval_id
  JOIN cohort c ON c.id = a.cohort_id
  JOIN app_user holder ON holder.id = r.user_id
  LEFT JOIN certificate cert ON cert.id = r.certificate_id
  LEFT JOIN LATERAL (
    SELECT max(credit.starts_at) AS starts_at
      FROM attendance_credit credit
     WHERE credit.cohort_id = a.cohort_id AND credit.user_id = r.user_id AND credit.ce_eligible AND NOT credit.made_up
  ) last_attended ON true
 WHERE r.approval_id = $1 AND cert.revoked_at IS NULL
 ORDER BY holder.full_name, r.user_id;
