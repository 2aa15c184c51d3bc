import { AuthUser } from '../auth/auth-user';
import { CohortRoles } from '../programs/cohort-access.service';
import { EnrollmentRole } from '../programs/enrollment-role';
import { audienceSql, enrolledAsSql, facilitatesSql } from './session-audience';
import { SessionKind } from './session-kind';

/** Named parameters every visibility fragment below reads. */
export function viewerParams(user: AuthUser): { viewerId: string; viewerIsAdmin: boolean } {
  return { viewerId: user.id, viewerIsAdmin: user.isAdmin };
}

/**
 * SQL: whether the viewer sees everything about session `s` (its roster, attendance and notes):
 * admins, the cohort's faculty, and facilitators for the sessions of communities they facilitate
 * and the sessions they lead. Other groups' sessions are none of a facilitator's business.
 */
export function sessionStaffViewSql(s: string): string {
  const faculty = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.FACULTY]);
  const facilitator = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.FACILITATOR]);
  const runsIt = `(${s}.leader_id = :viewerId OR ${facilitatesSql(`${s}.community_id`, ':viewerId')})`;
  return `(CAST(:viewerIsAdmin AS boolean) OR ${faculty} OR (${facilitator} AND ${runsIt}))`;
}

/**
 * SQL: whether the viewer sees session `s` at all: its staff, or a participant or facilitator it is
 * meant for. A facilitator is in the audience of whole-cohort sessions only (no community, no invitees).
 */
export function sessionVisibleSql(s: string): string {
  const audienceMember = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.PARTICIPANT, EnrollmentRole.FACILITATOR]);
  return `(${sessionStaffViewSql(s)} OR (${audienceMember} AND ${audienceSql(s, ':viewerId')}))`;
}

/** Admins and the cohort's faculty shape the curriculum. */
export function mayManageCurriculum(roles: CohortRoles): boolean {
  return roles.isAdmin || roles.isFaculty;
}

/**
 * Who runs a session (records its attendance, keeps notes, updates or cancels it): admins and
 * faculty; a community's facilitators for its sessions; the facilitator leading a reflective practice.
 */
export function mayRunSession(
  roles: CohortRoles,
  session: { kind: SessionKind; communityId: string | null; leaderId: string | null },
  facilitatesItsCommunity: boolean,
): boolean {
  if (mayManageCurriculum(roles)) return true;
  if (!roles.isFacilitator) return false;
  if (session.communityId) return facilitatesItsCommunity;
  return session.kind === SessionKind.REFLECTIVE_PRACTICE && session.leaderId === roles.user.id;
}

/** Facilitators who are not faculty schedule only reflective practice and their own communities' meetings. */
export function facilitatorMaySchedule(kind: SessionKind, facilitatesItsCommunity: boolean): boolean {
  if (kind === SessionKind.REFLECTIVE_PRACTICE) return true;
  return kind === SessionKind.COMMUNITY_OF_PRACTICE && facilitatesItsCommunity;
}

/**
 * CE eligibility credits minutes towards continuing education, so only admins and faculty decide it;
 * anyone else who runs a session may leave it out or repeat its current value, never change it.
 */
export function mayDecideCeEligibility(roles: CohortRoles, requested: boolean | undefined, current = false): boolean {
  if (requested === undefined || mayManageCurriculum(roles)) return true;
  return requested === current;
}
