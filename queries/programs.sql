-- Rendered from src/programs/programs.queries.ts (defineQueries 'programs') by `npm run queries:update`; edit the queries there.

-- name: visiblePrograms
SELECT p.id, p.name, p.description, p.time_zone AS "timeZone", p.issuer_name AS "issuerName", p.issuer_url AS "issuerUrl",
       p.issuer_email AS "issuerEmail", p.signatory_name AS "signatoryName", p.signatory_title AS "signatoryTitle",
       p.certificate_title AS "certificateTitle", p.created_at AS "createdAt"
  FROM program p
 WHERE $2::boolean OR coordinates_program(p.id, $1)
    OR EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = p.id AND e.user_id = $1)
 ORDER BY p.name;

-- name: visibleCohorts
SELECT c.id, c.program_id AS "programId", c.name, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
       c.capacity, c.time_zone AS "timeZone", c.minimum_attendance_percent AS "minimumAttendancePercent", c.created_at AS "createdAt"
  FROM cohort c
 WHERE ($3::uuid IS NULL OR c.program_id = $3)
   AND (administers_cohort(c.id, $1, $2) OR cardinality(cohort_roles(c.id, $1)) > 0)
 ORDER BY c.starts_on DESC;

-- name: administeredPrograms
SELECT p.id, p.name, p.description, p.time_zone AS "timeZone", p.created_at AS "createdAt"
  FROM program p
 WHERE $2::boolean OR coordinates_program(p.id, $1)
 ORDER BY p.name;

-- name: administeredCohorts
SELECT c.id, c.program_id AS "programId", c.name, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
       c.capacity, c.time_zone AS "timeZone", c.minimum_attendance_percent AS "minimumAttendancePercent", c.created_at AS "createdAt"
  FROM cohort c
 WHERE administers_cohort(c.id, $1, $2)
 ORDER BY c.starts_on DESC, c.name;

-- name: visibleMembers
SELECT e.id, e.cohort_id AS "cohortId", e.user_id AS "userId", e.role, e.enrolled_at AS "enrolledAt",
       e.status, e.withdrawn_on AS "withdrawnOn",
       CASE WHEN administers_cohort(e.cohort_id, $2, $3) OR enrolled_as(e.cohort_id, $2, ARRAY['FACULTY', 'FACILITATOR']) THEN e.withdrawal_reason END AS "withdrawalReason",
       u.email, u.full_name AS "fullName", u.is_admin AS "isAdmin", u.credentials
  FROM enrollment e
  JOIN app_user u ON u.id = e.user_id
 WHERE e.cohort_id = ANY ($1::uuid[])
   AND (administers_cohort(e.cohort_id, $2, $3) OR cardinality(cohort_roles(e.cohort_id, $2)) > 0)
   AND (administers_cohort(e.cohort_id, $2, $3) OR enrolled_as(e.cohort_id, $2, ARRAY['FACULTY'])
        OR e.role <> 'PARTICIPANT' OR e.user_id = $2 OR facilitates_member(e.cohort_id, e.user_id, $2))
 ORDER BY e.role DESC, u.full_name;

-- name: recordsOfEnrollment
SELECT kind FROM (
  SELECT 'attendance' AS kind, 1 AS position
   WHERE EXISTS (SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id
                  WHERE s.cohort_id = $1 AND CASE WHEN $3 = 'PARTICIPANT' THEN a.user_id = $2 ELSE a.recorded_by_id = $2 END)
  UNION ALL SELECT 'journal submissions', 2 WHERE $3 = 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM journal_submission j WHERE j.cohort_id = $1 AND j.participant_id = $2)
  UNION ALL SELECT 'journal extensions', 3
   WHERE EXISTS (SELECT 1 FROM journal_extension x JOIN journal_assignment ja ON ja.id = x.assignment_id
                  WHERE ja.cohort_id = $1 AND CASE WHEN $3 = 'PARTICIPANT' THEN x.participant_id = $2 ELSE x.granted_by_id = $2 END)
  UNION ALL SELECT 'journal grades', 4 WHERE $3 <> 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM journal_grade g JOIN journal_submission j ON j.id = g.submission_id WHERE j.cohort_id = $1 AND g.grader_id = $2)
  UNION ALL SELECT 'practicum placements', 5 WHERE $3 = 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM practicum_placement p WHERE p.cohort_id = $1 AND p.participant_id = $2)
  UNION ALL SELECT 'practicum reviews', 6 WHERE $3 <> 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM practicum_review r JOIN practicum_log_entry pe ON pe.id = r.entry_id WHERE pe.cohort_id = $1 AND r.reviewer_id = $2)
  UNION ALL SELECT 'requirement waivers', 7 WHERE $3 = 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM requirement_waiver w WHERE w.cohort_id = $1 AND w.user_id = $2)
  UNION ALL SELECT 'certificates', 8 WHERE $3 = 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM certificate c WHERE c.cohort_id = $1 AND c.user_id = $2)
  UNION ALL SELECT 'CE records', 9 WHERE $3 = 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM ce_record r JOIN ce_approval ap ON ap.id = r.approval_id WHERE ap.cohort_id = $1 AND r.user_id = $2)
  UNION ALL SELECT 'sessions led', 10 WHERE $3 <> 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM session s WHERE s.cohort_id = $1 AND s.leader_id = $2)
  UNION ALL SELECT 'session notes', 11 WHERE $3 <> 'PARTICIPANT'
     AND EXISTS (SELECT 1 FROM session_note n JOIN session s ON s.id = n.session_id WHERE s.cohort_id = $1 AND n.author_id = $2)
) recorded
ORDER BY position;

-- name: deleteEnrollment
WITH members AS (
  DELETE FROM community_member m WHERE $4 = 'PARTICIPANT' AND m.cohort_id = $2 AND m.user_id = $3
), facilitators AS (
  DELETE FROM community_facilitator f USING community c
   WHERE $4 <> 'PARTICIPANT' AND c.id = f.community_id AND c.cohort_id = $2 AND f.user_id = $3
     AND NOT EXISTS (SELECT 1 FROM enrollment o WHERE o.cohort_id = $2 AND o.user_id = $3 AND o.role <> 'PARTICIPANT' AND o.id <> $1)
), invitations AS (
  DELETE FROM session_invitee i USING session s
   WHERE s.id = i.session_id AND s.cohort_id = $2 AND i.user_id = $3
     AND NOT EXISTS (SELECT 1 FROM enrollment o WHERE o.cohort_id = $2 AND o.user_id = $3 AND o.id <> $1)
)
DELETE FROM enrollment e WHERE e.id = $1;

-- name: firstSessionOutside
SELECT s.title, (s.starts_at AT TIME ZONE $4)::date::text AS day, (s.starts_at AT TIME ZONE $4)::date < $2::date AS before
  FROM session s
 WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL
   AND ((s.starts_at AT TIME ZONE $4)::date < $2::date OR (s.starts_at AT TIME ZONE $4)::date > $3::date)
 ORDER BY s.starts_at
 LIMIT 1;
