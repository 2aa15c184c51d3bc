-- Rendered from src/transcripts/transcripts.queries.ts (defineQueries 'transcripts') by `npm run queries:update`; edit the queries there.

-- name: participantHours
WITH person AS (
  SELECT u.id AS user_id, u.full_name,
         EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = $1 AND e.user_id = u.id AND e.role = 'PARTICIPANT') AS is_participant
    FROM app_user u
   WHERE u.id IN (SELECT unnest($2::uuid[])
                  UNION ALL
                  SELECT user_id FROM enrollment WHERE $2::uuid[] IS NULL AND cohort_id = $1 AND role = 'PARTICIPANT')
),
credit AS (
  SELECT user_id, kind::text AS category, optional, made_up, credited_minutes
    FROM attendance_credit
   WHERE cohort_id = $1 AND user_id IN (SELECT user_id FROM person)
),
held_kinds AS (
  SELECT DISTINCT kind::text AS category FROM session WHERE cohort_id = $1 AND NOT optional AND cancelled_at IS NULL
),
session_lines AS (
  SELECT p.user_id, k.category, count(c.category)::int AS sessions, coalesce(sum(c.credited_minutes), 0)::int AS minutes,
         coalesce(sum(c.credited_minutes) FILTER (WHERE c.made_up), 0)::int AS made_up_minutes
    FROM person p
   CROSS JOIN held_kinds k
    LEFT JOIN credit c ON c.user_id = p.user_id AND c.category = k.category AND NOT c.optional
   GROUP BY p.user_id, k.category
),
optional_lines AS (
  SELECT user_id, category, count(*)::int AS sessions, sum(credited_minutes)::int AS minutes,
         coalesce(sum(credited_minutes) FILTER (WHERE made_up), 0)::int AS made_up_minutes
    FROM credit WHERE optional
   GROUP BY user_id, category
),
totals AS (
  SELECT user_id,
         coalesce(sum(credited_minutes) FILTER (WHERE NOT optional AND NOT made_up), 0)::int AS contact_minutes,
         coalesce(sum(credited_minutes) FILTER (WHERE optional), 0)::int AS optional_minutes,
         coalesce(sum(credited_minutes) FILTER (WHERE made_up AND NOT optional), 0)::int AS made_up_minutes
    FROM credit
   GROUP BY user_id
),
practicum AS (
  SELECT participant_id AS user_id, count(*)::int AS sessions, sum(minutes)::int AS minutes
    FROM practicum_log_entry
   WHERE cohort_id = $1 AND status = 'APPROVED' AND participant_id IN (SELECT user_id FROM person)
   GROUP BY participant_id
),
journals AS (
  SELECT js.participant_id AS user_id, count(*)::int AS sessions, sum(ja.expected_minutes)::int AS minutes
    FROM journal_submission js JOIN journal_assignment ja ON ja.id = js.assignment_id
   WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY' AND js.participant_id IN (SELECT user_id FROM person)
   GROUP BY js.participant_id
),
lines_of AS (
  SELECT user_id, json_agg(json_build_object('category', category, 'sessions', sessions, 'minutes', minutes, 'made_up_minutes', made_up_minutes)
                           ORDER BY category) AS lines
    FROM session_lines GROUP BY user_id
),
optional_lines_of AS (
  SELECT user_id, json_agg(json_build_object('category', category, 'sessions', sessions, 'minutes', minutes, 'made_up_minutes', made_up_minutes)
                           ORDER BY category) AS lines
    FROM optional_lines GROUP BY user_id
)
SELECT p.user_id, p.is_participant, p.full_name, prog.name AS program_name, c.name AS cohort_name,
       c.starts_on, c.ends_on, c.time_zone,
       coalesce(t.contact_minutes, 0) AS contact_minutes,
       coalesce(t.optional_minutes, 0) AS optional_minutes,
       coalesce(t.made_up_minutes, 0) AS made_up_minutes,
       coalesce(l.lines, '[]')::jsonb || jsonb_build_array(
         jsonb_build_object('category', 'PRACTICUM', 'sessions', coalesce(pr.sessions, 0), 'minutes', coalesce(pr.minutes, 0), 'made_up_minutes', 0),
         jsonb_build_object('category', 'JOURNALS', 'sessions', coalesce(j.sessions, 0), 'minutes', coalesce(j.minutes, 0), 'made_up_minutes', 0)
       ) AS lines,
       coalesce(o.lines, '[]') AS optional_lines
  FROM person p
 CROSS JOIN cohort c
  JOIN program prog ON prog.id = c.program_id
  LEFT JOIN totals t ON t.user_id = p.user_id
  LEFT JOIN practicum pr ON pr.user_id = p.user_id
  LEFT JOIN journals j ON j.user_id = p.user_id
  LEFT JOIN lines_of l ON l.user_id = p.user_id
  LEFT JOIN optional_lines_of o ON o.user_id = p.user_id
 WHERE c.id = $1
 ORDER BY p.full_name, p.user_id;
