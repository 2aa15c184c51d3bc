import { defineQueries } from '../database/query-set';

/** A score post with what coordinators see of it. */
const SCORE_POST_LIST = `SELECT p.id, p.status, p.attempts, p.last_error, p.created_at, p.sent_at, li.url AS line_item_url,
           s.participant_id, u.full_name AS participant_name, s.id AS submission_id, ja.title AS assignment_title
      FROM lti_score_post p
      JOIN lti_line_item li ON li.id = p.line_item_id
      JOIN lti_context_link cl ON cl.id = li.context_link_id
      JOIN journal_grade g ON g.id = p.grade_id
      JOIN journal_submission s ON s.id = g.submission_id
      JOIN journal_assignment ja ON ja.id = s.assignment_id
      JOIN app_user u ON u.id = s.participant_id`;

export const LTI_QUERIES = defineQueries('lti', {
  /**
   * The outbox rows for grade $1: one per line item of its assignment in a linked course whose
   * platform knows the participant; a grade already queued for a line item is not queued again.
   */
  queueScorePosts: `
    INSERT INTO lti_score_post (grade_id, line_item_id, platform_user_id)
    SELECT g.id, li.id, a.subject
      FROM journal_grade g
      JOIN journal_submission s ON s.id = g.submission_id
      JOIN lti_line_item li ON li.journal_assignment_id = s.assignment_id
      JOIN lti_context_link cl ON cl.id = li.context_link_id
      JOIN lti_account a ON a.platform_id = cl.platform_id AND a.user_id = s.participant_id
     WHERE g.id = $1
    ON CONFLICT (grade_id, line_item_id) DO NOTHING
    RETURNING id`,
  /** Score post $1 with what its post needs: the grade, the line item's URL and the platform. */
  scorePostToSend: `
    SELECT p.id, p.status, p.platform_user_id, g.outcome, g.feedback, g.graded_at, li.url AS line_item_url, cl.platform_id
      FROM lti_score_post p
      JOIN journal_grade g ON g.id = p.grade_id
      JOIN lti_line_item li ON li.id = p.line_item_id
      JOIN lti_context_link cl ON cl.id = li.context_link_id
     WHERE p.id = $1`,
  /** Score posts of cohort $1 (any status when $2 is null), newest first, at most $3. */
  scorePostsOfCohort: `
    ${SCORE_POST_LIST}
     WHERE cl.cohort_id = $1 AND ($2::lti_score_post_status IS NULL OR p.status = $2)
     ORDER BY p.created_at DESC, p.id
     LIMIT $3`,
  /** Score post $1, as the list shows it. */
  scorePost: `
    ${SCORE_POST_LIST}
     WHERE p.id = $1`,
  /** The cohort score post $1 belongs to. */
  cohortOfScorePost: `
    SELECT cl.cohort_id
      FROM lti_score_post p
      JOIN lti_line_item li ON li.id = p.line_item_id
      JOIN lti_context_link cl ON cl.id = li.context_link_id
     WHERE p.id = $1`,
  /** Active participants of cohort $1 whom platform $2 knows, with its id for them. */
  platformParticipants: `
    SELECT e.id AS enrollment_id, a.subject
      FROM enrollment e
      JOIN lti_account a ON a.user_id = e.user_id AND a.platform_id = $2
     WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT' AND e.status = 'ACTIVE'`,
});
