-- Rendered from src/curriculum/curriculum.queries.ts (defineQueries 'curriculum') by `npm run queries:update`; edit the queries there.

-- name: renumberModules
UPDATE course_module m
   SET position = o.position
  FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
 WHERE m.id = o.id AND m.position <> o.position;

-- name: visibleSessionsOfCohorts
SELECT s.id, s.cohort_id AS "cohortId", s.module_id AS "moduleId", s.community_id AS "communityId",
       s.kind, s.title, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.ce_eligible AS "ceEligible",
       s.optional, s.modality, s.location, s.join_url AS "joinUrl",
       s.leader_id AS "leaderId", s.cancelled_at AS "cancelledAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM session s
 WHERE s.cohort_id = ANY ($1::uuid[]) AND sees_session(s.id, $2, $3)
 ORDER BY s.starts_at, s.title;

-- name: expectedSessions
SELECT s.id, s.cohort_id AS "cohortId", s.module_id AS "moduleId", s.community_id AS "communityId",
       s.kind, s.title, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.ce_eligible AS "ceEligible",
       s.optional, s.modality, s.location, s.join_url AS "joinUrl",
       s.leader_id AS "leaderId", s.cancelled_at AS "cancelledAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM session s
 WHERE s.cohort_id = $1 AND expected_at_session(s.id, $2)
 ORDER BY s.starts_at, s.title;

-- name: overlappingSessions
SELECT pair.session_id AS "overlapsSessionId", s.id, s.cohort_id AS "cohortId", s.module_id AS "moduleId", s.community_id AS "communityId",
       s.kind, s.title, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.ce_eligible AS "ceEligible",
       s.optional, s.modality, s.location, s.join_url AS "joinUrl",
       s.leader_id AS "leaderId", s.cancelled_at AS "cancelledAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
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
 ORDER BY s.starts_at, s.title;

-- name: visibleInvitees
SELECT si.session_id AS "sessionId", si.user_id AS "userId",
       json_build_object('id', u.id, 'fullName', u.full_name, 'isAdmin', u.is_admin, 'credentials', u.credentials) AS "user"
  FROM session_invitee si
  JOIN app_user u ON u.id = si.user_id
 WHERE si.session_id = ANY ($1::uuid[])
   AND (si.user_id = $2 OR sees_session_as_staff(si.session_id, $2, $3))
 ORDER BY u.full_name;

-- name: schedulingFacts
SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.time_zone AS "timeZone",
       ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM course_module m WHERE m.id = $2 AND m.cohort_id = c.id)) AS "moduleInCohort",
       ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM community cp WHERE cp.id = $3 AND cp.cohort_id = c.id)) AS "communityInCohort",
       ($4::uuid IS NULL OR enrolled_as(c.id, $4, ARRAY['FACULTY', 'FACILITATOR'])) AS "leaderIsStaff",
       facilitates_community($3, $5) AS "callerFacilitatesCommunity",
       EXISTS (SELECT 1 FROM community cp WHERE cp.cohort_id = c.id) AS "cohortHasCommunities"
  FROM cohort c
 WHERE c.id = $1;

-- name: inviteeStandings
SELECT u.id,
       enrolled_as($1, u.id, ARRAY['PARTICIPANT']) AS participant,
       ($2::uuid IS NULL OR is_community_member($2, u.id)) AS "inCommunity",
       facilitates_member($1, u.id, $3) AS "facilitatedByCaller"
  FROM unnest($4::uuid[]) AS u(id);

-- name: sessionChangeFacts
SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.time_zone AS "timeZone",
       ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM course_module m WHERE m.id = $2 AND m.cohort_id = c.id)) AS "moduleInCohort",
       ($3::uuid IS NULL OR enrolled_as(c.id, $3, ARRAY['FACULTY', 'FACILITATOR'])) AS "leaderIsStaff",
       recorded.count AS "attendanceRecorded", recorded.most AS "mostMinutesRecorded"
  FROM session s
  JOIN cohort c ON c.id = s.cohort_id
 CROSS JOIN LATERAL (SELECT count(*)::int AS count, coalesce(max(a.minutes_attended), 0) AS most
                       FROM attendance a WHERE a.session_id = s.id) AS recorded
 WHERE s.id = $1;
