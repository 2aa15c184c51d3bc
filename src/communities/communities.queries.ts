import { defineQueries } from '../database/query-set';

/** Communities, their rosters and session notes; a viewer is passed as (id, is admin). */
export const COMMUNITIES_QUERIES = defineQueries('communities', {
  /** The communities of cohorts $1 that viewer ($2, $3) may see, by name. */
  visibleCommunitiesOfCohorts: `
    SELECT c.id, c.cohort_id AS "cohortId", c.name, c.created_at AS "createdAt"
      FROM community c
     WHERE c.cohort_id = ANY ($1::uuid[]) AND sees_community(c.id, $2, $3)
     ORDER BY c.name`,

  /**
   * How each of the people $2 stands to cohort $1: participant, staff, and the name of another
   * community of the cohort than $3 they already belong to.
   */
  rosterStandings: `
    SELECT u.id,
           enrolled_as($1, u.id, ARRAY['PARTICIPANT']) AS participant,
           enrolled_as($1, u.id, ARRAY['FACULTY', 'FACILITATOR']) AS staff,
           (SELECT c.name FROM community_member m JOIN community c ON c.id = m.community_id
             WHERE m.cohort_id = $1 AND m.user_id = u.id AND m.community_id IS DISTINCT FROM $3::uuid) AS "otherCommunity"
      FROM unnest($2::uuid[]) AS u(id)`,

  /** Notes of sessions $1 with their author, of the sessions whose staff viewer ($2, $3) is; oldest first. */
  staffVisibleNotesOfSessions: `
    SELECT n.id, n.session_id AS "sessionId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
           json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS author
      FROM session_note n
      JOIN app_user u ON u.id = n.author_id
     WHERE n.session_id = ANY ($1::uuid[]) AND sees_session_as_staff(n.session_id, $2, $3)
     ORDER BY n.created_at`,
});
