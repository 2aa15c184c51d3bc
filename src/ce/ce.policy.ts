import { AuthUser } from '../auth/auth-user';
import { ForbiddenError } from '../errors/domain-errors';

/** CE records are the holder's own; admins see anyone's. */
export function requireCeRecordViewer(user: AuthUser, holderId: string): void {
  if (!user.isAdmin && user.id !== holderId) throw new ForbiddenError('You may only see your own CE records');
}
