import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { CommunityFacilitatorEntity } from '../communities/community-facilitator.entity';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess, CohortRoles } from '../programs/cohort-access.service';
import { mayManageCurriculum, mayRunSession } from './curriculum.policy';
import { SessionEntity } from './session.entity';

export interface RunnableSession {
  session: SessionEntity;
  roles: CohortRoles;
}

/** Finds a session for someone who wants to run it (record attendance, keep notes, change it). */
@Injectable()
export class SessionAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohortAccess: CohortAccess,
  ) {}

  /**
   * The session and the caller's roles in its cohort. Outsiders get NOT_FOUND, other members of the
   * cohort FORBIDDEN. With `lock`, the session row is locked for the caller's transaction.
   */
  async requireRunner(user: AuthUser, sessionId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RunnableSession> {
    const session = await manager.getRepository(SessionEntity).findOne({
      where: { id: sessionId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!session) throw new NotFoundError('Session');
    const roles = await this.cohortAccess.of(user, session.cohortId);
    if (!roles.isAdmin && !roles.isMember) throw new NotFoundError('Session');
    const facilitates = !mayManageCurriculum(roles) && (await this.facilitates(user.id, session.communityId, manager));
    if (!mayRunSession(roles, session, facilitates)) {
      throw new ForbiddenError('Only the staff who run this session may do this');
    }
    return { session, roles };
  }

  async facilitates(userId: string, communityId: string | null, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!communityId) return false;
    return manager.getRepository(CommunityFacilitatorEntity).existsBy({ communityId, userId });
  }
}
