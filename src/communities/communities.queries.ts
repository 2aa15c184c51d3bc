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
   * community of the cohort than $3 they currently belong to.
   */
  rosterStandings: `
    SELECT u.id,
           enrolled_as($1, u.id, ARRAY['PARTICIPANT']) AS participant,
           enrolled_as($1, u.id, ARRAY['FACULTY', 'FACILITATOR']) AS staff,
           (SELECT c.name FROM community_member m JOIN community c ON c.id = m.community_id
             WHERE m.cohort_id = $1 AND m.user_id = u.id AND m.left_on IS NULL AND m.community_id IS DISTINCT FROM $3::uuid) AS "otherCommunity"
      FROM unnest($2::uuid[]) AS u(id)`,

  /** Notes of sessions $1 with their author, of the sessions whose staff viewer ($2, $3) is; oldest first. */
  staffVisibleNotesOfSessions: `
    SELECT n.id, n.session_id AS "sessionId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
           json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS author
      FROM session_note n
      JOIN app_user u ON u.id = n.author_id
     WHERE n.session_id = ANY ($1::uuid[]) AND sees_session_as_staff(n.session_id, $2, $3)
     ORDER BY n.created_at`,

  /**
   * Adds people $3 to community $1 of cohort $2. A first membership in the cohort begins with the
   * enrolment (the column's trigger); one after an earlier membership begins today (in the cohort's
   * zone), or the day after the earlier one ended.
   */
  addMembers: `
    INSERT INTO community_member (community_id, user_id, cohort_id, joined_on)
    SELECT $1, u.id, c.id,
           (SELECT greatest((now() AT TIME ZONE c.time_zone)::date, max(m.left_on) + 1)
              FROM community_member m WHERE m.cohort_id = c.id AND m.user_id = u.id HAVING count(*) > 0)
      FROM unnest($3::uuid[]) AS u(id) CROSS JOIN cohort c
     WHERE c.id = $2`,

  /**
   * Ends person $2's membership of community $1: closed (its last day yesterday, in the cohort's
   * zone) when attendance was recorded at the community's sessions, so that history stays; deleted
   * otherwise. Answers how many memberships changed (0: not a member).
   */
  endMembership: `
    WITH membership AS (
      SELECT m.community_id, m.user_id, m.joined_on, (now() AT TIME ZONE c.time_zone)::date AS today,
             EXISTS (SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id
                      WHERE s.community_id = m.community_id AND a.user_id = m.user_id) AS recorded
        FROM community_member m JOIN cohort c ON c.id = m.cohort_id
       WHERE m.community_id = $1 AND m.user_id = $2 AND m.left_on IS NULL
    ), closed AS (
      UPDATE community_member m SET left_on = greatest(ms.joined_on, ms.today - 1)
        FROM membership ms
       WHERE ms.recorded AND m.community_id = ms.community_id AND m.user_id = ms.user_id AND m.joined_on = ms.joined_on
      RETURNING 1
    ), deleted AS (
      DELETE FROM community_member m USING membership ms
       WHERE NOT ms.recorded AND m.community_id = ms.community_id AND m.user_id = ms.user_id AND m.joined_on = ms.joined_on
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM closed) + (SELECT count(*) FROM deleted) AS changed`,

  /** Whether person $2 has attendance recorded at community $1's sessions held on or after day $3 (in the cohort's zone). */
  attendanceFrom: `
    SELECT EXISTS (
      SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id
       WHERE s.community_id = $1 AND a.user_id = $2 AND (s.starts_at AT TIME ZONE c.time_zone)::date >= $3::date
    ) AS recorded`,
});
