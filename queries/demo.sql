-- Rendered from src/demo/demo.queries.ts (defineQueries 'demo') by `npm run queries:update`; edit the queries there.

-- name: signIns
SELECT u.email, u.full_name,
       concat_ws(', ', CASE WHEN u.is_admin THEN 'coordinator (admin)' END,
                 string_agg(DISTINCT lower(e.role::text), ', ')) AS roles
  FROM app_user u LEFT JOIN enrollment e ON e.user_id = u.id
 WHERE u.email LIKE $1
 GROUP BY u.id
 ORDER BY u.is_admin DESC, min(e.role) DESC, u.full_name;

-- name: attendEverythingHeld
INSERT INTO attendance (session_id, user_id, status, minutes_attended)
SELECT s.id, u.id, 'PRESENT', s.duration_minutes
FROM session s CROSS JOIN unnest($2::uuid[]) AS u(id)
WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL AND s.starts_at < $3
  AND (s.kind = 'FACULTY_SEMINAR'
       OR (s.kind = 'COMMUNITY_OF_PRACTICE'
           AND EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = s.community_id AND m.user_id = u.id)))
ON CONFLICT (session_id, user_id) DO UPDATE SET status = 'PRESENT', minutes_attended = EXCLUDED.minutes_attended
  WHERE attendance.status <> 'PRESENT' OR attendance.minutes_attended < EXCLUDED.minutes_attended
RETURNING id, user_id, minutes_attended;

-- name: insertLicenses
INSERT INTO license (user_id, type, state, number, status)
SELECT user_id, type, 'CA', number, status::license_status
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS given(user_id, type, number, status);
