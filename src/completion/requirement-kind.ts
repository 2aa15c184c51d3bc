/** Plain enum (no Nest imports) so the pure progress rules and their unit tests can use it. */
export enum RequirementKind {
  FACULTY_SESSIONS_ATTENDED = 'FACULTY_SESSIONS_ATTENDED',
  COMMUNITY_SESSIONS_ATTENDED = 'COMMUNITY_SESSIONS_ATTENDED',
  JOURNALS_SATISFACTORY = 'JOURNALS_SATISFACTORY',
  PRACTICUM_MINUTES_APPROVED = 'PRACTICUM_MINUTES_APPROVED',
  REFLECTIVE_PRACTICE_MINUTES = 'REFLECTIVE_PRACTICE_MINUTES',
  /** Contact minutes as the hours transcript counts them: live (PRESENT), non-optional sessions only. */
  TOTAL_CONTACT_MINUTES = 'TOTAL_CONTACT_MINUTES',
  /** Sessions attended or made up, over the requirement's session kinds. */
  SESSIONS_ATTENDED = 'SESSIONS_ATTENDED',
  /** Minutes attended or made up, over the requirement's session kinds. */
  SESSION_MINUTES = 'SESSION_MINUTES',
}
