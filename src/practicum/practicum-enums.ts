/** Plain enums (no Nest imports) so pure modules and unit tests can use them; GraphQL registers them in practicum.models.ts. */

export enum SettingType {
  FAMILY_CHILD_CARE_HOME = 'FAMILY_CHILD_CARE_HOME',
  CENTER = 'CENTER',
  OTHER = 'OTHER',
}

export enum PracticumActivity {
  OBSERVATION = 'OBSERVATION',
  REFLECTIVE_CONVERSATION = 'REFLECTIVE_CONVERSATION',
  ACTION_PLANNING = 'ACTION_PLANNING',
  FOLLOW_UP = 'FOLLOW_UP',
  OTHER = 'OTHER',
}

export enum PracticumEntryStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

/** A review's outcome is the status it gives the entry. */
export enum ReviewDecision {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
