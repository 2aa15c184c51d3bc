-- Rendered from src/communities/communities.queries.ts (defineQueries 'communities') by `npm run queries:update`; edit the queries there.

-- name: visibleCommunitiesOfCohorts
SELECT c.id, c.cohort_id AS "cohortId", c.name, c.created_at AS "createdAt"
  FROM community c
 WHERE c.cohort_id = ANY ($1::uuid[]) AND sees_community(c.id, $2, $3)
 ORDER BY c.name;

-- name: rosterStandings
SELECT u.id,
       enrolled_as($1, u.id, ARRAY['PARTICIPANT']) AS participant,
       enrolled_as($1, u.id, ARRAY['FACULTY', 'FACILITATOR']) AS staff,
       (SELECT c.name FROM community_member m JOIN community c ON c.id = m.community_id
         WHERE m.cohort_id = $1 AND m.user_id = u.id AND m.left_on IS NULL AND m.community_id IS DISTINCT FROM $3::uuid) AS "otherCommunity"
  FROM unnest($2::uuid[]) AS u(id);

-- name: staffVisibleNotesOfSessions
SELECT n.id, n.session_id AS "sessionId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
       json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS author
  FROM session_note n
  JOIN app_user u ON u.id = n.author_id
 WHERE n.session_id = ANY ($1::uuid[]) AND sees_session_as_staff(n.session_id, $2, $3)
 ORDER BY n.created_at;

-- name: addMembers
INSERT INTO community_member (community_id, user_id, cohort_id, joined_on)
SELECT $1, u.id, c.id,
       (SELECT greatest((now() AT TIME ZONE c.time_zone)::date, max(m.left_on) + 1)
          FROM community_member m WHERE m.cohort_id = c.id AND m.user_id = u.id HAVING count(*) > 0)
  FROM unnest($3::uuid[]) AS u(id) CROSS JOIN cohort c
 WHERE c.id = $2;

-- name: endMembership
WITH membership AS (
  SELECT m.community_id, m.user_id, m.joined_on, (now() AT TIME ZONE c.time_zone)::date AS today,
         EXISTS (SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id
                  WHERE s.community_id = m.community_id AND a.user_id = m.user_id) AS recorded
    FROM community_member m JOIN cohort c ON c.id = m.cohort_id
   WHERE m.community_id = $1 AND m.user_id = $2 AND m.left_on IS NULL
), closed AS (
  UPDATE community_member m SET left_on = greatest(ms.joined_on, ms.today - 1)
    FROM membership ms
   WHERE ms.recorded AND m.community_id = ms.community_id AND m.user_id = ms.user_id AND m.joined_on = ms.joined_on
  RETURNING 1
), deleted AS (
  DELETE FROM community_member m USING membership ms
   WHERE NOT ms.recorded AND m.community_id = ms.community_id AND m.user_id = ms.user_id AND m.joined_on = ms.joined_on
  RETURNING 1
)
SELECT (SELECT count(*) FROM closed) + (SELECT count(*) FROM deleted) AS changed;

-- name: attendanceFrom
SELECT EXISTS (
  SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id
   WHERE s.community_id = $1 AND a.user_id = $2 AND (s.starts_at AT TIME ZONE c.time_zone)::date >= $3::date
) AS recorded;
