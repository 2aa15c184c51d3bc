import { defineQueries } from '../database/query-set';

/**
 * Entries as the viewer ($1) sees them, each with its placement, author, whether the viewer
 * facilitates the author (for redaction) and its whole review history as JSON, oldest first.
 * Each query below adds its own WHERE (parameters from $2) and ORDER BY.
 */
const ENTRY_SELECT = `
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
      JOIN app_user u ON u.id = e.participant_id`;

export const PRACTICUM_QUERIES = defineQueries('practicum', {
  /** The viewer's ($1) own entries in cohort $2, newest date first. */
  ownEntries: `${ENTRY_SELECT}
     WHERE e.cohort_id = $2 AND e.participant_id = $1
     ORDER BY e.date DESC, e.created_at DESC
  `,

  /**
   * PENDING entries of cohort $2 the viewer ($1) may review, oldest first: never their own; all of
   * the cohort, or with a facilitator ($3) only their communities' members'; after the queue
   * position ($4 submitted at, $5 id) or from the start, $6 at most. Positions travel as
   * JavaScript dates, so the order is by the millisecond, then id.
   */
  reviewQueue: `${ENTRY_SELECT}
     WHERE e.cohort_id = $2 AND e.status = 'PENDING' AND e.participant_id <> $1
       AND ($3::uuid IS NULL OR facilitates_member(e.cohort_id, e.participant_id, $3))
       AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', e.submitted_at), e.id) > ($4::timestamptz, $5::uuid))
     ORDER BY date_trunc('milliseconds', e.submitted_at), e.id
     LIMIT $6
  `,

  /** Entry $2 as the viewer ($1) sees it. */
  entryById: `${ENTRY_SELECT}
     WHERE e.id = $2
  `,

  /** Participant $2's practicum minutes in cohort $1 by status and activity, and their credited reflective practice minutes. */
  participantMinutes: `
    SELECT coalesce((
             SELECT json_agg(grouped)
               FROM (SELECT status, activity, sum(minutes)::int AS minutes
                       FROM practicum_log_entry
                      WHERE cohort_id = $1 AND participant_id = $2
                      GROUP BY status, activity) grouped
           ), '[]') AS groups,
           (SELECT coalesce(sum(credited_minutes), 0)::int
              FROM attendance_credit
             WHERE cohort_id = $1 AND user_id = $2 AND kind = 'REFLECTIVE_PRACTICE' AND NOT optional) AS reflective_practice_minutes
  `,

  /** Placement $1 with its cohort's dates, which bound the dates logged at it. */
  placementWithCohortDates: `
    SELECT p.id, p.cohort_id, c.starts_on, c.ends_on
      FROM practicum_placement p JOIN cohort c ON c.id = p.cohort_id
     WHERE p.id = $1
  `,

  /** Entry $1's counted state and its cohort's dates, locked for the rest of the transaction. */
  lockEntry: `
    SELECT e.id, e.participant_id, e.cohort_id, e.date, e.minutes, e.activity, e.status, e.version, c.starts_on, c.ends_on
      FROM practicum_log_entry e JOIN cohort c ON c.id = e.cohort_id
     WHERE e.id = $1
       FOR UPDATE OF e
  `,
});
