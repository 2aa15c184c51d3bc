-- Rendered from src/auth/auth.queries.ts (defineQueries 'auth') by `npm run queries:update`; edit the queries there.

-- name: signedInUser
SELECT u.id, u.email, u.full_name AS "fullName", u.is_admin AS "isAdmin", u.token_version AS "tokenVersion",
       u.deactivated_at AS "deactivatedAt"
  FROM app_user u
 WHERE u.id = $1;

-- name: usersPage
WITH matching AS (
  SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials, u.token_version, u.deactivated_at, u.created_at
    FROM app_user u
   WHERE $1::text IS NULL OR u.full_name ILIKE $1 OR u.email ILIKE $1
)
SELECT (SELECT count(*) FROM matching)::int AS total,
       coalesce((SELECT json_agg(p ORDER BY p.full_name, p.id)
                   FROM (SELECT m.* FROM matching m
                          WHERE $2::text IS NULL OR (m.full_name, m.id) > ($2::text, $3::uuid)
                          ORDER BY m.full_name, m.id
                          LIMIT $4) p), '[]') AS page;

-- name: insertToken
INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at)
VALUES ($1, $2, $3, now() + make_interval(secs => $4));

-- name: useToken
UPDATE one_time_token SET used_at = now()
 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
RETURNING user_id;

-- name: retireTokens
UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL;

-- name: bumpTokenVersion
UPDATE app_user SET token_version = token_version + 1 WHERE id = $1;
