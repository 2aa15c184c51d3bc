import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-errors';
import { CourseModuleEntity } from './course-module.entity';
import { CurriculumRepository, OverlappingSession } from './curriculum.repository';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionEntity } from './session.entity';

/** Reads of modules and sessions; lists are filtered by what the viewer may see in one statement each. */
@Injectable()
export class CurriculumQueries {
  constructor(
    private readonly access: Access,
    private readonly repository: CurriculumRepository,
  ) {}

  /** Modules of many cohorts (for DataLoaders), in curriculum order. */
  modulesOf(cohortIds: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.repository.modulesOfCohorts(cohortIds);
  }

  modulesByIds(ids: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.repository.modulesByIds(ids);
  }

  /** Sessions by id, unfiltered: for records (such as attendance) whose visibility was already checked. */
  sessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.repository.sessionsByIds(ids);
  }

  /** The sessions of many cohorts the viewer may see, in start order. */
  visibleSessionsOf(user: AuthUser, cohortIds: readonly string[]): Promise<SessionEntity[]> {
    return this.repository.visibleSessionsOfCohorts(user, cohortIds);
  }

  async session(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    await this.access.require(user, Permission.SESSION_READ, target.session(sessionId));
    const session = await this.repository.sessionById(sessionId);
    if (!session) throw new NotFoundError('Session');
    return session;
  }

  /** The sessions the caller is expected at as a participant of the cohort, in start order. */
  async mySchedule(user: AuthUser, cohortId: string): Promise<SessionEntity[]> {
    await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return this.repository.expectedSessions(cohortId, user.id);
  }

  /** Sessions overlapping each of many sessions for someone both are meant for, those the viewer may see. */
  overlappingSessions(user: AuthUser, sessionIds: readonly string[]): Promise<OverlappingSession[]> {
    return this.repository.overlappingSessions(user, sessionIds);
  }

  /** Invitees of many sessions: all for the sessions' staff, otherwise only the viewer. */
  visibleInvitees(user: AuthUser, sessionIds: readonly string[]): Promise<SessionInviteeEntity[]> {
    return this.repository.visibleInvitees(user, sessionIds);
  }
}
