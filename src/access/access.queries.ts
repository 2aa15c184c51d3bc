import { defineQueries } from '../database/query-set';

/*
 * The relationship questions behind every access check. Each target kind resolves its record to
 * (cohort, participant, session, community); one shared SELECT then asks how the caller ($1) stands
 * to it, through the relationship functions defined in migration AccessRelationships.
 */
const RELATIONSHIPS_OF_TARGET = `
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
FROM target t`;

/**
 * Columns: cohort_id, subject_id (the participant whose record it is), session_id, community_id, program_id (a program's own), and
 * the record itself where services need it anyway (so the check costs them no second statement); $2 is the record's id.
 */
const TARGETS = {
  program: `SELECT NULL::uuid AS cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, p.id AS program_id, to_jsonb(p) AS record FROM program p WHERE p.id = $2`,
  cohort: `SELECT c.id AS cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, to_jsonb(c) AS record FROM cohort c WHERE c.id = $2`,
  participant: `SELECT c.id AS cohort_id, $3::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM cohort c WHERE c.id = $2`,
  user: `SELECT NULL::uuid AS cohort_id, u.id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM app_user u WHERE u.id = $2`,
  enrollment: `SELECT e.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM enrollment e WHERE e.id = $2`,
  certificate: `SELECT c.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM certificate c WHERE c.id = $2`,
  ceApproval: `SELECT a.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM ce_approval a WHERE a.id = $2`,
  requirement: `SELECT r.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM completion_requirement r WHERE r.id = $2`,
  module: `SELECT m.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM course_module m WHERE m.id = $2`,
  session: `SELECT s.cohort_id, NULL::uuid AS subject_id, s.id AS session_id, s.community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM session s WHERE s.id = $2`,
  community: `SELECT c.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, c.id AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM community c WHERE c.id = $2`,
  journalAssignment: `SELECT a.cohort_id, NULL::uuid AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM journal_assignment a WHERE a.id = $2`,
  journalSubmission: `SELECT j.cohort_id, j.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM journal_submission j WHERE j.id = $2`,
  practicumPlacement: `SELECT p.cohort_id, p.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM practicum_placement p WHERE p.id = $2`,
  practicumEntry: `SELECT e.cohort_id, e.participant_id AS subject_id, NULL::uuid AS session_id, NULL::uuid AS community_id, NULL::uuid AS program_id, NULL::jsonb AS record FROM practicum_log_entry e WHERE e.id = $2`,
};

const relationshipsTo = (targetSql: string) => `WITH target AS (${targetSql})${RELATIONSHIPS_OF_TARGET}`;

export const ACCESS_QUERIES = defineQueries('access', {
  relationshipsToProgram: relationshipsTo(TARGETS.program),
  relationshipsToCohort: relationshipsTo(TARGETS.cohort),
  relationshipsToParticipant: relationshipsTo(TARGETS.participant),
  relationshipsToUser: relationshipsTo(TARGETS.user),
  relationshipsToEnrollment: relationshipsTo(TARGETS.enrollment),
  relationshipsToCertificate: relationshipsTo(TARGETS.certificate),
  relationshipsToCeApproval: relationshipsTo(TARGETS.ceApproval),
  relationshipsToRequirement: relationshipsTo(TARGETS.requirement),
  relationshipsToModule: relationshipsTo(TARGETS.module),
  relationshipsToSession: relationshipsTo(TARGETS.session),
  relationshipsToCommunity: relationshipsTo(TARGETS.community),
  relationshipsToJournalAssignment: relationshipsTo(TARGETS.journalAssignment),
  relationshipsToJournalSubmission: relationshipsTo(TARGETS.journalSubmission),
  relationshipsToPracticumPlacement: relationshipsTo(TARGETS.practicumPlacement),
  relationshipsToPracticumEntry: relationshipsTo(TARGETS.practicumEntry),
});
