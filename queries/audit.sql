-- Rendered from src/audit/audit.queries.ts (defineQueries 'audit') by `npm run queries:update`; edit the queries there.

-- name: eventsPage
SELECT e.id, e.occurred_at AS "occurredAt",
       to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
       e.actor_id AS "actorId", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
       e.cohort_id AS "cohortId", c.time_zone AS "timeZone", e.before, e.after
  FROM audit_event e
  LEFT JOIN cohort c ON c.id = e.cohort_id
 WHERE ($1::uuid[] IS NULL OR e.cohort_id = ANY ($1))
   AND ($2::uuid IS NULL OR e.cohort_id = $2)
   AND ($3::uuid IS NULL OR e.actor_id = $3)
   AND ($4::text IS NULL OR e.actor_id = (SELECT u.id FROM app_user u WHERE u.email = $4))
   AND ($5::text IS NULL OR e.action = $5)
   AND ($6::text IS NULL OR e.action LIKE $6)
   AND ($7::text IS NULL OR e.entity_type = $7)
   AND ($8::uuid IS NULL OR e.entity_id = $8)
   AND ($9::timestamptz IS NULL OR e.occurred_at >= $9)
   AND ($10::timestamptz IS NULL OR e.occurred_at < $10)
   -- The first comparison alone can use the index on occurred_at; the second breaks ties.
   AND ($11::timestamptz IS NULL OR (e.occurred_at <= $11 AND (e.occurred_at, e.id) < ($11, $12::uuid)))
 ORDER BY e.occurred_at DESC, e.id DESC
 LIMIT $13;

-- name: coordinatedCohorts
SELECT EXISTS (SELECT 1 FROM program p WHERE coordinates_program(p.id, $1)) AS coordinates,
       ARRAY(SELECT c.id FROM cohort c WHERE coordinates_cohort(c.id, $1)) AS "cohortIds";
