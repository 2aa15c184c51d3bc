-- Rendered from src/programs/programs.queries.ts (defineQueries 'programs') by `npm run queries:update`; edit the queries there.

-- name: visiblePrograms
SELECT p.id, p.name, p.description, p.time_zone AS "timeZone", p.issuer_name AS "issuerName", p.issuer_url AS "issuerUrl",
       p.issuer_email AS "issuerEmail", p.signatory_name AS "signatoryName", p.signatory_title AS "signatoryTitle",
       p.certificate_title AS "certificateTitle", p.created_at AS "createdAt"
  FROM program p
 WHERE $2::boolean
    OR EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = p.id AND e.user_id = $1)
 ORDER BY p.name;

-- name: visibleCohorts
SELECT c.id, c.program_id AS "programId", c.name, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
       c.capacity, c.time_zone AS "timeZone", c.minimum_attendance_percent AS "minimumAttendancePercent", c.created_at AS "createdAt"
  FROM cohort c
 WHERE ($3::uuid IS NULL OR c.program_id = $3)
   AND ($2::boolean OR cardinality(cohort_roles(c.id, $1)) > 0)
 ORDER BY c.starts_on DESC;

-- name: visibleMembers
SELECT e.id, e.cohort_id AS "cohortId", e.user_id AS "userId", e.role, e.enrolled_at AS "enrolledAt",
       u.email, u.full_name AS "fullName", u.is_admin AS "isAdmin", u.credentials
  FROM enrollment e
  JOIN app_user u ON u.id = e.user_id
 WHERE e.cohort_id = ANY ($1::uuid[])
   AND ($3::boolean OR cardinality(cohort_roles(e.cohort_id, $2)) > 0)
   AND ($3::boolean OR enrolled_as(e.cohort_id, $2, ARRAY['FACULTY'])
        OR e.role <> 'PARTICIPANT' OR e.user_id = $2 OR facilitates_member(e.cohort_id, e.user_id, $2))
 ORDER BY e.role DESC, u.full_name;
