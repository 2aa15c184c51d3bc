import { Relationship } from './relationship';

const { ADMIN, COORDINATOR, FACULTY, FACILITATOR, PARTICIPANT, SELF, FACILITATES_SUBJECT, RUNS_SESSION, SESSION_AUDIENCE, FACILITATES_COMMUNITY, COMMUNITY_MEMBER, TEACHES_PERSON, WITHDRAWN } = Relationship;

/** Withdrawn participants keep their records and write none anew. */
const WITHDRAWN_WRITES_NOTHING = { relationship: WITHDRAWN, reason: 'You have withdrawn from this cohort: nothing new can be submitted or logged' };

/** Everything a signed-in caller may ask to do to a record; operations on no program (accounts, new programs) are declared with @AdminOnly instead. */
export enum Permission {
  /** Change a program and run its cohorts: its administrators and coordinators. */
  PROGRAM_ADMINISTER = 'PROGRAM_ADMINISTER',
  /** Set up a cohort, enrol and withdraw, certify: what an administrator does, for the cohort's program. */
  COHORT_ADMINISTER = 'COHORT_ADMINISTER',
  COHORT_READ = 'COHORT_READ',
  CURRICULUM_MANAGE = 'CURRICULUM_MANAGE',
  SESSION_SCHEDULE = 'SESSION_SCHEDULE',
  SESSION_READ = 'SESSION_READ',
  SESSION_RUN = 'SESSION_RUN',
  COMMUNITY_READ = 'COMMUNITY_READ',
  PARTICIPANT_RECORDS_READ = 'PARTICIPANT_RECORDS_READ',
  COHORT_RECORDS_READ = 'COHORT_RECORDS_READ',
  JOURNAL_WRITE = 'JOURNAL_WRITE',
  JOURNAL_READ = 'JOURNAL_READ',
  JOURNAL_GRADE = 'JOURNAL_GRADE',
  GRADING_QUEUE_READ = 'GRADING_QUEUE_READ',
  JOURNAL_EXTENSION_GRANT = 'JOURNAL_EXTENSION_GRANT',
  PRACTICUM_LOG = 'PRACTICUM_LOG',
  /** A new placement is a new record: a withdrawn participant adds none. */
  PRACTICUM_PLACEMENT_ADD = 'PRACTICUM_PLACEMENT_ADD',
  PRACTICUM_PLACEMENT_USE = 'PRACTICUM_PLACEMENT_USE',
  PRACTICUM_ENTRY_READ = 'PRACTICUM_ENTRY_READ',
  PRACTICUM_ENTRY_CHANGE = 'PRACTICUM_ENTRY_CHANGE',
  PRACTICUM_ENTRY_REVIEW = 'PRACTICUM_ENTRY_REVIEW',
  CE_RECORDS_READ = 'CE_RECORDS_READ',
  LICENSES_SET = 'LICENSES_SET',
  LICENSES_READ = 'LICENSES_READ',
}

export interface Grant {
  /** Any one of these grants the permission; a list grants it only when the caller holds all of it. */
  allow: readonly (Relationship | readonly Relationship[])[];
  /** The reason a related caller without one of them is refused. */
  refusal: string;
  /** A relationship that refuses whatever `allow` says (one's own journal), and why. */
  deny?: { relationship: Relationship; reason: string };
}

/**
 * Who may do what, by relationship to the record. Facilitators reach a participant's records only
 * through FACILITATES_SUBJECT (their own communities' members), so other groups stay closed to them;
 * COHORT_RECORDS_READ lists are narrowed the same way by the repositories (AccessDecision.seesWholeCohort).
 */
export const GRANTS: Record<Permission, Grant> = {
  PROGRAM_ADMINISTER: { allow: [ADMIN, COORDINATOR], refusal: 'Only an administrator or a coordinator of this program may do this' },
  COHORT_ADMINISTER: { allow: [ADMIN, COORDINATOR], refusal: "Only an administrator or a coordinator of this cohort's program may do this" },
  COHORT_READ: { allow: [ADMIN, COORDINATOR, FACULTY, FACILITATOR, PARTICIPANT], refusal: 'You are not a member of this cohort' },
  CURRICULUM_MANAGE: { allow: [ADMIN, COORDINATOR, FACULTY], refusal: 'Only faculty of this cohort may change its curriculum' },
  SESSION_SCHEDULE: { allow: [ADMIN, COORDINATOR, FACULTY, FACILITATOR], refusal: 'Only staff of this cohort may schedule sessions' },
  SESSION_READ: { allow: [ADMIN, COORDINATOR, FACULTY, RUNS_SESSION, SESSION_AUDIENCE], refusal: 'This session is not meant for you' },
  SESSION_RUN: { allow: [ADMIN, COORDINATOR, FACULTY, RUNS_SESSION], refusal: 'Only the staff who run this session may do this' },
  COMMUNITY_READ: { allow: [ADMIN, COORDINATOR, FACULTY, FACILITATES_COMMUNITY, COMMUNITY_MEMBER], refusal: 'You are not part of this community' },
  PARTICIPANT_RECORDS_READ: {
    allow: [ADMIN, COORDINATOR, FACULTY, SELF, FACILITATES_SUBJECT],
    refusal: "Only the participant, the cohort's faculty and their community's facilitators see these records",
  },
  COHORT_RECORDS_READ: { allow: [ADMIN, COORDINATOR, FACULTY, FACILITATOR], refusal: 'Only staff of this cohort may see this' },
  JOURNAL_WRITE: { allow: [PARTICIPANT], refusal: 'Only participants of this cohort write its journals', deny: WITHDRAWN_WRITES_NOTHING },
  JOURNAL_READ: {
    allow: [ADMIN, COORDINATOR, FACULTY, SELF, FACILITATES_SUBJECT],
    refusal: "Only the author, the cohort's faculty and the author's facilitators see this journal",
  },
  JOURNAL_GRADE: {
    allow: [FACULTY],
    refusal: 'Only faculty of this cohort may grade its journals',
    deny: { relationship: SELF, reason: 'You may not grade your own journal' },
  },
  GRADING_QUEUE_READ: { allow: [ADMIN, COORDINATOR, FACULTY], refusal: 'Only faculty of this cohort may do this' },
  JOURNAL_EXTENSION_GRANT: {
    allow: [ADMIN, COORDINATOR, FACULTY],
    refusal: 'Only faculty of this cohort may do this',
    deny: { relationship: SELF, reason: 'You may not grant yourself an extension' },
  },
  PRACTICUM_LOG: { allow: [PARTICIPANT], refusal: 'Only participants of this cohort keep a practicum log' },
  PRACTICUM_PLACEMENT_ADD: { allow: [PARTICIPANT], refusal: 'Only participants of this cohort keep a practicum log', deny: WITHDRAWN_WRITES_NOTHING },
  PRACTICUM_PLACEMENT_USE: { allow: [[SELF, PARTICIPANT]], refusal: 'Only its participant logs time at a placement', deny: WITHDRAWN_WRITES_NOTHING },
  PRACTICUM_ENTRY_READ: {
    allow: [ADMIN, COORDINATOR, FACULTY, SELF, FACILITATES_SUBJECT],
    refusal: "Only the author, the cohort's faculty and the author's facilitators see this entry",
  },
  PRACTICUM_ENTRY_CHANGE: { allow: [[SELF, PARTICIPANT]], refusal: 'Only its author may change a practicum entry', deny: WITHDRAWN_WRITES_NOTHING },
  PRACTICUM_ENTRY_REVIEW: {
    allow: [ADMIN, COORDINATOR, FACULTY, FACILITATES_SUBJECT],
    refusal: "Only a facilitator of the participant's community, the cohort's faculty or an admin may review this entry",
    deny: { relationship: SELF, reason: 'You may not review your own practicum entry' },
  },
  CE_RECORDS_READ: { allow: [ADMIN, SELF], refusal: 'You may only see your own CE records' },
  LICENSES_SET: { allow: [ADMIN, SELF], refusal: 'You may only change your own licences' },
  LICENSES_READ: { allow: [ADMIN, SELF, TEACHES_PERSON], refusal: "Only the person, admins and their cohorts' faculty see their licences" },
};
