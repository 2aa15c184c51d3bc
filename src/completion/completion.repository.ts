import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { PreparedStatements } from '../database/prepared-statements';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { COMPLETION_QUERIES } from './completion.queries';
import { RequirementWaiver } from './completion.models';
import { Achievements, SessionKindTotals } from './progress-rules';

/** One participant's aggregates, with the person (for the response and for certificates). */
export interface ParticipantAchievements extends Achievements {
  user: UserEntity;
  /** Credited live minutes at CE-eligible sessions: the basis of CE hours. */
  ceEligibleMinutes: number;
  /** The day the participant withdrew (in the cohort's zone); null while they take part. */
  withdrawnOn: string | null;
}

/** What identifies a requirement: its cohort, kind and (sorted) session kinds. */
export type RequirementKey = Pick<CompletionRequirementEntity, 'cohortId' | 'kind' | 'sessionKinds'>;

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
  contact_minutes: number;
  journals_satisfactory: number;
  practicum_minutes: number;
  /** Session kinds attended, with the sessions and minutes of each at the same index. */
  kinds: string[];
  kind_sessions: number[];
  kind_minutes: number[];
  waived: string[];
  withdrawn_on: string | null;
}

interface WaiverRow {
  id: string;
  cohort_id: string;
  requirement_id: string;
  user_id: string;
  reason: string;
  created_at: Date;
}

/** Completion requirements and the progress aggregates. */
@Injectable()
export class CompletionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prepared: PreparedStatements,
  ) {}

  requirementsOf(cohortId: string, manager: EntityManager = this.dataSource.manager): Promise<CompletionRequirementEntity[]> {
    return manager.getRepository(CompletionRequirementEntity).find({ where: { cohortId }, order: { kind: 'ASC', createdAt: 'ASC' } });
  }

  /** The cohort's requirement of this kind over these session kinds (sorted), locked until the transaction ends. */
  lockRequirement(key: RequirementKey, manager: EntityManager): Promise<CompletionRequirementEntity | null> {
    return manager
      .getRepository(CompletionRequirementEntity)
      .createQueryBuilder('r')
      .where('r.cohortId = :cohortId AND r.kind = :kind AND r.sessionKinds = :sessionKinds', key)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Creates or replaces the cohort's threshold for the kind over these session kinds; returns the stored row. */
  async upsertRequirement(
    values: RequirementKey & Pick<CompletionRequirementEntity, 'threshold' | 'label'>,
    manager: EntityManager,
  ): Promise<CompletionRequirementEntity> {
    const requirements = manager.getRepository(CompletionRequirementEntity);
    await requirements.upsert(values, { conflictPaths: ['cohortId', 'kind', 'sessionKinds'] });
    return (await this.lockRequirement(values, manager))!;
  }

  findRequirement(id: string, manager: EntityManager): Promise<CompletionRequirementEntity | null> {
    return manager.getRepository(CompletionRequirementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveRequirement(requirement: CompletionRequirementEntity, manager: EntityManager): Promise<CompletionRequirementEntity> {
    return manager.getRepository(CompletionRequirementEntity).save(requirement);
  }

  async deleteRequirement(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CompletionRequirementEntity).delete({ id });
  }

  /** The session kinds the cohort holds sessions of that can count toward a requirement. */
  async countableSessionKinds(cohortId: string, manager: EntityManager): Promise<string[]> {
    const [row]: { kinds: string[] }[] = await manager.query(COMPLETION_QUERIES.countableSessionKinds, [cohortId]);
    return row.kinds;
  }

  /** Whether the requirement is the cohort's, and the person the cohort's participant. */
  async waiverTargets(cohortId: string, requirementId: string, userId: string, manager: EntityManager): Promise<{ requirementInCohort: boolean; isParticipant: boolean }> {
    const [row] = await manager.query(COMPLETION_QUERIES.waiverTargets, [cohortId, requirementId, userId]);
    return { requirementInCohort: row.requirement_in_cohort, isParticipant: row.is_participant };
  }

  async insertWaiver(values: Omit<RequirementWaiver, 'id' | 'createdAt'> & { waivedById: string }, manager: EntityManager): Promise<RequirementWaiver> {
    const parameters = [values.cohortId, values.requirementId, values.userId, values.reason, values.waivedById];
    const [row]: WaiverRow[] = await manager.query(COMPLETION_QUERIES.insertWaiver, parameters);
    return { id: row.id, cohortId: row.cohort_id, requirementId: row.requirement_id, userId: row.user_id, reason: row.reason, createdAt: row.created_at };
  }

  async participantAchievements(cohortId: string, scope: ParticipantScope, manager?: EntityManager): Promise<ParticipantAchievements[]> {
    const rows = await this.achievementRows(cohortId, scope, manager);
    return rows.map(toAchievements);
  }

  private achievementRows(cohortId: string, { participantIds, facilitatorId }: ParticipantScope, manager?: EntityManager): Promise<AchievementRow[]> {
    const [only, ...others] = participantIds ?? [];
    // One person (their own progress page, a certificate): prepared, as planning it took longer than running it.
    if (only && !others.length && !facilitatorId) {
      return this.prepared.rows('completion.participantAchievement', COMPLETION_QUERIES.participantAchievement, [cohortId, only], manager);
    }
    // The others are planned for their parameters each time: a plan made once for "anyone" would read every participant's rows for one.
    const query = (text: string, parameters: unknown[]) => (manager ?? this.dataSource.manager).query<AchievementRow[]>(text, parameters);
    if (!participantIds && !facilitatorId) return query(COMPLETION_QUERIES.cohortAchievements, [cohortId]);
    return query(COMPLETION_QUERIES.participantAchievements, [cohortId, participantIds ?? null, facilitatorId ?? null]);
  }
}

function totalsByKind({ kinds, kind_sessions: sessions, kind_minutes: minutes }: AchievementRow): Record<string, SessionKindTotals> {
  return Object.fromEntries(kinds.map((kind, index) => [kind, { sessions: sessions[index], minutes: minutes[index] }]));
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
    contactMinutes: row.contact_minutes,
    ceEligibleMinutes: row.ce_minutes,
    bySessionKind: totalsByKind(row),
    waivedRequirementIds: row.waived,
    withdrawnOn: row.withdrawn_on,
  };
}
