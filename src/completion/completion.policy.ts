import { ForbiddenError } from '../errors/domain-errors';
import { CohortRoles } from '../programs/cohort-access.service';

/** Staff of the cohort and admins see everyone's progress; a participant only their own. */
export function requireProgressViewer(access: CohortRoles, participantId: string): void {
  if (access.isAdmin || access.isStaff) return;
  if (access.isParticipant && participantId === access.user.id) return;
  throw new ForbiddenError("You may only see your own progress");
}
