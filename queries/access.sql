-- Rendered from src/access/access.queries.ts (defineQueries 'access') by `npm run queries:update`; edit the queries there.

-- name: relationshipsToProgram
WITH target AS (SELECT NULL::uuid AS cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, p.id AS program_id, to_jsonb(p) AS record FROM program p WHERE p.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToCohort
WITH target AS (SELECT c.id AS cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, to_jsonb(c) AS record FROM cohort c WHERE c.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToParticipant
WITH target AS (SELECT c.id AS cohort_id, $3::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM cohort c WHERE c.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToUser
WITH target AS (SELECT NULL::uuid AS cohort_id, u.id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM app_user u WHERE u.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToEnrollment
WITH target AS (SELECT e.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM enrollment e WHERE e.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToCertificate
WITH target AS (SELECT c.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM certificate c WHERE c.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToCeApproval
WITH target AS (SELECT a.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM ce_approval a WHERE a.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToRequirement
WITH target AS (SELECT r.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM completion_requirement r WHERE r.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToModule
WITH target AS (SELECT m.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM course_module m WHERE m.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToSession
WITH target AS (SELECT s.cohort_id, NULL::uuid AS subject_id, s.id AS session_id, s.community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM session s WHERE s.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToCommunity
WITH target AS (SELECT c.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, c.id AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM community c WHERE c.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToJournalAssignment
WITH target AS (SELECT a.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM journal_assignment a WHERE a.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToJournalSubmission
WITH target AS (SELECT j.cohort_id, j.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM journal_submission j WHERE j.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToPracticumPlacement
WITH target AS (SELECT p.cohort_id, p.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM practicum_placement p WHERE p.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;

-- name: relationshipsToPracticumEntry
WITH target AS (SELECT e.cohort_id, e.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM practicum_log_entry e WHERE e.id = $2)
SELECT t.cohort_id, t.record,
       cohort_roles(t.cohort_id, $1) AS roles,
       coalesce(coordinates_cohort(t.cohort_id, $1) OR coordinates_program(t.program_id, $1)
                -- a person: someone enrolled in a cohort of a program the caller coordinates
                OR (t.cohort_id IS NULL AND EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                                                     WHERE e.user_id = t.subject_id AND coordinates_program(c.program_id, $1))), false) AS coordinator,
       EXISTS (SELECT 1 FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE c.program_id = t.program_id AND e.user_id = $1) AS program_member,
       coalesce(t.subject_id = $1 AND (t.cohort_id IS NULL OR enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT'])), false) AS self,
       coalesce(enrolled_as(t.cohort_id, t.subject_id, ARRAY['PARTICIPANT']), false) AS subject_is_participant,
       coalesce(facilitates_member(t.cohort_id, t.subject_id, $1), false) AS facilitates_subject,
       coalesce(runs_session(t.session_id, $1), false) AS runs_session,
       coalesce(enrolled_as(t.cohort_id, $1, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(t.session_id, $1), false) AS session_audience,
       coalesce(facilitates_community(t.community_id, $1), false) AS facilitates_community,
       coalesce(is_community_member(t.community_id, $1), false) AS community_member,
       coalesce(has_withdrawn(t.cohort_id, $1), false) AS withdrawn
FROM target t;
