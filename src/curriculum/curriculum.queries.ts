import { defineQueries } from '../database/query-set';

/** A session row under its entity's property names. */
const SESSION_COLUMNS = `s.id, s.cohort_id AS "cohortId", s.module_id AS "moduleId", s.community_id AS "communityId",
           s.kind, s.title, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.ce_eligible AS "ceEligible",
           s.optional, s.modality, s.location, s.join_url AS "joinUrl",
           s.leader_id AS "leaderId", s.cancelled_at AS "cancelledAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/**
 * Modules and sessions. Who sees what is asked of the relationship functions (migration
 * AccessRelationships); a viewer is passed as (id, is admin).
 */
export const CURRICULUM_QUERIES = defineQueries('curriculum', {
  /** Modules $1 take positions 1, 2, 3… in the order given; those already in place are not written. */
  renumberModules: `
    UPDATE course_module m
       SET position = o.position
      FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE m.id = o.id AND m.position <> o.position`,

  /** The sessions of cohorts $1 that viewer ($2, $3) may see, in start order. */
  visibleSessionsOfCohorts: `
    SELECT ${SESSION_COLUMNS}
      FROM session s
     WHERE s.cohort_id = ANY ($1::uuid[]) AND sees_session(s.id, $2, $3)
     ORDER BY s.starts_at, s.title`,

  /** The sessions of cohort $1 that person $2 is expected at, in start order. */
  expectedSessions: `
    SELECT ${SESSION_COLUMNS}
      FROM session s
     WHERE s.cohort_id = $1 AND expected_at_session(s.id, $2)
     ORDER BY s.starts_at, s.title`,

  /**
   * For each session $1, the other sessions of its cohort at an overlapping time that share a
   * participant they are meant for (no one is credited in full at both: see attendance_credit), those
   * the viewer ($2, $3) may see, in start order; "overlapsSessionId" names the session asked about.
   */
  overlappingSessions: `
    SELECT pair.session_id AS "overlapsSessionId", ${SESSION_COLUMNS}
      FROM (SELECT asked.id AS session_id, other.id AS other_id
              FROM session asked
              JOIN session other
                ON other.cohort_id = asked.cohort_id AND other.id <> asked.id AND other.cancelled_at IS NULL
               AND other.starts_at < asked.starts_at + make_interval(mins => asked.duration_minutes)
               AND other.starts_at + make_interval(mins => other.duration_minutes) > asked.starts_at
             WHERE asked.id = ANY ($1::uuid[]) AND asked.cancelled_at IS NULL
               AND EXISTS (SELECT 1 FROM enrollment e
                            WHERE e.cohort_id = asked.cohort_id AND e.role = 'PARTICIPANT'
                              AND in_session_audience(asked.id, e.user_id) AND in_session_audience(other.id, e.user_id))) pair
      JOIN session s ON s.id = pair.other_id
     WHERE sees_session(s.id, $2, $3)
     ORDER BY s.starts_at, s.title`,

  /** Invitees of sessions $1, with their user: all of them for the sessions' staff, otherwise only the viewer ($2, $3). */
  visibleInvitees: `
    SELECT si.session_id AS "sessionId", si.user_id AS "userId",
           json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS "user"
      FROM session_invitee si
      JOIN app_user u ON u.id = si.user_id
     WHERE si.session_id = ANY ($1::uuid[])
       AND (si.user_id = $2 OR sees_session_as_staff(si.session_id, $2, $3))
     ORDER BY u.full_name`,

  /**
   * What scheduling a session in cohort $1 must check: the cohort's dates, and whether the module $2,
   * community $3 and leader $4 (each optional) belong to it, whether the caller $5 facilitates the community,
   * and whether the cohort has communities at all.
   */
  schedulingFacts: `
    SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.time_zone AS "timeZone",
           ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM course_module m WHERE m.id = $2 AND m.cohort_id = c.id)) AS "moduleInCohort",
           ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM community cp WHERE cp.id = $3 AND cp.cohort_id = c.id)) AS "communityInCohort",
           ($4::uuid IS NULL OR enrolled_as(c.id, $4, ARRAY['FACULTY', 'FACILITATOR'])) AS "leaderIsStaff",
           facilitates_community($3, $5) AS "callerFacilitatesCommunity",
           EXISTS (SELECT 1 FROM community cp WHERE cp.cohort_id = c.id) AS "cohortHasCommunities"
      FROM cohort c
     WHERE c.id = $1`,

  /** How each of the people $4 stands to cohort $1: a participant, in community $2 (when given), facilitated by $3. */
  inviteeStandings: `
    SELECT u.id,
           enrolled_as($1, u.id, ARRAY['PARTICIPANT']) AS participant,
           ($2::uuid IS NULL OR is_community_member($2, u.id)) AS "inCommunity",
           facilitates_member($1, u.id, $3) AS "facilitatedByCaller"
      FROM unnest($4::uuid[]) AS u(id)`,

  /**
   * What changing session $1 must check: its cohort's dates and zone, whether module $2 and leader $3
   * (each optional) belong to it, the attendance recorded.
   */
  sessionChangeFacts: `
    SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.time_zone AS "timeZone",
           ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM course_module m WHERE m.id = $2 AND m.cohort_id = c.id)) AS "moduleInCohort",
           ($3::uuid IS NULL OR enrolled_as(c.id, $3, ARRAY['FACULTY', 'FACILITATOR'])) AS "leaderIsStaff",
           recorded.count AS "attendanceRecorded", recorded.most AS "mostMinutesRecorded"
      FROM session s
      JOIN cohort c ON c.id = s.cohort_id
     CROSS JOIN LATERAL (SELECT count(*)::int AS count, coalesce(max(a.minutes_attended), 0) AS most
                           FROM attendance a WHERE a.session_id = s.id) AS recorded
     WHERE s.id = $1`,
});
