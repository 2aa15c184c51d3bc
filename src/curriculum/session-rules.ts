import type { SessionKind } from './session-kind';

/** The kind as its GraphQL value; a type-only import keeps this module free of Nest (for unit tests). */
type Kind = `${SessionKind}`;

/** Facilitators who are not faculty schedule only reflective practice and their own communities' meetings. */
export function facilitatorMaySchedule(kind: Kind, facilitatesItsCommunity: boolean): boolean {
  if (kind === 'REFLECTIVE_PRACTICE') return true;
  return kind === 'COMMUNITY_OF_PRACTICE' && facilitatesItsCommunity;
}

/**
 * CE eligibility credits minutes towards continuing education, so only those who manage the
 * curriculum (admins and faculty) decide it; anyone else who runs a session may leave it out or
 * repeat its current value, never change it.
 */
export function mayDecideCeEligibility(managesCurriculum: boolean, requested: boolean | undefined, current = false): boolean {
  if (requested === undefined || managesCurriculum) return true;
  return requested === current;
}
