import { ForbiddenError } from '../errors/domain-errors';
import { CohortRoles } from '../programs/cohort-access.service';

/** A cohort's certificates list is for its staff and admins; holders use myCertificates. */
export function requireCertificateListViewer(access: CohortRoles): void {
  if (!access.isAdmin && !access.isStaff) throw new ForbiddenError("Only staff of this cohort may list its certificates");
}
