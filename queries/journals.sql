-- Rendered from src/journals/journals.queries.ts (defineQueries 'journals') by `npm run queries:update`; edit the queries there.

-- name: journalById
SELECT j.id, j.assignment_id, j.participant_id, j.cohort_id, j.status, j.version, j.body,
       j.first_submitted_at, j.submitted_at, j.late, j.score, j.feedback, j.rubric_levels, j.graded_at,
       a.module_id AS assignment_module_id, a.title AS assignment_title, a.prompt AS assignment_prompt,
       a.due_at AS assignment_due_at, a.expected_minutes AS assignment_expected_minutes, a.rubric AS assignment_rubric,
       u.email AS participant_email, u.full_name AS participant_full_name, u.is_admin AS participant_is_admin,
       u.credentials AS participant_credentials,
       coalesce((SELECT v.prompt FROM journal_submission_version v WHERE v.submission_id = j.id ORDER BY v.attempt DESC LIMIT 1),
                a.prompt) AS answered_prompt
  FROM journal_submission j
  JOIN journal_assignment a ON a.id = j.assignment_id
  JOIN app_user u ON u.id = j.participant_id
 WHERE j.id = $1;

-- name: journalsOfParticipant
SELECT j.id, j.assignment_id, j.participant_id, j.cohort_id, j.status, j.version, j.body,
       j.first_submitted_at, j.submitted_at, j.late, j.score, j.feedback, j.rubric_levels, j.graded_at,
       a.module_id AS assignment_module_id, a.title AS assignment_title, a.prompt AS assignment_prompt,
       a.due_at AS assignment_due_at, a.expected_minutes AS assignment_expected_minutes, a.rubric AS assignment_rubric,
       u.email AS participant_email, u.full_name AS participant_full_name, u.is_admin AS participant_is_admin,
       u.credentials AS participant_credentials,
       coalesce((SELECT v.prompt FROM journal_submission_version v WHERE v.submission_id = j.id ORDER BY v.attempt DESC LIMIT 1),
                a.prompt) AS answered_prompt
  FROM journal_submission j
  JOIN journal_assignment a ON a.id = j.assignment_id
  JOIN app_user u ON u.id = j.participant_id
 WHERE j.cohort_id = $1 AND j.participant_id = $2
 ORDER BY a.due_at, a.id;

-- name: gradingQueue
SELECT j.id, j.assignment_id, j.participant_id, j.cohort_id, j.status, j.version, j.body,
       j.first_submitted_at, j.submitted_at, j.late, j.score, j.feedback, j.rubric_levels, j.graded_at,
       a.module_id AS assignment_module_id, a.title AS assignment_title, a.prompt AS assignment_prompt,
       a.due_at AS assignment_due_at, a.expected_minutes AS assignment_expected_minutes, a.rubric AS assignment_rubric,
       u.email AS participant_email, u.full_name AS participant_full_name, u.is_admin AS participant_is_admin,
       u.credentials AS participant_credentials,
       coalesce((SELECT v.prompt FROM journal_submission_version v WHERE v.submission_id = j.id ORDER BY v.attempt DESC LIMIT 1),
                a.prompt) AS answered_prompt
  FROM journal_submission j
  JOIN journal_assignment a ON a.id = j.assignment_id
  JOIN app_user u ON u.id = j.participant_id
 WHERE j.cohort_id = $1 AND j.status = 'SUBMITTED'
   AND ($2::uuid IS NULL OR j.assignment_id = $2)
   AND ($3::timestamptz IS NULL OR (date_trunc('milliseconds', j.submitted_at), j.id) > ($3::timestamptz, $4::uuid))
 ORDER BY date_trunc('milliseconds', j.submitted_at), j.id
 LIMIT $5;

-- name: journalsOfAssignment
SELECT j.id, j.assignment_id, j.participant_id, j.cohort_id, j.status, j.version, j.body,
       j.first_submitted_at, j.submitted_at, j.late, j.score, j.feedback, j.rubric_levels, j.graded_at,
       a.module_id AS assignment_module_id, a.title AS assignment_title, a.prompt AS assignment_prompt,
       a.due_at AS assignment_due_at, a.expected_minutes AS assignment_expected_minutes, a.rubric AS assignment_rubric,
       u.email AS participant_email, u.full_name AS participant_full_name, u.is_admin AS participant_is_admin,
       u.credentials AS participant_credentials,
       coalesce((SELECT v.prompt FROM journal_submission_version v WHERE v.submission_id = j.id ORDER BY v.attempt DESC LIMIT 1),
                a.prompt) AS answered_prompt
  FROM journal_submission j
  JOIN journal_assignment a ON a.id = j.assignment_id
  JOIN app_user u ON u.id = j.participant_id
 WHERE j.assignment_id = $1 AND ($2::uuid IS NULL OR facilitates_member(j.cohort_id, j.participant_id, $2))
 ORDER BY u.full_name, u.id;

-- name: rejudgeAssignmentLateness
UPDATE journal_submission j
   SET late = judged.late, updated_at = now()
  FROM (SELECT s.id, s.first_submitted_at > greatest($2::timestamptz, e.due_at) AS late
          FROM journal_submission s
          LEFT JOIN journal_extension e ON e.assignment_id = s.assignment_id AND e.participant_id = s.participant_id
         WHERE s.assignment_id = $1 AND s.first_submitted_at IS NOT NULL) judged
 WHERE j.id = judged.id AND j.late <> judged.late
RETURNING j.id, j.late;

-- name: assignmentHasSubmissions
SELECT EXISTS (SELECT 1 FROM journal_submission WHERE assignment_id = $1 AND status <> 'DRAFT') AS submitted;

-- name: cohortCalendar
SELECT starts_on AS "startsOn", ends_on AS "endsOn", time_zone AS "timeZone" FROM cohort WHERE id = $1;

-- name: upsertExtension
INSERT INTO journal_extension (assignment_id, participant_id, due_at, granted_by_id)
VALUES ($1, $2, $3, $4)
ON CONFLICT (assignment_id, participant_id)
DO UPDATE SET due_at = EXCLUDED.due_at, granted_by_id = EXCLUDED.granted_by_id, granted_at = now()
RETURNING id;

-- name: rejudgeLateness
UPDATE journal_submission
   SET late = first_submitted_at > $3, updated_at = now()
 WHERE assignment_id = $1 AND participant_id = $2 AND first_submitted_at IS NOT NULL
RETURNING late;

-- name: gradeSubmitted
UPDATE journal_submission
   SET status = $2, version = version + 1, feedback = $3, score = $4, rubric_levels = $5,
       graded_at = now(), graded_by_id = $6, updated_at = now()
 WHERE id = $1 AND version = $7 AND status = 'SUBMITTED'
RETURNING id;
