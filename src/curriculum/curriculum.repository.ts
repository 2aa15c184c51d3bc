import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-errors';
import { CourseModuleEntity } from './course-module.entity';
import { CURRICULUM_QUERIES } from './curriculum.queries';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionEntity } from './session.entity';

/** A session that overlaps another one (`overlapsSessionId`) for someone both are meant for. */
export type OverlappingSession = SessionEntity & { overlapsSessionId: string };

export interface SchedulingFacts {
  startsOn: string;
  endsOn: string;
  timeZone: string;
  moduleInCohort: boolean;
  communityInCohort: boolean;
  leaderIsStaff: boolean;
  callerFacilitatesCommunity: boolean;
  cohortHasCommunities: boolean;
}

export interface InviteeStanding {
  id: string;
  participant: boolean;
  inCommunity: boolean;
  facilitatedByCaller: boolean;
}

export interface SessionChangeFacts {
  startsOn: string;
  endsOn: string;
  timeZone: string;
  moduleInCohort: boolean;
  leaderIsStaff: boolean;
  attendanceRecorded: number;
  mostMinutesRecorded: number;
}

/** Every read and write of modules, sessions and invitees. */
@Injectable()
export class CurriculumRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Modules of many cohorts, in curriculum order. */
  modulesOfCohorts(cohortIds: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.dataSource.getRepository(CourseModuleEntity).find({
      where: { cohortId: In([...cohortIds]) },
      order: { position: 'ASC', title: 'ASC' },
    });
  }

  modulesByIds(ids: readonly string[]): Promise<CourseModuleEntity[]> {
    return this.dataSource.getRepository(CourseModuleEntity).findBy({ id: In([...ids]) });
  }

  insertModule(values: Pick<CourseModuleEntity, 'cohortId' | 'title' | 'position' | 'description'>, manager: EntityManager): Promise<CourseModuleEntity> {
    const modules = manager.getRepository(CourseModuleEntity);
    return modules.save(modules.create(values));
  }

  /** The cohort's modules in curriculum order, locked for the rest of the caller's transaction. */
  lockModulesOfCohort(cohortId: string, manager: EntityManager): Promise<CourseModuleEntity[]> {
    return manager.getRepository(CourseModuleEntity).find({
      where: { cohortId },
      order: { position: 'ASC', title: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async updateModuleText(id: string, text: Pick<CourseModuleEntity, 'title' | 'description'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(CourseModuleEntity).update({ id }, text);
  }

  /** Gives the modules positions 1, 2, 3… in the order of `moduleIds`, in one statement. */
  async renumberModules(moduleIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(CURRICULUM_QUERIES.renumberModules, [moduleIds]);
  }

  sessionById(id: string): Promise<SessionEntity | null> {
    return this.dataSource.getRepository(SessionEntity).findOneBy({ id });
  }

  /** Sessions by id, unfiltered: for records whose visibility was already checked. */
  sessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).findBy({ id: In([...ids]) });
  }

  /** The session, locked for the rest of the caller's transaction. */
  async lockSession(id: string, manager: EntityManager): Promise<SessionEntity> {
    const session = await manager.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!session) throw new NotFoundError('Session');
    return session;
  }

  visibleSessionsOfCohorts(viewer: AuthUser, cohortIds: readonly string[]): Promise<SessionEntity[]> {
    return this.dataSource.query(CURRICULUM_QUERIES.visibleSessionsOfCohorts, [cohortIds, viewer.id, viewer.isAdmin]);
  }

  expectedSessions(cohortId: string, personId: string): Promise<SessionEntity[]> {
    return this.dataSource.query(CURRICULUM_QUERIES.expectedSessions, [cohortId, personId]);
  }

  /** Sessions overlapping each of sessions, with the id of the one they overlap. */
  overlappingSessions(viewer: AuthUser, sessionIds: readonly string[]): Promise<OverlappingSession[]> {
    return this.dataSource.query(CURRICULUM_QUERIES.overlappingSessions, [sessionIds, viewer.id, viewer.isAdmin]);
  }

  /** Invitees with their user (id, e-mail, name, admin flag and credentials only). */
  visibleInvitees(viewer: AuthUser, sessionIds: readonly string[]): Promise<SessionInviteeEntity[]> {
    return this.dataSource.query(CURRICULUM_QUERIES.visibleInvitees, [sessionIds, viewer.id, viewer.isAdmin]);
  }

  /** For a cohort that exists (the caller's access to it was checked). */
  async schedulingFacts(
    cohortId: string,
    references: { moduleId: string | null; communityId: string | null; leaderId: string | null; callerId: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SchedulingFacts> {
    const { moduleId, communityId, leaderId, callerId } = references;
    const [facts] = await manager.query(CURRICULUM_QUERIES.schedulingFacts, [cohortId, moduleId, communityId, leaderId, callerId]);
    return facts;
  }

  inviteeStandings(
    cohortId: string,
    communityId: string | null,
    callerId: string,
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<InviteeStanding[]> {
    return manager.query(CURRICULUM_QUERIES.inviteeStandings, [cohortId, communityId, callerId, userIds]);
  }

  /** For a session that exists (the caller's access to it was checked). */
  async sessionChangeFacts(
    sessionId: string,
    references: { moduleId: string | null; leaderId: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionChangeFacts> {
    const [facts] = await manager.query(CURRICULUM_QUERIES.sessionChangeFacts, [sessionId, references.moduleId, references.leaderId]);
    return facts;
  }

  async insertSession(values: Partial<SessionEntity>, inviteeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<SessionEntity> {
    const sessions = manager.getRepository(SessionEntity);
    const session = await sessions.save(sessions.create(values));
    if (inviteeIds.length) {
      await manager.getRepository(SessionInviteeEntity).insert(inviteeIds.map((userId) => ({ sessionId: session.id, userId })));
    }
    return session;
  }

  saveSession(session: SessionEntity, manager: EntityManager = this.dataSource.manager): Promise<SessionEntity> {
    return manager.getRepository(SessionEntity).save(session);
  }
}
