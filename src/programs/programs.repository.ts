import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { entityFromRecord } from '../database/entity-from-record';
import { insertOrConflict } from '../database/insert-or-conflict';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';
import { PROGRAMS_QUERIES } from './programs.queries';

export interface Viewer {
  id: string;
  isAdmin: boolean;
}

/** What updateProgram may change. */
export type ProgramChanges = Partial<Omit<ProgramEntity, 'id' | 'createdAt'>>;

export type CohortWithProgram = CohortEntity & { program: ProgramEntity };

type NewEnrollment = Pick<EnrollmentEntity, 'cohortId' | 'userId' | 'role' | 'enrolledAt'>;

interface MemberRow extends Pick<EnrollmentEntity, 'id' | 'cohortId' | 'userId' | 'role' | 'enrolledAt'> {
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

  cohortExists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CohortEntity).existsBy({ id });
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

  /** The cohort, locked until the transaction ends (seats are counted under this lock). */
  lockCohort(id: string, manager: EntityManager): Promise<CohortEntity | null> {
    return manager.getRepository(CohortEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  countParticipants(cohortId: string, manager: EntityManager): Promise<number> {
    return manager.getRepository(EnrollmentEntity).countBy({ cohortId, role: EnrollmentRole.PARTICIPANT });
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
