import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { COMPLETION_QUERIES } from './completion.queries';
import { Achievements } from './progress-rules';
import { RequirementKind } from './requirement-kind';

/** One participant's aggregates, with the person (for the response and for certificates). */
export interface ParticipantAchievements extends Achievements {
  user: UserEntity;
  /** PRESENT minutes at CE-eligible, non-cancelled sessions: the basis of CE hours. */
  ceEligibleMinutes: number;
}

/** Which of a cohort's participants to aggregate: all, the listed ones, or a facilitator's community members. */
export interface ParticipantScope {
  participantIds?: string[];
  facilitatorId?: string | null;
}

interface AchievementRow {
  id: string;
  email: string;
  full_name: string;
  is_admin: boolean;
  credentials: string[];
  faculty_sessions: number;
  community_sessions: number;
  reflective_minutes: number;
  ce_minutes: number;
  attended_minutes: number;
  journals_satisfactory: number;
  journal_minutes: number;
  practicum_minutes: number;
}

/** Completion requirements and the progress aggregates. */
@Injectable()
export class CompletionRepository {
  constructor(private readonly dataSource: DataSource) {}

  requirementsOf(cohortId: string, manager: EntityManager = this.dataSource.manager): Promise<CompletionRequirementEntity[]> {
    return manager.getRepository(CompletionRequirementEntity).find({ where: { cohortId }, order: { kind: 'ASC' } });
  }

  /** The cohort's requirement of this kind, locked until the transaction ends. */
  lockRequirement(cohortId: string, kind: RequirementKind, manager: EntityManager): Promise<CompletionRequirementEntity | null> {
    return manager.getRepository(CompletionRequirementEntity).findOne({ where: { cohortId, kind }, lock: { mode: 'pessimistic_write' } });
  }

  /** Creates or replaces the cohort's threshold for the kind; returns the stored row. */
  async upsertRequirement(values: Pick<CompletionRequirementEntity, 'cohortId' | 'kind' | 'threshold'>, manager: EntityManager): Promise<CompletionRequirementEntity> {
    const requirements = manager.getRepository(CompletionRequirementEntity);
    await requirements.upsert(values, { conflictPaths: ['cohortId', 'kind'] });
    return requirements.findOneByOrFail({ cohortId: values.cohortId, kind: values.kind });
  }

  async participantAchievements(
    cohortId: string,
    scope: ParticipantScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ParticipantAchievements[]> {
    const parameters = [cohortId, scope.participantIds ?? null, scope.facilitatorId ?? null];
    const rows: AchievementRow[] = await manager.query(COMPLETION_QUERIES.participantAchievements, parameters);
    return rows.map(toAchievements);
  }
}

function toAchievements(row: AchievementRow): ParticipantAchievements {
  const user = Object.assign(new UserEntity(), {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    isAdmin: row.is_admin,
    credentials: row.credentials,
  });
  return {
    user,
    facultySessions: row.faculty_sessions,
    communitySessions: row.community_sessions,
    journalsSatisfactory: row.journals_satisfactory,
    practicumMinutesApproved: row.practicum_minutes,
    reflectivePracticeMinutes: row.reflective_minutes,
    totalContactMinutes: row.attended_minutes + row.journal_minutes + row.practicum_minutes,
    ceEligibleMinutes: row.ce_minutes,
  };
}
