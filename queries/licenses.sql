-- Rendered from src/licenses/licenses.queries.ts (defineQueries 'licenses') by `npm run queries:update`; edit the queries there.

-- name: lockPerson
SELECT u.id FROM app_user u WHERE u.id = $1 FOR UPDATE;

-- name: licensesOf
SELECT coalesce(json_agg(json_build_object('type', l.type, 'state', l.state, 'number', l.number, 'status', l.status) ORDER BY l.type, l.state), '[]') AS licenses FROM license l WHERE l.user_id = $1;

-- name: removeLicensesNotListed
DELETE FROM license l
 WHERE l.user_id = $1
   AND (l.type, l.state) NOT IN (SELECT t.type, t.state FROM unnest($2::text[], $3::text[]) AS t(type, state));

-- name: upsertLicenses
INSERT INTO license (user_id, type, state, number, status)
SELECT $1, t.type, t.state, t.number, t.status::license_status
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(type, state, number, status)
    ON CONFLICT (user_id, type, state) DO UPDATE SET number = EXCLUDED.number, status = EXCLUDED.status, updated_at = now()
 WHERE (license.number, license.status) IS DISTINCT FROM (EXCLUDED.number, EXCLUDED.status);

-- name: licensesOfPeople
SELECT p.id AS user_id,
       p.id = $1 AS self,
       teaches_person(p.id, $1) AS teaches_person,
       coalesce((SELECT json_agg(json_build_object('type', l.type, 'state', l.state, 'number', l.number, 'status', l.status) ORDER BY l.type, l.state) FROM license l WHERE l.user_id = p.id), '[]') AS licenses
  FROM unnest($2::uuid[]) AS p(id);
