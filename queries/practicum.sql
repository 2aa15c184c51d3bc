-- Rendered from src/practicum/practicum.queries.ts (defineQueries 'practicum') by `npm run queries:update`; edit the queries there.

-- name: ownEntries
SELECT e.id, e.participant_id, e.date, e.minutes, e.activity, e.reflection, e.status, e.version,
       e.submitted_at, e.created_at, e.updated_at,
       p.id AS placement_id, p.provider_code, p.setting_type, p.region, p.created_at AS placement_created_at,
       u.full_name AS participant_full_name, u.is_admin AS participant_is_admin, u.credentials AS participant_credentials,
       facilitates_member(e.cohort_id, e.participant_id, $1) AS viewer_facilitates_author,
       coalesce((
         SELECT json_agg(json_build_object(
                  'id', r.id, 'decision', r.decision, 'comment', r.comment, 'createdAt', r.created_at,
                  'reviewerId', ru.id, 'reviewerFullName', ru.full_name, 'reviewerIsAdmin', ru.is_admin,
                  'reviewerCredentials', ru.credentials
                ) ORDER BY r.created_at, r.id)
           FROM practicum_review r JOIN app_user ru ON ru.id = r.reviewer_id
          WHERE r.entry_id = e.id
       ), '[]') AS reviews
  FROM practicum_log_entry e
  JOIN practicum_placement p ON p.id = e.placement_id
  JOIN app_user u ON u.id = e.participant_id
 WHERE e.cohort_id = $2 AND e.participant_id = $1
 ORDER BY e.date DESC, e.created_at DESC;

-- name: reviewQueue
SELECT e.id, e.participant_id, e.date, e.minutes, e.activity, e.reflection, e.status, e.version,
       e.submitted_at, e.created_at, e.updated_at,
       p.id AS placement_id, p.provider_code, p.setting_type, p.region, p.created_at AS placement_created_at,
       u.full_name AS participant_full_name, u.is_admin AS participant_is_admin, u.credentials AS participant_credentials,
       facilitates_member(e.cohort_id, e.participant_id, $1) AS viewer_facilitates_author,
       coalesce((
         SELECT json_agg(json_build_object(
                  'id', r.id, 'decision', r.decision, 'comment', r.comment, 'createdAt', r.created_at,
                  'reviewerId', ru.id, 'reviewerFullName', ru.full_name, 'reviewerIsAdmin', ru.is_admin,
                  'reviewerCredentials', ru.credentials
                ) ORDER BY r.created_at, r.id)
           FROM practicum_review r JOIN app_user ru ON ru.id = r.reviewer_id
          WHERE r.entry_id = e.id
       ), '[]') AS reviews
  FROM practicum_log_entry e
  JOIN practicum_placement p ON p.id = e.placement_id
  JOIN app_user u ON u.id = e.participant_id
 WHERE e.cohort_id = $2 AND e.status = 'PENDING' AND e.participant_id <> $1
   AND ($3::uuid IS NULL OR facilitates_member(e.cohort_id, e.participant_id, $3))
   AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', e.submitted_at), e.id) > ($4::timestamptz, $5::uuid))
 ORDER BY date_trunc('milliseconds', e.submitted_at), e.id
 LIMIT $6;

-- name: entryById
SELECT e.id, e.participant_id, e.date, e.minutes, e.activity, e.reflection, e.status, e.version,
       e.submitted_at, e.created_at, e.updated_at,
       p.id AS placement_id, p.provider_code, p.setting_type, p.region, p.created_at AS placement_created_at,
       u.full_name AS participant_full_name, u.is_admin AS participant_is_admin, u.credentials AS participant_credentials,
       facilitates_member(e.cohort_id, e.participant_id, $1) AS viewer_facilitates_author,
       coalesce((
         SELECT json_agg(json_build_object(
                  'id', r.id, 'decision', r.decision, 'comment', r.comment, 'createdAt', r.created_at,
                  'reviewerId', ru.id, 'reviewerFullName', ru.full_name, 'reviewerIsAdmin', ru.is_admin,
                  'reviewerCredentials', ru.credentials
                ) ORDER BY r.created_at, r.id)
           FROM practicum_review r JOIN app_user ru ON ru.id = r.reviewer_id
          WHERE r.entry_id = e.id
       ), '[]') AS reviews
  FROM practicum_log_entry e
  JOIN practicum_placement p ON p.id = e.placement_id
  JOIN app_user u ON u.id = e.participant_id
 WHERE e.id = $2;

-- name: participantMinutes
SELECT coalesce((
         SELECT json_agg(grouped)
           FROM (SELECT status, activity, sum(minutes)::int AS minutes
                   FROM practicum_log_entry
                  WHERE cohort_id = $1 AND participant_id = $2
                  GROUP BY status, activity) grouped
       ), '[]') AS groups,
       (SELECT coalesce(sum(credited_minutes), 0)::int
          FROM attendance_credit
         WHERE cohort_id = $1 AND user_id = $2 AND kind = 'REFLECTIVE_PRACTICE' AND NOT optional) AS reflective_practice_minutes;

-- name: placementWithCohortDates
SELECT p.id, p.cohort_id, c.starts_on, c.ends_on
  FROM practicum_placement p JOIN cohort c ON c.id = p.cohort_id
 WHERE p.id = $1;

-- name: lockEntry
SELECT e.id, e.participant_id, e.cohort_id, e.date, e.minutes, e.activity, e.status, e.version, c.starts_on, c.ends_on
  FROM practicum_log_entry e JOIN cohort c ON c.id = e.cohort_id
 WHERE e.id = $1
   FOR UPDATE OF e;
