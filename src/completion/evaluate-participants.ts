import { EntityManager } from 'typeorm';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { evaluateProgress, ProgressResult } from './progress-rules';
import { ParticipantAchievements, queryParticipantAchievements } from './progress.query';

/** A participant's aggregates together with what they mean against the cohort's requirements. */
export interface EvaluatedParticipant extends ParticipantAchievements {
  progress: ProgressResult;
}

/** Participants (all, or the listed ones) with their progress: two statements whatever the size. */
export async function evaluateParticipants(
  manager: EntityManager,
  cohortId: string,
  participantIds: string[] | null,
): Promise<EvaluatedParticipant[]> {
  const requirements = await manager.getRepository(CompletionRequirementEntity).find({ where: { cohortId }, order: { kind: 'ASC' } });
  const participants = await queryParticipantAchievements(manager, cohortId, participantIds);
  return participants.map((participant) => ({ ...participant, progress: evaluateProgress(requirements, participant) }));
}
