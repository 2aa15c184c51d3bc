import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.model';
import { NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { CohortEntity } from '../programs/cohort.entity';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { SetCompletionRequirementInput } from './completion.inputs';
import { Progress } from './completion.models';
import { requireProgressViewer } from './completion.policy';
import { EvaluatedParticipant, evaluateParticipants } from './evaluate-participants';

@Injectable()
export class CompletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  /** Creates or replaces the cohort's threshold for one kind. */
  async setRequirement(user: AuthUser, input: SetCompletionRequirementInput): Promise<CompletionRequirementEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(CohortEntity).existsBy({ id: input.cohortId }))) throw new NotFoundError('Cohort');
      const requirements = manager.getRepository(CompletionRequirementEntity);
      const before = await requirements.findOne({
        where: { cohortId: input.cohortId, kind: input.kind },
        lock: { mode: 'pessimistic_write' },
      });
      await requirements.upsert(
        { cohortId: input.cohortId, kind: input.kind, threshold: input.threshold },
        { conflictPaths: ['cohortId', 'kind'] },
      );
      const saved = await requirements.findOneByOrFail({ cohortId: input.cohortId, kind: input.kind });
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
    const access = await this.access.of(user, cohortId);
    requireProgressViewer(access, participantId);
    const [evaluated] = await evaluateParticipants(this.dataSource.manager, cohortId, [participantId]);
    if (!evaluated) throw new NotFoundError('Participant');
    return toProgress(evaluated);
  }

  /** Every participant's progress, for the cohort's staff and admins. */
  async cohortProgress(user: AuthUser, cohortId: string): Promise<Progress[]> {
    await this.access.requireStaffOrAdmin(user, cohortId);
    return (await evaluateParticipants(this.dataSource.manager, cohortId, null)).map(toProgress);
  }
}

function toProgress(evaluated: EvaluatedParticipant): Progress {
  return { ...evaluated.progress, user: User.from(evaluated.user) };
}
