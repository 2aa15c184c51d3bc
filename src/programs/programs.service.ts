import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { CeRecords } from '../ce/ce-records';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from './cohort.entity';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';
import { CreateCohortInput, CreateProgramInput, UpdateCohortInput, UpdateProgramInput } from './programs.inputs';
import { CohortChanges, ProgramChanges, ProgramsRepository } from './programs.repository';

@Injectable()
export class ProgramsService {
  constructor(
    private readonly access: Access,
    private readonly programs: ProgramsRepository,
    private readonly ceRecords: CeRecords,
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
      await this.access.require(actor, Permission.PROGRAM_ADMINISTER, target.program(input.programId), manager);
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

  /** Admins see every program; others the programs they coordinate or are enrolled in. */
  listPrograms(user: AuthUser): Promise<ProgramEntity[]> {
    return this.programs.visiblePrograms(user);
  }

  /** `actor` null: the system itself. */
  async createCohort(input: CreateCohortInput, actor: AuthUser | null): Promise<CohortEntity> {
    return this.transactions.run(async (manager) => {
      if (actor) await this.access.require(actor, Permission.PROGRAM_ADMINISTER, target.program(input.programId), manager);
      if (input.endsOn < input.startsOn) throw badInput('endsOn', 'must not be before startsOn');
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

  /** One cohort for its members, admins and its program's coordinators; NOT_FOUND for everyone else, as for an unknown id. */
  async cohort(user: AuthUser, cohortId: string): Promise<CohortEntity> {
    const decision = await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return this.programs.cohortFromRecord(decision.record!);
  }

  /** Admins see every cohort of the program (or all), coordinators those of their programs; others only cohorts they are enrolled in. */
  listCohorts(user: AuthUser, programId?: string): Promise<CohortEntity[]> {
    return this.programs.visibleCohorts(user, programId);
  }

  cohortsByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.programs.cohortsByIds(ids);
  }

  programsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.programs.programsByIds(ids);
  }

  /**
   * Changes what the input names, audited with the fields' values before and after, held to
   * createCohort's rules; the cohort's sessions must still fall on its days, and its seats hold its
   * participants. A new minimum attendance share changes attendance credit, so CE records follow.
   */
  updateCohort(actor: AuthUser, input: UpdateCohortInput): Promise<CohortEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      const cohort = await this.programs.lockCohort(input.cohortId, manager);
      if (!cohort) throw new NotFoundError('Cohort');
      const { cohortId: _cohortId, ...requested } = input;
      const changes: CohortChanges = Object.fromEntries(
        Object.entries({ ...requested, name: requested.name?.trim() }).filter(([field, value]) => value !== undefined && cohort[field as keyof CohortChanges] !== value),
      );
      if (!Object.keys(changes).length) return cohort;
      const updated = { ...cohort, ...changes };
      await this.refuseUnfitChanges(updated, changes, manager);
      await this.programs.updateCohort(cohort.id, changes, manager);
      if (changes.minimumAttendancePercent !== undefined) await this.ceRecords.afterAttendance(manager, cohort.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'cohort.updated',
        entityType: 'cohort',
        entityId: cohort.id,
        before: Object.fromEntries(Object.keys(changes).map((field) => [field, cohort[field as keyof CohortChanges]])),
        after: changes,
      });
      return updated;
    });
  }

  private async refuseUnfitChanges(cohort: CohortEntity, changes: CohortChanges, manager: EntityManager): Promise<void> {
    if (cohort.endsOn < cohort.startsOn) {
      throw changes.endsOn ? badInput('endsOn', 'must not be before startsOn') : badInput('startsOn', 'must not be after endsOn');
    }
    if (changes.capacity !== undefined) {
      const taking = await this.programs.countParticipants(cohort.id, manager);
      if (changes.capacity < taking) throw badInput('capacity', `must not be below the ${taking} participants taking part`);
    }
    if (changes.startsOn || changes.endsOn || changes.timeZone) {
      const outside = await this.programs.firstSessionOutside(cohort.id, cohort.startsOn, cohort.endsOn, cohort.timeZone, manager);
      if (outside) {
        const field = outside.before ? (changes.startsOn ? 'startsOn' : 'timeZone') : changes.endsOn ? 'endsOn' : 'timeZone';
        throw badInput(field, `the session "${outside.title}" on ${outside.day} would fall outside the cohort's dates`);
      }
    }
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
