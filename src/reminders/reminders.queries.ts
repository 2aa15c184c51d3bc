import { defineQueries } from '../database/query-set';

/** Whom a reminder may go to: an active account that has not turned reminders off (alias `u`). */
const WANTS_REMINDERS = `u.deactivated_at IS NULL AND NOT EXISTS (SELECT 1 FROM reminder_opt_out o WHERE o.user_id = u.id)`;

/** A participant's due date for an assignment, as JournalsRepository.dueAtFor reads it: the later of the assignment's and their extension's. */
const DUE_AT = `greatest(a.due_at, x.due_at)`;

/** The reminders' raw SQL; rendered to queries/reminders.sql for review. */
export const REMINDER_QUERIES = defineQueries('reminders', {
  /**
   * Claims reminders of kind $1 for the keys (person $2, record $3, occasion $4, as parallel arrays):
   * answers the keys claimed now. A key claimed before (or by a concurrent sweep, which this waits
   * for) answers nothing, so its message is never queued twice.
   */
  claim: `
    INSERT INTO reminder_sent (kind, user_id, subject_id, occasion)
    SELECT $1::reminder_kind, k.user_id, k.subject_id, k.occasion
      FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS k(user_id, subject_id, occasion)
    ON CONFLICT ON CONSTRAINT uq_reminder_sent_once DO NOTHING
    RETURNING user_id, subject_id, occasion
  `,

  /** Active participants' journals due after $1 and at or before $2 (extensions counted) and not yet submitted. */
  journalsDueSoon: `
    SELECT u.id AS user_id, u.email, u.full_name, a.id AS assignment_id, a.title, c.time_zone, ${DUE_AT} AS due_at
      FROM journal_assignment a
      JOIN cohort c ON c.id = a.cohort_id
      JOIN enrollment en ON en.cohort_id = a.cohort_id AND en.role = 'PARTICIPANT' AND en.status = 'ACTIVE'
      JOIN app_user u ON u.id = en.user_id
      LEFT JOIN journal_extension x ON x.assignment_id = a.id AND x.participant_id = en.user_id
      LEFT JOIN journal_submission s ON s.assignment_id = a.id AND s.participant_id = en.user_id
     WHERE ${DUE_AT} > $1 AND ${DUE_AT} <= $2
       AND s.first_submitted_at IS NULL
       AND ${WANTS_REMINDERS}
  `,

  /** The author of the journal that grade $1 was given on, when they want reminders, and the journal's assignment. */
  feedbackRecipient: `
    SELECT u.id AS user_id, u.email, u.full_name, a.id AS assignment_id, a.title
      FROM journal_grade g
      JOIN journal_submission s ON s.id = g.submission_id
      JOIN journal_assignment a ON a.id = s.assignment_id
      JOIN app_user u ON u.id = s.participant_id
     WHERE g.id = $1 AND ${WANTS_REMINDERS}
  `,

  /**
   * Practicum entries pending review since $1 or earlier, once per person who may review them and wants
   * reminders: the facilitators of the author's current community and the cohort's faculty, while
   * active in the cohort, never the author.
   */
  practicumWaiting: `
    SELECT u.id AS reviewer_id, u.email, u.full_name, c.id AS cohort_id, c.name AS cohort_name, e.id AS entry_id, e.submitted_at
      FROM practicum_log_entry e
      JOIN cohort c ON c.id = e.cohort_id
      CROSS JOIN LATERAL (
        SELECT cf.user_id
          FROM community_member cm JOIN community_facilitator cf ON cf.community_id = cm.community_id
         WHERE cm.cohort_id = e.cohort_id AND cm.user_id = e.participant_id AND cm.left_on IS NULL
        UNION
        SELECT f.user_id FROM enrollment f WHERE f.cohort_id = e.cohort_id AND f.role = 'FACULTY'
      ) reviewer
      JOIN app_user u ON u.id = reviewer.user_id
     WHERE e.status = 'PENDING' AND e.submitted_at <= $1
       AND u.id <> e.participant_id
       AND EXISTS (SELECT 1 FROM enrollment staff
                    WHERE staff.cohort_id = e.cohort_id AND staff.user_id = u.id
                      AND staff.role IN ('FACULTY', 'FACILITATOR') AND staff.status = 'ACTIVE')
       AND ${WANTS_REMINDERS}
     ORDER BY u.id, c.name, c.id
  `,

  /**
   * Per participant of every cohort with a coordinator that ends on $3 or later: their journals past due
   * at $1 (extensions counted) and not submitted, and their practicum entries pending since $2 or earlier.
   * Only participants with something late; by program, then cohort.
   */
  lateParticipants: `
    WITH cohorts AS (
      SELECT c.id, c.name, c.program_id, p.name AS program_name
        FROM cohort c JOIN program p ON p.id = c.program_id
       WHERE c.ends_on >= $3::date
         AND EXISTS (SELECT 1 FROM program_role pr WHERE pr.program_id = c.program_id AND pr.role = 'COORDINATOR')
    ), late_journals AS (
      SELECT a.cohort_id, en.user_id, count(*)::int AS n
        FROM cohorts co
        JOIN journal_assignment a ON a.cohort_id = co.id
        JOIN enrollment en ON en.cohort_id = a.cohort_id AND en.role = 'PARTICIPANT' AND en.status = 'ACTIVE'
        LEFT JOIN journal_extension x ON x.assignment_id = a.id AND x.participant_id = en.user_id
        LEFT JOIN journal_submission s ON s.assignment_id = a.id AND s.participant_id = en.user_id
       WHERE ${DUE_AT} <= $1 AND s.first_submitted_at IS NULL
       GROUP BY a.cohort_id, en.user_id
    ), waiting_entries AS (
      SELECT e.cohort_id, e.participant_id AS user_id, count(*)::int AS n
        FROM cohorts co JOIN practicum_log_entry e ON e.cohort_id = co.id
       WHERE e.status = 'PENDING' AND e.submitted_at <= $2
       GROUP BY e.cohort_id, e.participant_id
    )
    SELECT co.program_id, co.program_name, co.id AS cohort_id, co.name AS cohort_name, u.full_name AS participant_name,
           coalesce(j.n, 0) AS late_journals, coalesce(w.n, 0) AS waiting_entries
      FROM late_journals j
      FULL JOIN waiting_entries w ON w.cohort_id = j.cohort_id AND w.user_id = j.user_id
      JOIN cohorts co ON co.id = coalesce(j.cohort_id, w.cohort_id)
      JOIN app_user u ON u.id = coalesce(j.user_id, w.user_id)
     ORDER BY co.program_name, co.program_id, co.name, co.id
  `,

  /** The coordinators of programs $1 who want reminders (administrators are not sent digests). */
  coordinatorsOf: `
    SELECT pr.program_id, u.id AS user_id, u.email, u.full_name
      FROM program_role pr JOIN app_user u ON u.id = pr.user_id
     WHERE pr.program_id = ANY($1::uuid[]) AND pr.role = 'COORDINATOR'
       AND ${WANTS_REMINDERS}
  `,
});
