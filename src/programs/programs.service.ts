import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { UsersRepository } from '../auth/users.repository';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';
import { CreateCohortInput, CreateProgramInput, EnrollInput, UpdateProgramInput } from './programs.inputs';
import { ProgramChanges, ProgramsRepository } from './programs.repository';

@Injectable()
export class ProgramsService {
  constructor(
    private readonly access: Access,
    private readonly programs: ProgramsRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** `actor` null: the system itself. */
  createProgram(input: CreateProgramInput, actor: AuthUser | null): Promise<ProgramEntity> {
    return this.transactions.run(async (manager) => {
      const program = await this.programs.createProgram({ name: input.name.trim(), description: input.description?.trim() || null, timeZone: input.timeZone ?? 'UTC' }, manager);
      await this.audit.record(manager, {
        actorId: actor?.id ?? null,
        action: 'program.created',
        entityType: 'program',
        entityId: program.id,
        after: { name: program.name, timeZone: program.timeZone },
      });
      return program;
    });
  }

  /**
   * Changes what the input names, audited with the fields' values before and after. Certificates
   * already issued keep the issuer profile they were issued with; only later ones take the new one.
   */
  updateProgram(actor: AuthUser, input: UpdateProgramInput): Promise<ProgramEntity> {
    return this.transactions.run(async (manager) => {
      const program = await this.programs.lockProgram(input.programId, manager);
      if (!program) throw new NotFoundError('Program');
      const changes = changedFields(program, requestedChanges(input));
      if (!Object.keys(changes).length) return program;
      await this.programs.updateProgram(program.id, changes, manager);
      const before = Object.fromEntries(Object.keys(changes).map((field) => [field, program[field as keyof ProgramChanges]]));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'program.updated',
        entityType: 'program',
        entityId: program.id,
        before: withoutEmailAddress(before),
        after: withoutEmailAddress(changes),
      });
      return { ...program, ...changes };
    });
  }

  /** Admins see every program; others the programs they are enrolled in. */
  listPrograms(user: AuthUser): Promise<ProgramEntity[]> {
    return this.programs.visiblePrograms(user);
  }

  /** `actor` null: the system itself. */
  async createCohort(input: CreateCohortInput, actor: AuthUser | null): Promise<CohortEntity> {
    if (input.endsOn < input.startsOn) throw badInput('endsOn', 'must not be before startsOn');
    return this.transactions.run(async (manager) => {
      const program = await this.programs.programById(input.programId, manager);
      if (!program) throw new NotFoundError('Program');
      const cohort = await this.programs.createCohort(
        { ...input, name: input.name.trim(), timeZone: input.timeZone ?? program.timeZone, minimumAttendancePercent: input.minimumAttendancePercent ?? 80 },
        manager,
      );
      await this.audit.record(manager, {
        actorId: actor?.id ?? null,
        action: 'cohort.created',
        entityType: 'cohort',
        // The cohort is the entity itself; `cohortId` stays for records that belong to one.
        entityId: cohort.id,
        after: { programId: cohort.programId, name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, capacity: cohort.capacity, timeZone: cohort.timeZone, minimumAttendancePercent: cohort.minimumAttendancePercent },
      });
      return cohort;
    });
  }

  /** One cohort for its members and admins; NOT_FOUND for everyone else, as for an unknown id. */
  async cohort(user: AuthUser, cohortId: string): Promise<CohortEntity> {
    const decision = await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return this.programs.cohortFromRecord(decision.record!);
  }

  /** Admins see every cohort of the program (or all); others only cohorts they are enrolled in. */
  listCohorts(user: AuthUser, programId?: string): Promise<CohortEntity[]> {
    return this.programs.visibleCohorts(user, programId);
  }

  cohortsByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.programs.cohortsByIds(ids);
  }

  programsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.programs.programsByIds(ids);
  }

  /** One enrollment; the cohort row is locked so two admins cannot both fill the last seat. */
  async enroll(actor: AuthUser, input: EnrollInput): Promise<EnrollmentEntity> {
    return this.transactions.run(async (manager) => {
      const cohort = await this.programs.lockCohort(input.cohortId, manager);
      if (!cohort) throw new NotFoundError('Cohort');
      if (!(await this.users.exists(input.userId, manager))) throw new NotFoundError('User');
      if (input.role === EnrollmentRole.PARTICIPANT && (await this.programs.countParticipants(cohort.id, manager)) >= cohort.capacity) {
        throw badInput('cohortId', `the cohort is full (capacity ${cohort.capacity})`);
      }
      const enrollment = await this.programs.insertEnrollment(
        { cohortId: cohort.id, userId: input.userId, role: input.role, enrolledAt: input.enrolledAt ?? new Date() },
        manager,
      );
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

  /** Members of many cohorts at once (for DataLoaders), of the cohorts the viewer may read. */
  membersOf(viewer: AuthUser, cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return this.programs.visibleMembers(viewer, cohortIds);
  }

  /** The caller's enrollments (all cohorts), for `myCohorts`. */
  enrollmentsOf(userId: string): Promise<EnrollmentEntity[]> {
    return this.programs.enrollmentsOf(userId);
  }

  /** The caller's roles in each of the cohorts, for `myRoles`. */
  enrollmentsIn(userId: string, cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return this.programs.enrollmentsIn(userId, cohortIds);
  }
}

/** The fields the input names, as they would be stored; left out stays out, null clears. */
function requestedChanges({ programId: _programId, description, ...fields }: UpdateProgramInput): ProgramChanges {
  const requested: ProgramChanges = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (description !== undefined) requested.description = description?.trim() || null;
  return requested;
}

function changedFields(program: ProgramEntity, requested: ProgramChanges): ProgramChanges {
  return Object.fromEntries(Object.entries(requested).filter(([field, value]) => program[field as keyof ProgramChanges] !== value));
}

/** The audit trail keeps no e-mail address: only whether the issuer's was set. */
function withoutEmailAddress(fields: Record<string, unknown>): Record<string, unknown> {
  if (!('issuerEmail' in fields)) return fields;
  return { ...fields, issuerEmail: fields.issuerEmail === null ? null : 'set' };
}
