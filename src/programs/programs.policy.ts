import { AuthUser } from '../auth/auth-user';
import { EnrollmentRole, STAFF_ROLES } from './enrollment-role';

type Member = { role: EnrollmentRole; userId: string };

/**
 * Who sees which members of a cohort: staff and admins see everyone with e-mail addresses;
 * a participant sees the staff and themselves, never other participants or their addresses.
 */
export class MemberViewer {
  private readonly isStaffOrAdmin: boolean;

  constructor(private readonly user: AuthUser, members: Member[]) {
    this.isStaffOrAdmin =
      user.isAdmin || members.some((member) => member.userId === user.id && STAFF_ROLES.includes(member.role));
  }

  visible<T extends Member>(members: T[]): T[] {
    if (this.isStaffOrAdmin) return members;
    return members.filter((member) => STAFF_ROLES.includes(member.role) || member.userId === this.user.id);
  }

  canSeeEmailOf(member: Member): boolean {
    return this.isStaffOrAdmin || STAFF_ROLES.includes(member.role) || member.userId === this.user.id;
  }
}
