import { mayManageCurriculum, sessionStaffViewSql } from '../curriculum/curriculum.policy';
import { audienceSql, facilitatesMemberSql } from '../curriculum/session-audience';
import { CohortRoles } from '../programs/cohort-access.service';

/** Own summary; any participant's for admins and faculty; a facilitator's own communities' members. */
export function maySeeAttendanceOf(roles: CohortRoles, participantId: string, facilitatesThem: boolean): boolean {
  if (participantId === roles.user.id || mayManageCurriculum(roles)) return true;
  return roles.isFacilitator && facilitatesThem;
}

/**
 * SQL: whether the viewer (:viewerId, :viewerIsAdmin) sees attendance row `a` of session `s`: their
 * own, everyone's for the session's staff, and on a whole-cohort session (a seminar, say) the rows of
 * members of communities the viewer facilitates.
 */
export function attendanceVisibleSql(a: string, s: string): string {
  const ownMembers = `(${audienceSql(s, ':viewerId')} AND ${facilitatesMemberSql(`${s}.cohort_id`, `${a}.user_id`, ':viewerId')})`;
  return `(${a}.user_id = :viewerId OR ${sessionStaffViewSql(s)} OR ${ownMembers})`;
}
