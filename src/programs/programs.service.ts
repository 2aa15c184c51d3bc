import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { UserEntity } from '../auth/user.entity';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';
import { CreateCohortInput, CreateProgramInput, EnrollInput } from './programs.inputs';

@Injectable()
export class ProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  createProgram(input: CreateProgramInput): Promise<ProgramEntity> {
    const programs = this.dataSource.getRepository(ProgramEntity);
    return programs.save(programs.create({ name: input.name.trim(), description: input.description?.trim() || null }));
  }

  /** Admins see every program; others the programs they are enrolled in. */
  listPrograms(user: AuthUser): Promise<ProgramEntity[]> {
    const query = this.dataSource.getRepository(ProgramEntity).createQueryBuilder('program').orderBy('program.name');
    if (!user.isAdmin) {
      query.where(
        'program.id IN (SELECT c.program_id FROM cohort c JOIN enrollment e ON e.cohort_id = c.id WHERE e.user_id = :userId)',
        { userId: user.id },
      );
    }
    return query.getMany();
  }

  async createCohort(input: CreateCohortInput): Promise<CohortEntity> {
    if (input.endsOn < input.startsOn) throw badInput('endsOn', 'must not be before startsOn');
    const programExists = await this.dataSource.getRepository(ProgramEntity).existsBy({ id: input.programId });
    if (!programExists) throw new NotFoundError('Program');
    const cohorts = this.dataSource.getRepository(CohortEntity);
    return cohorts.save(cohorts.create({ ...input, name: input.name.trim() }));
  }

  /** Admins see every cohort of the program (or all); others only cohorts they are enrolled in. */
  listCohorts(user: AuthUser, programId?: string): Promise<CohortEntity[]> {
    const query = this.dataSource.getRepository(CohortEntity).createQueryBuilder('cohort').orderBy('cohort.starts_on', 'DESC');
    if (programId) query.andWhere('cohort.program_id = :programId', { programId });
    if (!user.isAdmin) {
      query.andWhere('cohort.id IN (SELECT e.cohort_id FROM enrollment e WHERE e.user_id = :userId)', { userId: user.id });
    }
    return query.getMany();
  }

  cohortsByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.dataSource.getRepository(CohortEntity).findBy({ id: In([...ids]) });
  }

  programsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.dataSource.getRepository(ProgramEntity).findBy({ id: In([...ids]) });
  }

  /** One enrollment; the cohort row is locked so two admins cannot both fill the last seat. */
  async enroll(actor: AuthUser, input: EnrollInput): Promise<EnrollmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await manager.getRepository(CohortEntity).findOne({
        where: { id: input.cohortId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw new NotFoundError('Cohort');
      if (!(await manager.getRepository(UserEntity).existsBy({ id: input.userId }))) throw new NotFoundError('User');
      const enrollments = manager.getRepository(EnrollmentEntity);
      if (input.role === EnrollmentRole.PARTICIPANT) {
        const participants = await enrollments.countBy({ cohortId: cohort.id, role: EnrollmentRole.PARTICIPANT });
        if (participants >= cohort.capacity) {
          throw badInput('cohortId', `the cohort is full (capacity ${cohort.capacity})`);
        }
      }
      const inserted = await enrollments
        .createQueryBuilder()
        .insert()
        .values({ cohortId: cohort.id, userId: input.userId, role: input.role, enrolledAt: input.enrolledAt ?? new Date() })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) throw new ConflictError('This person already has this role in the cohort');
      const enrollment = await enrollments.findOneOrFail({ where: { id: inserted.raw[0].id }, relations: { user: true } });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'enrollment.created',
        entityType: 'enrollment',
        entityId: enrollment.id,
        cohortId: cohort.id,
        after: { userId: enrollment.userId, role: enrollment.role, enrolledAt: enrollment.enrolledAt },
      });
      return enrollment;
    });
  }

  /** Members of many cohorts at once (for DataLoaders), staff first, then by name. */
  membersOf(cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return this.dataSource
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('enrollment')
      .innerJoinAndSelect('enrollment.user', 'user')
      .where('enrollment.cohort_id IN (:...cohortIds)', { cohortIds })
      .orderBy('enrollment.role', 'DESC')
      .addOrderBy('user.full_name')
      .getMany();
  }

  /** The caller's enrollments (all cohorts), for `myCohorts`. */
  enrollmentsOf(userId: string): Promise<EnrollmentEntity[]> {
    return this.dataSource.getRepository(EnrollmentEntity).find({
      where: { userId },
      relations: { user: true },
      order: { enrolledAt: 'DESC' },
    });
  }
}
