import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { viewerParams } from '../curriculum/curriculum.policy';
import { enrolledAsSql } from '../curriculum/session-audience';
import { BadInputError, badInput, NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { CohortEntity } from '../programs/cohort.entity';
import { EnrollmentRole, STAFF_ROLES } from '../programs/enrollment-role';
import { communityVisibleSql } from './communities.policy';
import { CommunityPersonInput, CreateCommunityInput } from './communities.inputs';
import { CommunityFacilitatorEntity } from './community-facilitator.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { CommunityEntity } from './community.entity';

/** What a cohort says about a person a community change names. */
interface PersonStanding {
  id: string;
  participant: boolean;
  staff: boolean;
  /** The name of another community of the cohort they already belong to. */
  other_community: string | null;
}

/** Community rosters; every change is the coordinator's (admin) and goes to the audit trail. */
@Injectable()
export class CommunitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohortAccess: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, input: CreateCommunityInput): Promise<CommunityEntity> {
    await this.cohortAccess.cohort(input.cohortId);
    const facilitatorIds = [...new Set(input.facilitatorIds)];
    const memberIds = [...new Set(input.memberIds)];
    return this.dataSource.transaction(async (manager) => {
      await this.lockRosters(manager, input.cohortId);
      const reasons: Record<string, string> = {};
      const facilitators = await this.standings(manager, input.cohortId, facilitatorIds, null);
      if (facilitators.some((person) => !person.staff)) reasons.facilitatorIds = 'must all be faculty or facilitators of this cohort';
      const memberReason = this.membersReason(await this.standings(manager, input.cohortId, memberIds, null));
      if (memberReason) reasons.memberIds = memberReason;
      if (Object.keys(reasons).length) throw new BadInputError(reasons);
      const community = await manager.getRepository(CommunityEntity).save({ cohortId: input.cohortId, name: input.name.trim() });
      await this.addPeople(manager, community, facilitatorIds, memberIds);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'community.created',
        entityType: 'community',
        entityId: community.id,
        cohortId: community.cohortId,
        after: { name: community.name, facilitatorIds, memberIds },
      });
      return community;
    });
  }

  async addMember(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.community(input.communityId);
    return this.change(user, community, 'community.member_added', input.userId, async (manager) => {
      const [person] = await this.standings(manager, community.cohortId, [input.userId], community.id);
      const reason = this.membersReason([person]);
      if (reason) throw badInput('userId', reason);
      const members = manager.getRepository(CommunityMemberEntity);
      if (await members.existsBy({ communityId: community.id, userId: input.userId })) return false;
      await members.insert({ communityId: community.id, userId: input.userId, cohortId: community.cohortId });
      return true;
    });
  }

  async removeMember(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.community(input.communityId);
    return this.change(user, community, 'community.member_removed', input.userId, async (manager) => {
      const removed = await manager.getRepository(CommunityMemberEntity).delete({ communityId: community.id, userId: input.userId });
      if (!removed.affected) throw badInput('userId', 'is not a member of this community');
      return true;
    });
  }

  async addFacilitator(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.community(input.communityId);
    return this.change(user, community, 'community.facilitator_added', input.userId, async (manager) => {
      const [person] = await this.standings(manager, community.cohortId, [input.userId], community.id);
      if (!person.staff) throw badInput('userId', 'must be faculty or a facilitator of this cohort');
      const facilitators = manager.getRepository(CommunityFacilitatorEntity);
      if (await facilitators.existsBy({ communityId: community.id, userId: input.userId })) return false;
      await facilitators.insert({ communityId: community.id, userId: input.userId });
      return true;
    });
  }

  async removeFacilitator(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.community(input.communityId);
    return this.change(user, community, 'community.facilitator_removed', input.userId, async (manager) => {
      const removed = await manager.getRepository(CommunityFacilitatorEntity).delete({ communityId: community.id, userId: input.userId });
      if (!removed.affected) throw badInput('userId', 'is not a facilitator of this community');
      return true;
    });
  }

  async visibleCommunity(user: AuthUser, communityId: string): Promise<CommunityEntity> {
    const community = await this.dataSource
      .getRepository(CommunityEntity)
      .createQueryBuilder('c')
      .where('c.id = :communityId', { communityId })
      .andWhere(communityVisibleSql('c'), viewerParams(user))
      .getOne();
    if (!community) throw new NotFoundError('Community');
    return community;
  }

  /** The communities of many cohorts the viewer may see (for DataLoaders), by name. */
  visibleCommunitiesOf(user: AuthUser, cohortIds: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource
      .getRepository(CommunityEntity)
      .createQueryBuilder('c')
      .where('c.cohort_id IN (:...cohortIds)', { cohortIds })
      .andWhere(communityVisibleSql('c'), viewerParams(user))
      .orderBy('c.name')
      .getMany();
  }

  communitiesByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) });
  }

  membersOf(communityIds: readonly string[]): Promise<CommunityMemberEntity[]> {
    return this.dataSource.getRepository(CommunityMemberEntity).find({
      where: { communityId: In([...communityIds]) },
      relations: { user: true },
      order: { user: { fullName: 'ASC' } },
    });
  }

  facilitatorsOf(communityIds: readonly string[]): Promise<CommunityFacilitatorEntity[]> {
    return this.dataSource.getRepository(CommunityFacilitatorEntity).find({
      where: { communityId: In([...communityIds]) },
      relations: { user: true },
      order: { user: { fullName: 'ASC' } },
    });
  }

  private async community(communityId: string): Promise<CommunityEntity> {
    const community = await this.dataSource.getRepository(CommunityEntity).findOneBy({ id: communityId });
    if (!community) throw new NotFoundError('Community');
    return community;
  }

  /**
   * One roster change and its audit row, in one transaction with the cohort's rosters locked, so that
   * `write` checks and changes them without a concurrent change slipping in; it answers whether anything changed.
   */
  private async change(
    user: AuthUser,
    community: CommunityEntity,
    action: string,
    personId: string,
    write: (manager: EntityManager) => Promise<boolean>,
  ): Promise<CommunityEntity> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockRosters(manager, community.cohortId);
      if (!(await write(manager))) return;
      await this.audit.record(manager, {
        actorId: user.id,
        action,
        entityType: 'community',
        entityId: community.id,
        cohortId: community.cohortId,
        after: { userId: personId },
      });
    });
    return community;
  }

  /** Roster changes of one cohort take turns: "one community per participant" spans the whole cohort. */
  private async lockRosters(manager: EntityManager, cohortId: string): Promise<void> {
    await manager.getRepository(CohortEntity).findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  private async addPeople(manager: EntityManager, community: CommunityEntity, facilitatorIds: string[], memberIds: string[]): Promise<void> {
    if (facilitatorIds.length) {
      await manager.getRepository(CommunityFacilitatorEntity).insert(facilitatorIds.map((userId) => ({ communityId: community.id, userId })));
    }
    if (memberIds.length) {
      await manager
        .getRepository(CommunityMemberEntity)
        .insert(memberIds.map((userId) => ({ communityId: community.id, userId, cohortId: community.cohortId })));
    }
  }

  private membersReason(people: PersonStanding[]): string | null {
    if (people.some((person) => !person.participant)) return 'must be participants of this cohort';
    const taken = people.find((person) => person.other_community);
    return taken ? `already belongs to the community "${taken.other_community}" of this cohort` : null;
  }

  /** Each person's roles in the cohort and any other community of it they belong to, in one statement. */
  private standings(manager: EntityManager, cohortId: string, userIds: string[], communityId: string | null): Promise<PersonStanding[]> {
    if (!userIds.length) return Promise.resolve([]);
    return manager.query(
      `SELECT u.id,
              ${enrolledAsSql('$1', 'u.id', [EnrollmentRole.PARTICIPANT])} AS participant,
              ${enrolledAsSql('$1', 'u.id', STAFF_ROLES)} AS staff,
              (SELECT c.name FROM community_member m JOIN community c ON c.id = m.community_id
               WHERE m.cohort_id = $1 AND m.user_id = u.id AND m.community_id IS DISTINCT FROM $3::uuid) AS other_community
       FROM unnest($2::uuid[]) AS u(id)`,
      [cohortId, userIds, communityId],
    );
  }
}
