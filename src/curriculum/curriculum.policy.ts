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
 * admins, the cohort's faculty, and its facilitators except for other groups' community sessions.
 */
export function sessionStaffViewSql(s: string): string {
  const faculty = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.FACULTY]);
  const facilitator = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.FACILITATOR]);
  const ownGroup = `(${s}.community_id IS NULL OR ${facilitatesSql(`${s}.community_id`, ':viewerId')})`;
  return `(CAST(:viewerIsAdmin AS boolean) OR ${faculty} OR (${facilitator} AND ${ownGroup}))`;
}

/** SQL: whether the viewer sees session `s` at all: its staff, or a participant it is meant for. */
export function sessionVisibleSql(s: string): string {
  const participant = enrolledAsSql(`${s}.cohort_id`, ':viewerId', [EnrollmentRole.PARTICIPANT]);
  return `(${sessionStaffViewSql(s)} OR (${participant} AND ${audienceSql(s, ':viewerId')}))`;
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
