-- Rendered from src/web/web.queries.ts (defineQueries 'web') by `npm run queries:update`; edit the queries there.

-- name: liveSession
SELECT u.id, u.email, u.full_name, u.is_admin, s.csrf_token,
       EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = u.id AND e.role = 'PARTICIPANT') AS participant,
       EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = u.id AND e.role = 'FACULTY' AND e.status = 'ACTIVE') AS faculty,
       EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = u.id AND e.role = 'FACILITATOR' AND e.status = 'ACTIVE') AS facilitator,
       u.is_admin OR EXISTS (SELECT 1 FROM program_role r WHERE r.user_id = u.id) AS coordinator
  FROM web_session s JOIN app_user u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL AND u.token_version = s.token_version;
