import { defineQueries } from '../database/query-set';

/**
 * A journal with what every response shows of it: its assignment, its author, and the prompt it answers
 * (as its latest submitted text answered it; the assignment's own until then). Read by JournalsRepository.toJournal.
 */
const JOURNAL_SELECT = `
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
    JOIN app_user u ON u.id = j.participant_id`;

/** The journals' raw SQL; rendered to queries/journals.sql for review. */
export const JOURNALS_QUERIES = defineQueries('journals', {
  /** One journal ($1). */
  journalById: `${JOURNAL_SELECT}
   WHERE j.id = $1`,

  /** One participant's ($2) journals in a cohort ($1), by due date. */
  journalsOfParticipant: `${JOURNAL_SELECT}
   WHERE j.cohort_id = $1 AND j.participant_id = $2
   ORDER BY a.due_at, a.id`,

  /**
   * A cohort's ($1) journals awaiting a grade, oldest submission first: one assignment's ($2) or all,
   * after the queue position ($3 submitted at, $4 id) or from the start, $5 at most. Positions travel
   * as JavaScript dates, so the order is by the millisecond, then id.
   */
  gradingQueue: `${JOURNAL_SELECT}
   WHERE j.cohort_id = $1 AND j.status = 'SUBMITTED'
     AND ($2::uuid IS NULL OR j.assignment_id = $2)
     AND ($3::timestamptz IS NULL OR (date_trunc('milliseconds', j.submitted_at), j.id) > ($3::timestamptz, $4::uuid))
   ORDER BY date_trunc('milliseconds', j.submitted_at), j.id
   LIMIT $5`,

  /**
   * Journals written for an assignment ($1) by name: all of them, or with a facilitator ($2) only
   * those of the members of communities they facilitate.
   */
  journalsOfAssignment: `${JOURNAL_SELECT}
   WHERE j.assignment_id = $1 AND ($2::uuid IS NULL OR facilitates_member(j.cohort_id, j.participant_id, $2))
   ORDER BY u.full_name, u.id`,

  /**
   * Judges the submitted journals of assignment $1 against its new due date ($2), or a participant's
   * extension when that is later; answers the journals whose late flag changed.
   */
  rejudgeAssignmentLateness: `
    UPDATE journal_submission j
       SET late = judged.late, updated_at = now()
      FROM (SELECT s.id, s.first_submitted_at > greatest($2::timestamptz, e.due_at) AS late
              FROM journal_submission s
              LEFT JOIN journal_extension e ON e.assignment_id = s.assignment_id AND e.participant_id = s.participant_id
             WHERE s.assignment_id = $1 AND s.first_submitted_at IS NOT NULL) judged
     WHERE j.id = judged.id AND j.late <> judged.late
    RETURNING j.id, j.late
  `,

  /** Whether anyone submitted for the assignment ($1): a draft is not a submission. */
  assignmentHasSubmissions: `
    SELECT EXISTS (SELECT 1 FROM journal_submission WHERE assignment_id = $1 AND status <> 'DRAFT') AS submitted
  `,

  /** The days (in its time zone) a cohort's ($1) due dates must fall within. */
  cohortCalendar: `
    SELECT starts_on AS "startsOn", ends_on AS "endsOn", time_zone AS "timeZone" FROM cohort WHERE id = $1
  `,

  /** Grants (or replaces) one participant's ($2) later due date ($3) for an assignment ($1), by a grader ($4). */
  upsertExtension: `
    INSERT INTO journal_extension (assignment_id, participant_id, due_at, granted_by_id)
    VALUES ($1, $2, $3, $4)
    ON CONFLICT (assignment_id, participant_id)
    DO UPDATE SET due_at = EXCLUDED.due_at, granted_by_id = EXCLUDED.granted_by_id, granted_at = now()
    RETURNING id
  `,

  /** Judges a submitted journal's lateness against a new due date ($3); no row when nothing was submitted yet. */
  rejudgeLateness: `
    UPDATE journal_submission
       SET late = first_submitted_at > $3, updated_at = now()
     WHERE assignment_id = $1 AND participant_id = $2 AND first_submitted_at IS NOT NULL
    RETURNING late
  `,

  /**
   * Records a grade on exactly the version the grader read ($7), while it is still SUBMITTED:
   * of two graders racing, the second matches no row.
   */
  gradeSubmitted: `
    UPDATE journal_submission
       SET status = $2, version = version + 1, feedback = $3, score = $4, rubric_levels = $5,
           graded_at = now(), graded_by_id = $6, updated_at = now()
     WHERE id = $1 AND version = $7 AND status = 'SUBMITTED'
    RETURNING id
  `,
});
