import { mayManageCurriculum } from '../curriculum/curriculum.policy';
import { CohortRoles } from '../programs/cohort-access.service';

/** Own summary; any participant's for admins and faculty; a facilitator's own communities' members. */
export function maySeeAttendanceOf(roles: CohortRoles, participantId: string, facilitatesThem: boolean): boolean {
  if (participantId === roles.user.id || mayManageCurriculum(roles)) return true;
  return roles.isFacilitator && facilitatesThem;
}
