import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { BadInputError, badInput, NotFoundError } from '../errors/domain-errors';
import { ProgramsRepository } from '../programs/programs.repository';
import { CommunityPersonInput, CreateCommunityInput, MoveCommunityMemberInput, UpdateCommunityInput } from './communities.inputs';
import { CommunitiesRepository, RosterStanding } from './communities.repository';
import { CommunityFacilitatorEntity } from './community-facilitator.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { CommunityEntity } from './community.entity';

/** Community rosters; every change is the coordinator's (admin-only operations) and goes to the audit trail. */
@Injectable()
export class CommunitiesService {
  constructor(
    private readonly access: Access,
    private readonly repository: CommunitiesRepository,
    private readonly programs: ProgramsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  create(user: AuthUser, input: CreateCommunityInput): Promise<CommunityEntity> {
    const facilitatorIds = [...new Set(input.facilitatorIds)];
    const memberIds = [...new Set(input.memberIds)];
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      if (!(await this.lockRosters(input.cohortId, manager))) throw new NotFoundError('Cohort');
      const reasons: Record<string, string> = {};
      const facilitators = await this.repository.rosterStandings(input.cohortId, facilitatorIds, null, manager);
      if (facilitators.some((person) => !person.staff)) reasons.facilitatorIds = 'must all be faculty or facilitators of this cohort';
      const memberReason = membersReason(await this.repository.rosterStandings(input.cohortId, memberIds, null, manager));
      if (memberReason) reasons.memberIds = memberReason;
      if (Object.keys(reasons).length) throw new BadInputError(reasons);
      const community = await this.repository.insertCommunity(input.cohortId, input.name.trim(), manager);
      await this.repository.addFacilitators(community.id, facilitatorIds, manager);
      await this.repository.addMembers(community, memberIds, manager);
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

  rename(user: AuthUser, input: UpdateCommunityInput): Promise<CommunityEntity> {
    const name = input.name.trim();
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.community(input.communityId), manager);
      const community = await this.repository.communityById(input.communityId, manager);
      if (!community) throw new NotFoundError('Community');
      if (community.name === name) return community;
      await this.repository.renameCommunity(community.id, name, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'community.updated',
        entityType: 'community',
        entityId: community.id,
        cohortId: community.cohortId,
        before: { name: community.name },
        after: { name },
      });
      return { ...community, name };
    });
  }

  /**
   * The participant belongs to `from` until the day before `effectiveOn` and to `to` from it: the
   * sessions held before stay the old community's (expected there, correctable by its facilitators),
   * and the new community's earlier sessions do not count them.
   */
  async moveMember(user: AuthUser, input: MoveCommunityMemberInput): Promise<CommunityEntity> {
    const from = await this.communityFor(user, Permission.COHORT_ADMINISTER, input.fromCommunityId);
    return this.transactions.run(async (manager) => {
      const cohort = await this.programs.lockCohort(from.cohortId, manager);
      if (!cohort) throw new NotFoundError('Community');
      const to = await this.repository.communityById(input.toCommunityId, manager);
      if (!to || to.cohortId !== from.cohortId || to.id === from.id) throw badInput('toCommunityId', 'must be another community of the same cohort');
      const membership = await this.repository.currentMembership(from.id, input.userId, manager);
      if (!membership) throw badInput('userId', 'is not a current member of fromCommunityId');
      const earliest = membership.joinedOn > cohort.startsOn ? membership.joinedOn : cohort.startsOn;
      if (input.effectiveOn < earliest) throw badInput('effectiveOn', `must not be before ${earliest} (the cohort's start or the membership's)`);
      if (input.effectiveOn > cohort.endsOn) throw badInput('effectiveOn', `must not be after the cohort ends (${cohort.endsOn})`);
      if (await this.repository.attendanceFrom(from.id, input.userId, input.effectiveOn, manager)) {
        throw badInput('effectiveOn', `attendance is recorded at "${from.name}" sessions on or after this day`);
      }
      await this.repository.moveMembership(membership, to, input.effectiveOn, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'community.member_moved',
        entityType: 'community',
        entityId: to.id,
        cohortId: to.cohortId,
        before: { userId: input.userId, communityId: from.id, joinedOn: membership.joinedOn },
        after: { userId: input.userId, communityId: to.id, joinedOn: input.effectiveOn },
      });
      return to;
    });
  }

  async addMember(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.communityFor(user, Permission.COHORT_ADMINISTER, input.communityId);
    return this.change(user, community, 'community.member_added', input.userId, async (manager) => {
      const reason = membersReason(await this.repository.rosterStandings(community.cohortId, [input.userId], community.id, manager));
      if (reason) throw badInput('userId', reason);
      if (await this.repository.isMember(community.id, input.userId, manager)) return false;
      await this.repository.addMembers(community, [input.userId], manager);
      return true;
    });
  }

  async removeMember(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.communityFor(user, Permission.COHORT_ADMINISTER, input.communityId);
    return this.change(user, community, 'community.member_removed', input.userId, async (manager) => {
      if (!(await this.repository.removeMember(community.id, input.userId, manager))) throw badInput('userId', 'is not a current member of this community');
      return true;
    });
  }

  async addFacilitator(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.communityFor(user, Permission.COHORT_ADMINISTER, input.communityId);
    return this.change(user, community, 'community.facilitator_added', input.userId, async (manager) => {
      const [person] = await this.repository.rosterStandings(community.cohortId, [input.userId], community.id, manager);
      if (!person.staff) throw badInput('userId', 'must be faculty or a facilitator of this cohort');
      if (await this.repository.isFacilitator(community.id, input.userId, manager)) return false;
      await this.repository.addFacilitators(community.id, [input.userId], manager);
      return true;
    });
  }

  async removeFacilitator(user: AuthUser, input: CommunityPersonInput): Promise<CommunityEntity> {
    const community = await this.communityFor(user, Permission.COHORT_ADMINISTER, input.communityId);
    return this.change(user, community, 'community.facilitator_removed', input.userId, async (manager) => {
      if (!(await this.repository.removeFacilitator(community.id, input.userId, manager))) {
        throw badInput('userId', 'is not a facilitator of this community');
      }
      return true;
    });
  }

  visibleCommunity(user: AuthUser, communityId: string): Promise<CommunityEntity> {
    return this.communityFor(user, Permission.COMMUNITY_READ, communityId);
  }

  /** The communities of many cohorts the viewer may see (for DataLoaders), by name. */
  visibleCommunitiesOf(user: AuthUser, cohortIds: readonly string[]): Promise<CommunityEntity[]> {
    return this.repository.visibleCommunitiesOfCohorts(user, cohortIds);
  }

  communitiesByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    return this.repository.communitiesByIds(ids);
  }

  membersOf(communityIds: readonly string[]): Promise<CommunityMemberEntity[]> {
    return this.repository.membersOf(communityIds);
  }

  facilitatorsOf(communityIds: readonly string[]): Promise<CommunityFacilitatorEntity[]> {
    return this.repository.facilitatorsOf(communityIds);
  }

  private async communityFor(user: AuthUser, permission: Permission, communityId: string): Promise<CommunityEntity> {
    await this.access.require(user, permission, target.community(communityId));
    const community = await this.repository.communityById(communityId);
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
    await this.transactions.run(async (manager) => {
      await this.lockRosters(community.cohortId, manager);
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

  /**
   * Roster changes of one cohort take turns under its row lock ("one community per participant"
   * spans the whole cohort); false when there is no such cohort.
   */
  private async lockRosters(cohortId: string, manager: EntityManager): Promise<boolean> {
    return !!(await this.programs.lockCohort(cohortId, manager));
  }
}

function membersReason(people: RosterStanding[]): string | null {
  if (people.some((person) => !person.participant)) return 'must be participants of this cohort';
  const taken = people.find((person) => person.otherCommunity);
  return taken ? `already belongs to the community "${taken.otherCommunity}" of this cohort` : null;
}
