import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { UsersRepository } from '../auth/users.repository';
import { formatInZone } from '../curriculum/zoned-time';
import { Transactions } from '../database/transactions';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentStatus } from './enrollment-status';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollInput, WithdrawInput } from './programs.inputs';
import { ProgramsRepository } from './programs.repository';

/** What enrolling on a platform's word did. */
export type PlatformEnrollment = 'ENROLLED' | 'UNCHANGED' | 'WITHDRAWN_HERE' | 'COHORT_FULL';

/**
 * Enrolments over time: enrolling, withdrawing (the record stays, the seat frees) and removing a
 * mistaken one. Each runs with the cohort row locked, so seats are counted by one writer at a time.
 */
@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly access: Access,
    private readonly programs: ProgramsRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * One enrolment. Holding the role already answers CONFLICT, full or not; a withdrawn participant
   * enrolled again takes the same enrolment back (with its records), if a seat is free.
   */
  enroll(actor: AuthUser, input: EnrollInput): Promise<EnrollmentEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      const cohort = await this.programs.lockCohort(input.cohortId, manager);
      if (!cohort) throw new NotFoundError('Cohort');
      if (!(await this.users.exists(input.userId, manager))) throw new NotFoundError('User');
      const existing = await this.programs.lockEnrollmentByRole(cohort.id, input.userId, input.role, manager);
      if (existing?.status === EnrollmentStatus.ACTIVE) throw new ConflictError('This person already has this role in the cohort');
      if (input.role === EnrollmentRole.PARTICIPANT && (await this.programs.countParticipants(cohort.id, manager)) >= cohort.capacity) {
        throw badInput('cohortId', `the cohort is full (capacity ${cohort.capacity})`);
      }
      if (existing) return this.reactivate(actor, existing, manager);
      return this.addEnrollment(actor.id, { cohortId: cohort.id, userId: input.userId, role: input.role, enrolledAt: input.enrolledAt ?? new Date() }, manager);
    });
  }

  /**
   * Enrols on a learning platform's word (a verified launch, its roster), inside the caller's
   * transaction: no actor, the source in the audit trail. Holding the role already, or having
   * withdrawn, changes nothing (a coordinator's withdrawal stands); a full cohort takes no one.
   */
  async enrollFromPlatform(manager: EntityManager, input: { cohortId: string; userId: string; role: EnrollmentRole }, source: string): Promise<PlatformEnrollment> {
    const cohort = await this.programs.lockCohort(input.cohortId, manager);
    if (!cohort) throw new NotFoundError('Cohort');
    const existing = await this.programs.lockEnrollmentByRole(cohort.id, input.userId, input.role, manager);
    if (existing) return existing.status === EnrollmentStatus.ACTIVE ? 'UNCHANGED' : 'WITHDRAWN_HERE';
    if (input.role === EnrollmentRole.PARTICIPANT && (await this.programs.countParticipants(cohort.id, manager)) >= cohort.capacity) return 'COHORT_FULL';
    await this.addEnrollment(null, { cohortId: cohort.id, userId: input.userId, role: input.role, enrolledAt: new Date() }, manager, source);
    return 'ENROLLED';
  }

  /** Withdraws an active participant a platform's roster no longer lists, from today in the cohort's zone; records stay. */
  async withdrawFromPlatform(manager: EntityManager, enrollmentId: string, reason: string): Promise<boolean> {
    const locked = await this.lockWithCohort(enrollmentId, manager);
    if (!locked) return false;
    const { enrollment, cohort } = locked;
    if (enrollment.role !== EnrollmentRole.PARTICIPANT || enrollment.status !== EnrollmentStatus.ACTIVE) return false;
    const today = formatInZone(new Date(), cohort.timeZone).slice(0, 10);
    const enrolledOn = formatInZone(enrollment.enrolledAt, cohort.timeZone).slice(0, 10);
    const latest = today > enrolledOn ? today : enrolledOn;
    await this.markWithdrawn(null, enrollment, latest > cohort.endsOn ? cohort.endsOn : latest, reason, manager);
    return true;
  }

  /**
   * A participant stops taking part from `effectiveOn` (a day in the cohort's zone): the seat frees
   * at once, no session from that day expects them, every record stays, and nothing new is written by them.
   */
  withdraw(actor: AuthUser, input: WithdrawInput): Promise<EnrollmentEntity> {
    return this.transactions.run(async (manager) => {
      const { enrollment, cohort } = await this.lockedEnrollment(actor, input.enrollmentId, manager);
      if (enrollment.role !== EnrollmentRole.PARTICIPANT) {
        throw badInput('enrollmentId', 'only a participant withdraws; a staff enrolment with nothing recorded is removed instead');
      }
      if (enrollment.status === EnrollmentStatus.WITHDRAWN) throw badInput('enrollmentId', `has already withdrawn (on ${enrollment.withdrawnOn})`);
      const enrolledOn = formatInZone(enrollment.enrolledAt, cohort.timeZone).slice(0, 10);
      if (input.effectiveOn < enrolledOn) throw badInput('effectiveOn', `must not be before the enrolment (${enrolledOn})`);
      if (input.effectiveOn > cohort.endsOn) throw badInput('effectiveOn', `must not be after the cohort ends (${cohort.endsOn})`);
      return this.markWithdrawn(actor.id, enrollment, input.effectiveOn, input.reason, manager);
    });
  }

  /** Removes an enrolment made by mistake; CONFLICT naming what exists once anything was recorded for it. */
  removeEnrollment(actor: AuthUser, enrollmentId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const { enrollment, cohort } = await this.lockedEnrollment(actor, enrollmentId, manager);
      const records = await this.programs.recordsOf(enrollment, manager);
      if (records.length) {
        const instead = enrollment.role === EnrollmentRole.PARTICIPANT ? '; withdraw the participant instead' : '';
        throw new ConflictError(`This enrolment has records and cannot be removed: ${records.join(', ')}${instead}`);
      }
      await this.programs.deleteEnrollment(enrollment, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'enrollment.removed',
        entityType: 'enrollment',
        entityId: enrollment.id,
        cohortId: cohort.id,
        before: { userId: enrollment.userId, role: enrollment.role, enrolledAt: enrollment.enrolledAt, status: enrollment.status },
      });
      return true;
    });
  }

  private async reactivate(actor: AuthUser, enrollment: EnrollmentEntity, manager: EntityManager): Promise<EnrollmentEntity> {
    const active = await this.programs.setStatus(enrollment.id, { status: EnrollmentStatus.ACTIVE, withdrawnOn: null, withdrawalReason: null }, manager);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'enrollment.reactivated',
      entityType: 'enrollment',
      entityId: enrollment.id,
      cohortId: enrollment.cohortId,
      before: { status: enrollment.status, withdrawnOn: enrollment.withdrawnOn, withdrawalReason: enrollment.withdrawalReason },
      after: { status: active.status },
    });
    return active;
  }

  /** The enrolment and its audit row, inside the caller's transaction, once the caller has checked the role and the seats. */
  async addEnrollment(
    actorId: string | null,
    values: Pick<EnrollmentEntity, 'cohortId' | 'userId' | 'role' | 'enrolledAt'>,
    manager: EntityManager,
    source?: string,
  ): Promise<EnrollmentEntity> {
    const enrollment = await this.programs.insertEnrollment(values, manager);
    await this.audit.record(manager, {
      actorId,
      action: 'enrollment.created',
      entityType: 'enrollment',
      entityId: enrollment.id,
      cohortId: enrollment.cohortId,
      after: { userId: enrollment.userId, role: enrollment.role, enrolledAt: enrollment.enrolledAt, ...(source ? { source } : {}) },
    });
    return enrollment;
  }

  private async markWithdrawn(actorId: string | null, enrollment: EnrollmentEntity, effectiveOn: string, reason: string, manager: EntityManager): Promise<EnrollmentEntity> {
    const withdrawn = await this.programs.setStatus(enrollment.id, { status: EnrollmentStatus.WITHDRAWN, withdrawnOn: effectiveOn, withdrawalReason: reason }, manager);
    await this.audit.record(manager, {
      actorId,
      action: 'enrollment.withdrawn',
      entityType: 'enrollment',
      entityId: enrollment.id,
      cohortId: enrollment.cohortId,
      before: { status: enrollment.status },
      after: { status: withdrawn.status, withdrawnOn: withdrawn.withdrawnOn, withdrawalReason: withdrawn.withdrawalReason },
    });
    return withdrawn;
  }

  /** The enrolment and its cohort, for those who administer it, locked in the order enroll locks them (cohort first). */
  private async lockedEnrollment(actor: AuthUser, id: string, manager: EntityManager): Promise<{ enrollment: EnrollmentEntity; cohort: CohortEntity }> {
    await this.access.require(actor, Permission.COHORT_ADMINISTER, target.enrollment(id), manager);
    const locked = await this.lockWithCohort(id, manager);
    if (!locked) throw new NotFoundError('Enrollment');
    return locked;
  }

  private async lockWithCohort(id: string, manager: EntityManager): Promise<{ enrollment: EnrollmentEntity; cohort: CohortEntity } | null> {
    const found = await this.programs.enrollmentById(id, manager);
    const cohort = found && (await this.programs.lockCohort(found.cohortId, manager));
    const enrollment = cohort && (await this.programs.lockEnrollment(id, manager));
    return cohort && enrollment ? { enrollment, cohort } : null;
  }
}
