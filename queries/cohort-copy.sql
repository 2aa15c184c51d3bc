-- Rendered from src/cohort-copy/cohort-copy.queries.ts (defineQueries 'cohort-copy') by `npm run queries:update`; edit the queries there.

-- name: copySource
SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.time_zone AS "timeZone",
       coalesce((SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'at', s.starts_at) ORDER BY s.starts_at, s.title)
                   FROM session s
                  WHERE s.cohort_id = c.id AND s.cancelled_at IS NULL
                    AND NOT EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id)), '[]') AS sessions,
       coalesce((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'at', a.due_at) ORDER BY a.due_at, a.title)
                   FROM journal_assignment a WHERE a.cohort_id = c.id), '[]') AS assignments,
       (SELECT count(*)::int FROM session s WHERE s.cohort_id = c.id AND s.cancelled_at IS NOT NULL) AS "cancelledSessions",
       (SELECT count(*)::int FROM session s
         WHERE s.cohort_id = c.id AND s.cancelled_at IS NULL
           AND EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id)) AS "sessionsForNamedParticipants"
  FROM cohort c
 WHERE c.id = $1;

-- name: copyCohort
WITH new_cohort AS (
  INSERT INTO cohort (program_id, name, starts_on, ends_on, capacity, time_zone, minimum_attendance_percent)
  SELECT c.program_id, $2, $3::date, c.ends_on + ($3::date - c.starts_on), c.capacity, c.time_zone, c.minimum_attendance_percent
    FROM cohort c WHERE c.id = $1
  RETURNING *
),
module_ids AS (
  SELECT m.id AS source_id, gen_random_uuid() AS id FROM course_module m WHERE m.cohort_id = $1
),
modules AS (
  INSERT INTO course_module (id, cohort_id, title, position, description)
  SELECT ids.id, n.id, m.title, m.position, m.description
    FROM module_ids ids JOIN course_module m ON m.id = ids.source_id CROSS JOIN new_cohort n
  RETURNING id, title, position
),
community_ids AS (
  SELECT cp.id AS source_id, gen_random_uuid() AS id FROM community cp WHERE cp.cohort_id = $1
),
communities AS (
  INSERT INTO community (id, cohort_id, name)
  SELECT ids.id, n.id, cp.name
    FROM community_ids ids JOIN community cp ON cp.id = ids.source_id CROSS JOIN new_cohort n
  RETURNING id, name
),
session_ids AS (
  SELECT s.id AS source_id, gen_random_uuid() AS id, t.starts_at
    FROM unnest($4::uuid[], $5::timestamptz[]) AS t(source_id, starts_at)
    JOIN session s ON s.id = t.source_id AND s.cohort_id = $1
),
sessions AS (
  INSERT INTO session (id, cohort_id, module_id, community_id, kind, title, starts_at, duration_minutes, ce_eligible,
                       optional, modality, location, join_url)
  SELECT ids.id, n.id, m.id, cp.id, s.kind, s.title, ids.starts_at, s.duration_minutes, s.ce_eligible,
         s.optional, s.modality, s.location, s.join_url
    FROM session_ids ids
    JOIN session s ON s.id = ids.source_id
    LEFT JOIN module_ids m ON m.source_id = s.module_id
    LEFT JOIN community_ids cp ON cp.source_id = s.community_id
   CROSS JOIN new_cohort n
  RETURNING id, kind, title, module_id, community_id, starts_at, duration_minutes, ce_eligible, optional, modality, location, join_url
),
assignment_ids AS (
  SELECT a.id AS source_id, gen_random_uuid() AS id, t.due_at
    FROM unnest($6::uuid[], $7::timestamptz[]) AS t(source_id, due_at)
    JOIN journal_assignment a ON a.id = t.source_id AND a.cohort_id = $1
),
assignments AS (
  INSERT INTO journal_assignment (id, module_id, cohort_id, title, prompt, due_at, expected_minutes, rubric)
  SELECT ids.id, m.id, n.id, a.title, a.prompt, ids.due_at, a.expected_minutes, a.rubric
    FROM assignment_ids ids
    JOIN journal_assignment a ON a.id = ids.source_id
    JOIN module_ids m ON m.source_id = a.module_id
   CROSS JOIN new_cohort n
  RETURNING id, title, due_at, expected_minutes
),
requirement_ids AS (
  SELECT r.id AS source_id, gen_random_uuid() AS id FROM completion_requirement r WHERE r.cohort_id = $1
),
requirements AS (
  INSERT INTO completion_requirement (id, cohort_id, kind, session_kinds, label, threshold)
  SELECT ids.id, n.id, r.kind, r.session_kinds, r.label, r.threshold
    FROM requirement_ids ids JOIN completion_requirement r ON r.id = ids.source_id CROSS JOIN new_cohort n
  RETURNING id, kind, session_kinds, label, threshold
)
SELECT json_build_object('id', n.id, 'programId', n.program_id, 'name', n.name, 'startsOn', n.starts_on, 'endsOn', n.ends_on,
                         'capacity', n.capacity, 'timeZone', n.time_zone, 'minimumAttendancePercent', n.minimum_attendance_percent,
                         'createdAt', n.created_at) AS cohort,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'copiedFrom', ids.source_id, 'title', x.title, 'position', x.position)
                                 ORDER BY x.position, x.title)
                   FROM modules x JOIN module_ids ids ON ids.id = x.id), '[]') AS modules,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'copiedFrom', ids.source_id, 'name', x.name) ORDER BY x.name)
                   FROM communities x JOIN community_ids ids ON ids.id = x.id), '[]') AS communities,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'copiedFrom', ids.source_id, 'kind', x.kind, 'title', x.title,
                                                   'moduleId', x.module_id, 'communityId', x.community_id, 'startsAt', x.starts_at,
                                                   'durationMinutes', x.duration_minutes, 'ceEligible', x.ce_eligible,
                                                   'optional', x.optional, 'modality', x.modality, 'location', x.location,
                                                   'joinUrl', x.join_url) ORDER BY x.starts_at, x.title)
                   FROM sessions x JOIN session_ids ids ON ids.id = x.id), '[]') AS sessions,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'copiedFrom', ids.source_id, 'title', x.title, 'dueAt', x.due_at,
                                                   'expectedMinutes', x.expected_minutes) ORDER BY x.due_at, x.title)
                   FROM assignments x JOIN assignment_ids ids ON ids.id = x.id), '[]') AS assignments,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'copiedFrom', ids.source_id, 'kind', x.kind, 'threshold', x.threshold,
                                                   'sessionKinds', x.session_kinds, 'label', x.label) ORDER BY x.kind, x.label)
                   FROM requirements x JOIN requirement_ids ids ON ids.id = x.id), '[]') AS requirements
  FROM new_cohort n;
