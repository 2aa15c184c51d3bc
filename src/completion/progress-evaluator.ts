import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { CompletionRepository, ParticipantAchievements, ParticipantScope } from './completion.repository';
import { evaluateProgress, ProgressResult } from './progress-rules';

/** A participant's aggregates together with what they mean against the cohort's requirements. */
export interface EvaluatedParticipant extends ParticipantAchievements {
  progress: ProgressResult<CompletionRequirementEntity>;
}

/**
 * Participants' progress, in two statements whatever their number, sent together. No access check: callers
 * (progress queries, certificate issuance, the demo) have made theirs.
 */
@Injectable()
export class ProgressEvaluator {
  constructor(private readonly completion: CompletionRepository) {}

  async evaluate(cohortId: string, scope: ParticipantScope = {}, manager?: EntityManager): Promise<EvaluatedParticipant[]> {
    // Outside a transaction the two go out at once, on two connections.
    const [requirements, participants] = await Promise.all([
      this.completion.requirementsOf(cohortId, manager),
      this.completion.participantAchievements(cohortId, scope, manager),
    ]);
    return participants.map((participant) => ({ ...participant, progress: evaluateProgress(requirements, participant) }));
  }
}
