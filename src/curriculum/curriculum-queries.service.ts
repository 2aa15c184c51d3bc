import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { CourseModuleEntity } from './course-module.entity';
import { sessionStaffViewSql, sessionVisibleSql, viewerParams } from './curriculum.policy';
import { expectedSql } from './session-audience';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionEntity } from './session.entity';

/** Reads of modules and sessions, each filtered by what the viewer may see in one statement. */
@Injectable()
export class CurriculumQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohortAccess: CohortAccess,
  ) {}

  /** Modules of many cohorts (for DataLoaders), in curriculum order. */
  modulesOf(cohortIds: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.dataSource.getRepository(CourseModuleEntity).find({
      where: { cohortId: In([...cohortIds]) },
      order: { position: 'ASC', title: 'ASC' },
    });
  }

  modulesByIds(ids: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.dataSource.getRepository(CourseModuleEntity).findBy({ id: In([...ids]) });
  }

  /** Sessions by id, unfiltered: for records (such as attendance) whose visibility was already checked. */
  sessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).findBy({ id: In([...ids]) });
  }

  /** The sessions of many cohorts the viewer may see, in start order; one statement. */
  visibleSessionsOf(user: AuthUser, cohortIds: readonly string[]): Promise<SessionEntity[]> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.cohort_id IN (:...cohortIds)', { cohortIds })
      .andWhere(sessionVisibleSql('s'), viewerParams(user))
      .orderBy('s.starts_at')
      .addOrderBy('s.title')
      .getMany();
  }

  async visibleSession(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :sessionId', { sessionId })
      .andWhere(sessionVisibleSql('s'), viewerParams(user))
      .getOne();
    if (!session) throw new NotFoundError('Session');
    return session;
  }

  /** The sessions the caller is expected at as a participant of the cohort, in start order. */
  async mySchedule(user: AuthUser, cohortId: string): Promise<SessionEntity[]> {
    await this.cohortAccess.requireMemberOrAdmin(user, cohortId);
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.cohort_id = :cohortId', { cohortId })
      .andWhere(expectedSql('s', ':viewerId'), viewerParams(user))
      .orderBy('s.starts_at')
      .addOrderBy('s.title')
      .getMany();
  }

  /** Invitees of many sessions: all for the sessions' staff, otherwise only the viewer. */
  visibleInvitees(user: AuthUser, sessionIds: readonly string[]): Promise<SessionInviteeEntity[]> {
    return this.dataSource
      .getRepository(SessionInviteeEntity)
      .createQueryBuilder('invitee')
      .innerJoinAndSelect('invitee.user', 'user')
      .innerJoin('invitee.session', 's')
      .where('invitee.session_id IN (:...sessionIds)', { sessionIds })
      .andWhere(`(invitee.user_id = :viewerId OR ${sessionStaffViewSql('s')})`, viewerParams(user))
      .orderBy('user.full_name')
      .getMany();
  }
}
