/** How a caller stands to one record; permissions are granted by these, never by role names alone. */
export enum Relationship {
  /** An administrator: related to every record. */
  ADMIN = 'ADMIN',
  /** A coordinator of the program the record belongs to: what an administrator may do, for that program only. */
  COORDINATOR = 'COORDINATOR',
  /** Enrolled, in any role, in a cohort of the program that is the record (as `programs` lists it). */
  PROGRAM_MEMBER = 'PROGRAM_MEMBER',
  /** Enrolled in the record's cohort as faculty, facilitator or participant. */
  FACULTY = 'FACULTY',
  FACILITATOR = 'FACILITATOR',
  PARTICIPANT = 'PARTICIPANT',
  /** The record is the caller's own, as a participant of its cohort (progress, journal, practicum entry), or their person (CE records). */
  SELF = 'SELF',
  /** The caller facilitates a community of the cohort that the record's participant belongs to. */
  FACILITATES_SUBJECT = 'FACILITATES_SUBJECT',
  /** A facilitator who leads the session or facilitates its community. */
  RUNS_SESSION = 'RUNS_SESSION',
  /** The session is meant for the caller (its invitees, its community, or the whole cohort). */
  SESSION_AUDIENCE = 'SESSION_AUDIENCE',
  FACILITATES_COMMUNITY = 'FACILITATES_COMMUNITY',
  COMMUNITY_MEMBER = 'COMMUNITY_MEMBER',
  /** The caller withdrew from the record's cohort as a participant (from the withdrawal's day): they keep reading their records, and write no new ones. */
  WITHDRAWN = 'WITHDRAWN',
  /** Faculty of a cohort the person is enrolled in, in any role (asked of people in batches, by the licence loader). */
  TEACHES_PERSON = 'TEACHES_PERSON',
}

/** Relationships that make a caller related to a record at all (anyone else is told it does not exist). */
export const RELATED: readonly Relationship[] = [
  Relationship.ADMIN,
  Relationship.COORDINATOR,
  Relationship.PROGRAM_MEMBER,
  Relationship.FACULTY,
  Relationship.FACILITATOR,
  Relationship.PARTICIPANT,
  Relationship.SELF,
  Relationship.TEACHES_PERSON,
];
