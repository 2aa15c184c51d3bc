-- Rendered from src/transcripts/transcripts.queries.ts (defineQueries 'transcripts') by `npm run queries:update`; edit the queries there.

-- name: participantHours
WITH credit AS (
  SELECT kind::text AS category, optional, made_up, credited_minutes
    FROM attendance_credit
   WHERE cohort_id = $1 AND user_id = $2
),
held_kinds AS (
  SELECT DISTINCT kind::text AS category FROM session WHERE cohort_id = $1 AND NOT optional AND cancelled_at IS NULL
),
session_lines AS (
  SELECT k.category, count(c.category)::int AS sessions, coalesce(sum(c.credited_minutes), 0)::int AS minutes,
         coalesce(sum(c.credited_minutes) FILTER (WHERE c.made_up), 0)::int AS made_up_minutes
    FROM held_kinds k LEFT JOIN credit c ON c.category = k.category AND NOT c.optional
   GROUP BY k.category
),
optional_lines AS (
  SELECT category, count(*)::int AS sessions, sum(credited_minutes)::int AS minutes,
         coalesce(sum(credited_minutes) FILTER (WHERE made_up), 0)::int AS made_up_minutes
    FROM credit WHERE optional
   GROUP BY category
),
practicum AS (
  SELECT 'PRACTICUM' AS category, count(*)::int AS sessions, coalesce(sum(minutes), 0)::int AS minutes, 0 AS made_up_minutes
    FROM practicum_log_entry
   WHERE cohort_id = $1 AND participant_id = $2 AND status = 'APPROVED'
),
journals AS (
  SELECT 'JOURNALS' AS category, count(*)::int AS sessions, coalesce(sum(ja.expected_minutes), 0)::int AS minutes, 0 AS made_up_minutes
    FROM journal_submission js JOIN journal_assignment ja ON ja.id = js.assignment_id
   WHERE js.cohort_id = $1 AND js.participant_id = $2 AND js.status = 'SATISFACTORY'
)
SELECT EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = $1 AND e.user_id = $2 AND e.role = 'PARTICIPANT') AS is_participant,
       u.full_name, p.name AS program_name, c.name AS cohort_name,
       c.starts_on, c.ends_on, c.time_zone,
       (SELECT coalesce(sum(credited_minutes), 0)::int FROM credit WHERE NOT optional AND NOT made_up) AS contact_minutes,
       (SELECT coalesce(sum(credited_minutes), 0)::int FROM credit WHERE optional) AS optional_minutes,
       (SELECT coalesce(sum(credited_minutes), 0)::int FROM credit WHERE made_up AND NOT optional) AS made_up_minutes,
       (SELECT coalesce(json_agg(l ORDER BY l.category), '[]') FROM session_lines l)::jsonb
         || (SELECT jsonb_agg(l) FROM (SELECT * FROM practicum UNION ALL SELECT * FROM journals) l) AS lines,
       (SELECT coalesce(json_agg(l ORDER BY l.category), '[]') FROM optional_lines l) AS optional_lines
  FROM cohort c
  JOIN program p ON p.id = c.program_id
  JOIN app_user u ON u.id = $2
 WHERE c.id = $1;
