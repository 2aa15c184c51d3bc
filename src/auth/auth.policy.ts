import { ForbiddenError } from '../errors/domain-errors';
import { AuthUser } from './auth-user';

/** Admin is a property of the user, not of a cohort. */
export function requireAdmin(user: AuthUser): void {
  if (!user.isAdmin) throw new ForbiddenError('Only an administrator may do this');
}
