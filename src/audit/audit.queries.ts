import { defineQueries } from '../database/query-set';

/** Reading the audit trail; its only writes are AuditRepository.insert. */
export const AUDIT_QUERIES = defineQueries('audit', {
  /**
   * A page of events, newest first, of the cohorts $1 (every event, those of no cohort too, when
   * null). Each filter applies when given: cohort $2, actor $3 or the actor's stored e-mail address
   * $4, action $5 or action LIKE pattern $6, entity type $7 and id $8, at or after $9 and before $10;
   * after the cursor's instant $11 and id $12; at most $13 events. `cursorAt` is the instant to the
   * microsecond, for the next page's cursor.
   */
  eventsPage: `
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
     LIMIT $13
  `,
  /**
   * Whether the person ($1) coordinates any program, and the cohorts of their programs: passed to
   * eventsPage as values, so the planner weighs them (a small cohort's events through its index).
   */
  coordinatedCohorts: `
    SELECT EXISTS (SELECT 1 FROM program p WHERE coordinates_program(p.id, $1)) AS coordinates,
           ARRAY(SELECT c.id FROM cohort c WHERE coordinates_cohort(c.id, $1)) AS "cohortIds"
  `,
});
