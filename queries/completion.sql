-- Rendered from src/completion/completion.queries.ts (defineQueries 'completion') by `npm run queries:update`; edit the queries there.

-- name: cohortAchievements
WITH participant AS (SELECT e.user_id, e.withdrawn_on FROM enrollment e
   WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT'),
per_kind AS (
  -- Optional sessions count toward no requirement; made-up sessions toward neither contact minutes nor CE.
  SELECT ac.user_id, ac.kind,
         count(*) FILTER (WHERE NOT ac.optional)::int AS sessions,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional), 0)::int AS minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE ac.ce_eligible AND NOT ac.made_up), 0)::int AS ce_minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional AND NOT ac.made_up), 0)::int AS contact_minutes
    FROM attendance_credit ac
   WHERE ac.cohort_id = $1
   GROUP BY ac.user_id, ac.kind
),
attended AS (
  SELECT k.user_id,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'FACULTY_SEMINAR'), 0)::int AS faculty_sessions,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'COMMUNITY_OF_PRACTICE'), 0)::int AS community_sessions,
         coalesce(sum(k.minutes) FILTER (WHERE k.kind = 'REFLECTIVE_PRACTICE'), 0)::int AS reflective_minutes,
         sum(k.ce_minutes)::int AS ce_minutes,
         sum(k.contact_minutes)::int AS contact_minutes,
         array_agg(k.kind::text) FILTER (WHERE k.sessions > 0) AS kinds,
         array_agg(k.sessions) FILTER (WHERE k.sessions > 0) AS kind_sessions,
         array_agg(k.minutes) FILTER (WHERE k.sessions > 0) AS kind_minutes
    FROM per_kind k
   GROUP BY k.user_id
),
waived AS (
  SELECT w.user_id, array_agg(w.requirement_id) AS requirement_ids
    FROM requirement_waiver w
   WHERE w.cohort_id = $1
   GROUP BY w.user_id
),
journals AS (
  SELECT js.participant_id AS user_id, count(*)::int AS satisfactory
    FROM journal_submission js
   WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY'
   GROUP BY js.participant_id
),
practicum AS (
  SELECT p.participant_id AS user_id, coalesce(sum(p.minutes), 0)::int AS approved_minutes
    FROM practicum_log_entry p
   WHERE p.cohort_id = $1 AND p.status = 'APPROVED'
   GROUP BY p.participant_id
)
SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials,
       coalesce(at.faculty_sessions, 0) AS faculty_sessions,
       coalesce(at.community_sessions, 0) AS community_sessions,
       coalesce(at.reflective_minutes, 0) AS reflective_minutes,
       coalesce(at.ce_minutes, 0) AS ce_minutes,
       coalesce(at.contact_minutes, 0) AS contact_minutes,
       coalesce(j.satisfactory, 0) AS journals_satisfactory,
       coalesce(pr.approved_minutes, 0) AS practicum_minutes,
       coalesce(at.kinds, '{}') AS kinds,
       coalesce(at.kind_sessions, '{}') AS kind_sessions,
       coalesce(at.kind_minutes, '{}') AS kind_minutes,
       coalesce(wv.requirement_ids, '{}'::uuid[]) AS waived,
       p.withdrawn_on
  FROM participant p
  JOIN app_user u ON u.id = p.user_id
  LEFT JOIN attended at ON at.user_id = p.user_id
  LEFT JOIN journals j ON j.user_id = p.user_id
  LEFT JOIN practicum pr ON pr.user_id = p.user_id
  LEFT JOIN waived wv ON wv.user_id = p.user_id
 ORDER BY u.full_name, u.id;

-- name: participantAchievements
WITH participant AS (SELECT e.user_id, e.withdrawn_on FROM enrollment e
   WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT'
     AND ($2::uuid[] IS NULL OR e.user_id = ANY ($2::uuid[]))
     AND ($3::uuid IS NULL OR facilitates_member($1, e.user_id, $3))),
per_kind AS (
  -- Optional sessions count toward no requirement; made-up sessions toward neither contact minutes nor CE.
  SELECT ac.user_id, ac.kind,
         count(*) FILTER (WHERE NOT ac.optional)::int AS sessions,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional), 0)::int AS minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE ac.ce_eligible AND NOT ac.made_up), 0)::int AS ce_minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional AND NOT ac.made_up), 0)::int AS contact_minutes
    FROM attendance_credit ac
   WHERE ac.cohort_id = $1 AND ac.user_id IN (SELECT user_id FROM participant)
   GROUP BY ac.user_id, ac.kind
),
attended AS (
  SELECT k.user_id,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'FACULTY_SEMINAR'), 0)::int AS faculty_sessions,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'COMMUNITY_OF_PRACTICE'), 0)::int AS community_sessions,
         coalesce(sum(k.minutes) FILTER (WHERE k.kind = 'REFLECTIVE_PRACTICE'), 0)::int AS reflective_minutes,
         sum(k.ce_minutes)::int AS ce_minutes,
         sum(k.contact_minutes)::int AS contact_minutes,
         array_agg(k.kind::text) FILTER (WHERE k.sessions > 0) AS kinds,
         array_agg(k.sessions) FILTER (WHERE k.sessions > 0) AS kind_sessions,
         array_agg(k.minutes) FILTER (WHERE k.sessions > 0) AS kind_minutes
    FROM per_kind k
   GROUP BY k.user_id
),
waived AS (
  SELECT w.user_id, array_agg(w.requirement_id) AS requirement_ids
    FROM requirement_waiver w
   WHERE w.cohort_id = $1 AND w.user_id IN (SELECT user_id FROM participant)
   GROUP BY w.user_id
),
journals AS (
  SELECT js.participant_id AS user_id, count(*)::int AS satisfactory
    FROM journal_submission js
   WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY' AND js.participant_id IN (SELECT user_id FROM participant)
   GROUP BY js.participant_id
),
practicum AS (
  SELECT p.participant_id AS user_id, coalesce(sum(p.minutes), 0)::int AS approved_minutes
    FROM practicum_log_entry p
   WHERE p.cohort_id = $1 AND p.status = 'APPROVED' AND p.participant_id IN (SELECT user_id FROM participant)
   GROUP BY p.participant_id
)
SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials,
       coalesce(at.faculty_sessions, 0) AS faculty_sessions,
       coalesce(at.community_sessions, 0) AS community_sessions,
       coalesce(at.reflective_minutes, 0) AS reflective_minutes,
       coalesce(at.ce_minutes, 0) AS ce_minutes,
       coalesce(at.contact_minutes, 0) AS contact_minutes,
       coalesce(j.satisfactory, 0) AS journals_satisfactory,
       coalesce(pr.approved_minutes, 0) AS practicum_minutes,
       coalesce(at.kinds, '{}') AS kinds,
       coalesce(at.kind_sessions, '{}') AS kind_sessions,
       coalesce(at.kind_minutes, '{}') AS kind_minutes,
       coalesce(wv.requirement_ids, '{}'::uuid[]) AS waived,
       p.withdrawn_on
  FROM participant p
  JOIN app_user u ON u.id = p.user_id
  LEFT JOIN attended at ON at.user_id = p.user_id
  LEFT JOIN journals j ON j.user_id = p.user_id
  LEFT JOIN practicum pr ON pr.user_id = p.user_id
  LEFT JOIN waived wv ON wv.user_id = p.user_id
 ORDER BY u.full_name, u.id;

-- name: participantAchievement
WITH participant AS (SELECT e.user_id, e.withdrawn_on FROM enrollment e
   WHERE e.cohort_id = $1 AND e.user_id = $2 AND e.role = 'PARTICIPANT'),
per_kind AS (
  -- Optional sessions count toward no requirement; made-up sessions toward neither contact minutes nor CE.
  SELECT ac.user_id, ac.kind,
         count(*) FILTER (WHERE NOT ac.optional)::int AS sessions,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional), 0)::int AS minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE ac.ce_eligible AND NOT ac.made_up), 0)::int AS ce_minutes,
         coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional AND NOT ac.made_up), 0)::int AS contact_minutes
    FROM attendance_credit ac
   WHERE ac.cohort_id = $1 AND ac.user_id = $2
   GROUP BY ac.user_id, ac.kind
),
attended AS (
  SELECT k.user_id,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'FACULTY_SEMINAR'), 0)::int AS faculty_sessions,
         coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'COMMUNITY_OF_PRACTICE'), 0)::int AS community_sessions,
         coalesce(sum(k.minutes) FILTER (WHERE k.kind = 'REFLECTIVE_PRACTICE'), 0)::int AS reflective_minutes,
         sum(k.ce_minutes)::int AS ce_minutes,
         sum(k.contact_minutes)::int AS contact_minutes,
         array_agg(k.kind::text) FILTER (WHERE k.sessions > 0) AS kinds,
         array_agg(k.sessions) FILTER (WHERE k.sessions > 0) AS kind_sessions,
         array_agg(k.minutes) FILTER (WHERE k.sessions > 0) AS kind_minutes
    FROM per_kind k
   GROUP BY k.user_id
),
waived AS (
  SELECT w.user_id, array_agg(w.requirement_id) AS requirement_ids
    FROM requirement_waiver w
   WHERE w.cohort_id = $1 AND w.user_id = $2
   GROUP BY w.user_id
),
journals AS (
  SELECT js.participant_id AS user_id, count(*)::int AS satisfactory
    FROM journal_submission js
   WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY' AND js.participant_id = $2
   GROUP BY js.participant_id
),
practicum AS (
  SELECT p.participant_id AS user_id, coalesce(sum(p.minutes), 0)::int AS approved_minutes
    FROM practicum_log_entry p
   WHERE p.cohort_id = $1 AND p.status = 'APPROVED' AND p.participant_id = $2
   GROUP BY p.participant_id
)
SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials,
       coalesce(at.faculty_sessions, 0) AS faculty_sessions,
       coalesce(at.community_sessions, 0) AS community_sessions,
       coalesce(at.reflective_minutes, 0) AS reflective_minutes,
       coalesce(at.ce_minutes, 0) AS ce_minutes,
       coalesce(at.contact_minutes, 0) AS contact_minutes,
       coalesce(j.satisfactory, 0) AS journals_satisfactory,
       coalesce(pr.approved_minutes, 0) AS practicum_minutes,
       coalesce(at.kinds, '{}') AS kinds,
       coalesce(at.kind_sessions, '{}') AS kind_sessions,
       coalesce(at.kind_minutes, '{}') AS kind_minutes,
       coalesce(wv.requirement_ids, '{}'::uuid[]) AS waived,
       p.withdrawn_on
  FROM participant p
  JOIN app_user u ON u.id = p.user_id
  LEFT JOIN attended at ON at.user_id = p.user_id
  LEFT JOIN journals j ON j.user_id = p.user_id
  LEFT JOIN practicum pr ON pr.user_id = p.user_id
  LEFT JOIN waived wv ON wv.user_id = p.user_id
 ORDER BY u.full_name, u.id;

-- name: countableSessionKinds
SELECT coalesce(array_agg(DISTINCT s.kind::text), '{}') AS kinds
  FROM session s
 WHERE s.cohort_id = $1 AND NOT s.optional AND s.cancelled_at IS NULL;

-- name: insertWaiver
INSERT INTO requirement_waiver (cohort_id, requirement_id, user_id, reason, waived_by_id)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (requirement_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, waived_by_id = EXCLUDED.waived_by_id
RETURNING id, cohort_id, requirement_id, user_id, reason, created_at;

-- name: waiverTargets
SELECT EXISTS (SELECT 1 FROM completion_requirement r WHERE r.id = $2 AND r.cohort_id = $1) AS requirement_in_cohort,
       EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = $1 AND e.user_id = $3 AND e.role = 'PARTICIPANT') AS is_participant;
