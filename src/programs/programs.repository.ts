import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { entityFromRecord } from '../database/entity-from-record';
import { insertOrConflict } from '../database/insert-or-conflict';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentStatus } from './enrollment-status';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';
import { PROGRAMS_QUERIES } from './programs.queries';

export interface Viewer {
  id: string;
  isAdmin: boolean;
}

/** What updateCohort may change. */
export type CohortChanges = Partial<Pick<CohortEntity, 'name' | 'startsOn' | 'endsOn' | 'capacity' | 'timeZone' | 'minimumAttendancePercent'>>;

/** A session that would fall outside a cohort's dates, with its day in the cohort's zone. */
export interface SessionOutside {
  title: string;
  day: string;
  before: boolean;
}

/** What updateProgram may change. */
export type ProgramChanges = Partial<Omit<ProgramEntity, 'id' | 'createdAt'>>;

export type CohortWithProgram = CohortEntity & { program: ProgramEntity };

type NewEnrollment = Pick<EnrollmentEntity, 'cohortId' | 'userId' | 'role' | 'enrolledAt'>;

interface MemberRow
  extends Pick<EnrollmentEntity, 'id' | 'cohortId' | 'userId' | 'role' | 'enrolledAt' | 'status' | 'withdrawnOn' | 'withdrawalReason'> {
  email: string;
  fullName: string;
  isAdmin: boolean;
  credentials: string[];
}

/** Every query on programs, cohorts and enrollments. */
@Injectable()
export class ProgramsRepository {
  constructor(private readonly dataSource: DataSource) {}

  createProgram(values: Pick<ProgramEntity, 'name' | 'description' | 'timeZone'>, manager: EntityManager): Promise<ProgramEntity> {
    const programs = manager.getRepository(ProgramEntity);
    return programs.save(programs.create(values));
  }

  programById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProgramEntity | null> {
    return manager.getRepository(ProgramEntity).findOneBy({ id });
  }

  /** The program, locked until the transaction ends, so concurrent edits each see the other's result. */
  lockProgram(id: string, manager: EntityManager): Promise<ProgramEntity | null> {
    return manager.getRepository(ProgramEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateProgram(id: string, values: ProgramChanges, manager: EntityManager): Promise<void> {
    await manager.getRepository(ProgramEntity).update(id, values);
  }

  programsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.dataSource.getRepository(ProgramEntity).findBy({ id: In([...ids]) });
  }

  visiblePrograms(viewer: Viewer): Promise<ProgramEntity[]> {
    return this.dataSource.query(PROGRAMS_QUERIES.visiblePrograms, [viewer.id, viewer.isAdmin]);
  }

  createCohort(
    values: Pick<CohortEntity, 'programId' | 'name' | 'startsOn' | 'endsOn' | 'capacity' | 'timeZone' | 'minimumAttendancePercent'>,
    manager: EntityManager,
  ): Promise<CohortEntity> {
    const cohorts = manager.getRepository(CohortEntity);
    return cohorts.save(cohorts.create(values));
  }

  /** The cohort from the row an access check returned with its decision. */
  cohortFromRecord(record: Record<string, unknown>): CohortEntity {
    return entityFromRecord(this.dataSource, CohortEntity, record);
  }

  cohortsByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.dataSource.getRepository(CohortEntity).findBy({ id: In([...ids]) });
  }

  /** The cohort with its program (what certificates snapshot), or null. */
  async cohortWithProgram(id: string, manager: EntityManager = this.dataSource.manager): Promise<CohortWithProgram | null> {
    const cohort = await manager.getRepository(CohortEntity).findOne({ where: { id }, relations: { program: true } });
    return cohort?.program ? (cohort as CohortWithProgram) : null;
  }

  /** Every cohort for admins, else the viewer's own; of one program when given. */
  visibleCohorts(viewer: Viewer, programId?: string): Promise<CohortEntity[]> {
    return this.dataSource.query(PROGRAMS_QUERIES.visibleCohorts, [viewer.id, viewer.isAdmin, programId ?? null]);
  }

  administeredPrograms(viewer: Viewer): Promise<ProgramEntity[]> {
    return this.dataSource.query(PROGRAMS_QUERIES.administeredPrograms, [viewer.id, viewer.isAdmin]);
  }

  administeredCohorts(viewer: Viewer): Promise<CohortEntity[]> {
    return this.dataSource.query(PROGRAMS_QUERIES.administeredCohorts, [viewer.id, viewer.isAdmin]);
  }

  /** The cohort, locked until the transaction ends (seats are counted under this lock). */
  lockCohort(id: string, manager: EntityManager): Promise<CohortEntity | null> {
    return manager.getRepository(CohortEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateCohort(id: string, values: CohortChanges, manager: EntityManager): Promise<void> {
    await manager.getRepository(CohortEntity).update(id, values);
  }

  /** The first session (not cancelled) whose day in `timeZone` falls outside the dates, or null. */
  async firstSessionOutside(cohortId: string, startsOn: string, endsOn: string, timeZone: string, manager: EntityManager): Promise<SessionOutside | null> {
    const [row]: SessionOutside[] = await manager.query(PROGRAMS_QUERIES.firstSessionOutside, [cohortId, startsOn, endsOn, timeZone]);
    return row ?? null;
  }

  /** Participants holding a seat: withdrawn ones do not. */
  countParticipants(cohortId: string, manager: EntityManager): Promise<number> {
    return manager.getRepository(EnrollmentEntity).countBy({ cohortId, role: EnrollmentRole.PARTICIPANT, status: EnrollmentStatus.ACTIVE });
  }

  /** The person's enrolment in that role, locked until the transaction ends, or null. */
  lockEnrollmentByRole(cohortId: string, userId: string, role: EnrollmentRole, manager: EntityManager): Promise<EnrollmentEntity | null> {
    return manager.getRepository(EnrollmentEntity).findOne({ where: { cohortId, userId, role }, lock: { mode: 'pessimistic_write' } });
  }

  enrollmentById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EnrollmentEntity | null> {
    return manager.getRepository(EnrollmentEntity).findOneBy({ id });
  }

  /** The enrolment, locked until the transaction ends, or null. */
  lockEnrollment(id: string, manager: EntityManager): Promise<EnrollmentEntity | null> {
    return manager.getRepository(EnrollmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Sets the status fields and answers the enrolment with its person. */
  async setStatus(
    id: string,
    values: Pick<EnrollmentEntity, 'status' | 'withdrawnOn' | 'withdrawalReason'>,
    manager: EntityManager,
  ): Promise<EnrollmentEntity> {
    await manager.getRepository(EnrollmentEntity).update(id, values);
    return manager.getRepository(EnrollmentEntity).findOneOrFail({ where: { id }, relations: { user: true } });
  }

  /** The kinds of record that exist for the enrolment (empty: nothing was recorded for it). */
  async recordsOf(enrollment: EnrollmentEntity, manager: EntityManager): Promise<string[]> {
    const rows: { kind: string }[] = await manager.query(PROGRAMS_QUERIES.recordsOfEnrollment, [enrollment.cohortId, enrollment.userId, enrollment.role]);
    return rows.map((row) => row.kind);
  }

  async deleteEnrollment(enrollment: EnrollmentEntity, manager: EntityManager): Promise<void> {
    await manager.query(PROGRAMS_QUERIES.deleteEnrollment, [enrollment.id, enrollment.cohortId, enrollment.userId, enrollment.role]);
  }

  /** The new enrollment with its person, or CONFLICT when the person already holds the role there. */
  async insertEnrollment(values: NewEnrollment, manager: EntityManager): Promise<EnrollmentEntity> {
    const { id } = await insertOrConflict(manager, EnrollmentEntity, values, 'This person already has this role in the cohort');
    return manager.getRepository(EnrollmentEntity).findOneOrFail({ where: { id }, relations: { user: true } });
  }

  /** The user's enrollments in all cohorts, newest first, with the person. */
  enrollmentsOf(userId: string): Promise<EnrollmentEntity[]> {
    return this.dataSource.getRepository(EnrollmentEntity).find({
      where: { userId },
      relations: { user: true },
      order: { enrolledAt: 'DESC' },
    });
  }

  /** One user's enrollments in several cohorts (their roles there). */
  enrollmentsIn(userId: string, cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return this.dataSource.getRepository(EnrollmentEntity).findBy({ userId, cohortId: In([...cohortIds]) });
  }

  /** Members of several cohorts, of those the viewer may read; staff first, then by name. */
  async visibleMembers(viewer: Viewer, cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    const rows: MemberRow[] = await this.dataSource.query(PROGRAMS_QUERIES.visibleMembers, [cohortIds, viewer.id, viewer.isAdmin]);
    return rows.map(toMember);
  }
}

function toMember({ email, fullName, isAdmin, credentials, ...enrollment }: MemberRow): EnrollmentEntity {
  const user = Object.assign(new UserEntity(), { id: enrollment.userId, email, fullName, isAdmin, credentials });
  return Object.assign(new EnrollmentEntity(), { ...enrollment, user });
}
