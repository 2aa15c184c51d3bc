import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.model';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { SetCompletionRequirementInput, UpdateCompletionRequirementInput, WaiveRequirementInput } from './completion.inputs';
import { Progress, RequirementWaiver } from './completion.models';
import { CompletionRepository } from './completion.repository';
import { EvaluatedParticipant, ProgressEvaluator } from './progress-evaluator';
import { RequirementKind } from './requirement-kind';

/** The kinds that count over a requirement's session kinds; the others have their own fixed meaning. */
const OVER_SESSION_KINDS = [RequirementKind.SESSIONS_ATTENDED, RequirementKind.SESSION_MINUTES];

@Injectable()
export class CompletionService {
  constructor(
    private readonly access: Access,
    private readonly completion: CompletionRepository,
    private readonly evaluator: ProgressEvaluator,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Creates or replaces the cohort's threshold for one kind over its session kinds (admins and the program's coordinators). */
  async setRequirement(user: AuthUser, input: SetCompletionRequirementInput): Promise<CompletionRequirementEntity> {
    if (input.sessionKinds && !OVER_SESSION_KINDS.includes(input.kind)) {
      throw badInput('sessionKinds', 'only SESSIONS_ATTENDED and SESSION_MINUTES count by session kind');
    }
    const key = { cohortId: input.cohortId, kind: input.kind, sessionKinds: [...(input.sessionKinds ?? [])].sort() };
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      if (input.sessionKinds) await this.requireCountableKinds(input.cohortId, key.sessionKinds, manager);
      const before = await this.completion.lockRequirement(key, manager);
      const saved = await this.completion.upsertRequirement({ ...key, threshold: input.threshold, label: input.label ?? null }, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'completion_requirement.set',
        entityType: 'completion_requirement',
        entityId: saved.id,
        cohortId: input.cohortId,
        before: before ? auditedRequirement(before) : null,
        after: auditedRequirement(saved),
      });
      return saved;
    });
  }

  /** A requirement over session kinds must count at least one kind the cohort holds countable sessions of. */
  private async requireCountableKinds(cohortId: string, sessionKinds: string[], manager: EntityManager): Promise<void> {
    const held = await this.completion.countableSessionKinds(cohortId, manager);
    if (!sessionKinds.some((kind) => held.includes(kind))) {
      throw badInput('sessionKinds', `the cohort holds no required sessions of ${sessionKinds.join(', ')}; schedule them first`);
    }
  }

  /** Corrects a requirement's threshold or label; progress follows at once, as it is computed when asked. */
  async updateRequirement(user: AuthUser, input: UpdateCompletionRequirementInput): Promise<CompletionRequirementEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.requirement(input.requirementId), manager);
      const requirement = await this.completion.findRequirement(input.requirementId, manager);
      if (!requirement) throw new NotFoundError('Completion requirement');
      const before = auditedRequirement(requirement);
      if (input.threshold !== undefined) requirement.threshold = input.threshold;
      if (input.label !== undefined) requirement.label = input.label?.trim() || null;
      const saved = await this.completion.saveRequirement(requirement, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'completion_requirement.updated',
        entityType: 'completion_requirement',
        entityId: saved.id,
        cohortId: saved.cohortId,
        before,
        after: auditedRequirement(saved),
      });
      return saved;
    });
  }

  /** Removes a requirement and its waivers; false (for an administrator) when there was none. */
  async removeRequirement(user: AuthUser, id: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const before = await this.completion.findRequirement(id, manager);
      if (!before && user.isAdmin) return false;
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.requirement(id), manager);
      if (!before) return false;
      await this.completion.deleteRequirement(id, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'completion_requirement.remove',
        entityType: 'completion_requirement',
        entityId: id,
        cohortId: before.cohortId,
        before: auditedRequirement(before),
        after: null,
      });
      return true;
    });
  }

  /** The cohort's rules, for its members and admins. */
  async requirements(user: AuthUser, cohortId: string): Promise<CompletionRequirementEntity[]> {
    await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return this.completion.requirementsOf(cohortId);
  }

  /** Lets one participant off one of their cohort's requirements. */
  async waive(user: AuthUser, input: WaiveRequirementInput): Promise<RequirementWaiver> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      const targets = await this.completion.waiverTargets(input.cohortId, input.requirementId, input.userId, manager);
      if (!targets.requirementInCohort) throw badInput('requirementId', 'is not a requirement of this cohort');
      if (!targets.isParticipant) throw badInput('userId', 'is not a participant of this cohort');
      const waiver = await this.completion.insertWaiver({ ...input, waivedById: user.id }, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'requirement_waiver.grant',
        entityType: 'requirement_waiver',
        entityId: waiver.id,
        cohortId: input.cohortId,
        before: null,
        // The reason may speak of the participant's circumstances: it stays out of the trail.
        after: { requirementId: waiver.requirementId, userId: waiver.userId },
      });
      return waiver;
    });
  }

  /** One participant's progress; `participantId` defaults to the caller. */
  async progress(user: AuthUser, cohortId: string, participantId = user.id): Promise<Progress> {
    await this.access.require(user, Permission.PARTICIPANT_RECORDS_READ, target.participant(cohortId, participantId));
    const [evaluated] = await this.evaluator.evaluate(cohortId, { participantIds: [participantId] });
    if (!evaluated) throw new NotFoundError('Participant');
    return toProgress(evaluated);
  }

  /** Every participant's progress for the cohort's faculty and admins; a facilitator's own communities' members. */
  async cohortProgress(user: AuthUser, cohortId: string): Promise<Progress[]> {
    const decision = await this.access.require(user, Permission.COHORT_RECORDS_READ, target.cohort(cohortId));
    return (await this.evaluator.evaluate(cohortId, { facilitatorId: decision.narrowedToFacilitator })).map(toProgress);
  }
}

function toProgress({ progress, user, withdrawnOn }: EvaluatedParticipant): Progress {
  const requirements = progress.requirements.map(({ requirement, achieved, waived, met }) => ({
    requirementId: requirement.id,
    kind: requirement.kind,
    sessionKinds: requirement.sessionKinds,
    label: requirement.label,
    threshold: requirement.threshold,
    achieved,
    waived,
    met,
  }));
  return { eligible: progress.eligible, requirements, user: User.from(user), withdrawnOn };
}

function auditedRequirement({ kind, sessionKinds, threshold, label }: CompletionRequirementEntity) {
  return { kind, sessionKinds, threshold, label };
}
