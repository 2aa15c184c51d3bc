import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.model';
import { Transactions } from '../database/transactions';
import { NotFoundError } from '../errors/domain-errors';
import { ProgramsRepository } from '../programs/programs.repository';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { SetCompletionRequirementInput } from './completion.inputs';
import { Progress } from './completion.models';
import { CompletionRepository } from './completion.repository';
import { EvaluatedParticipant, ProgressEvaluator } from './progress-evaluator';

@Injectable()
export class CompletionService {
  constructor(
    private readonly access: Access,
    private readonly completion: CompletionRepository,
    private readonly programs: ProgramsRepository,
    private readonly evaluator: ProgressEvaluator,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Creates or replaces the cohort's threshold for one kind (admins only, declared on the operation). */
  async setRequirement(user: AuthUser, input: SetCompletionRequirementInput): Promise<CompletionRequirementEntity> {
    return this.transactions.run(async (manager) => {
      if (!(await this.programs.cohortExists(input.cohortId, manager))) throw new NotFoundError('Cohort');
      const before = await this.completion.lockRequirement(input.cohortId, input.kind, manager);
      const saved = await this.completion.upsertRequirement({ cohortId: input.cohortId, kind: input.kind, threshold: input.threshold }, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'completion_requirement.set',
        entityType: 'completion_requirement',
        entityId: saved.id,
        cohortId: input.cohortId,
        before: before ? { kind: before.kind, threshold: before.threshold } : null,
        after: { kind: saved.kind, threshold: saved.threshold },
      });
      return saved;
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

function toProgress(evaluated: EvaluatedParticipant): Progress {
  return { ...evaluated.progress, user: User.from(evaluated.user) };
}
