import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { COMMUNITIES_QUERIES } from './communities.queries';
import { CommunityFacilitatorEntity } from './community-facilitator.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { CommunityEntity } from './community.entity';
import { SessionNoteEntity } from './session-note.entity';

/** What a cohort says about a person a roster change names. */
export interface RosterStanding {
  id: string;
  participant: boolean;
  staff: boolean;
  /** The name of another community of the cohort they already belong to. */
  otherCommunity: string | null;
}

/** Every read and write of communities, their rosters and session notes. */
@Injectable()
export class CommunitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  communityById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CommunityEntity | null> {
    return manager.getRepository(CommunityEntity).findOneBy({ id });
  }

  communitiesByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) });
  }

  visibleCommunitiesOfCohorts(viewer: AuthUser, cohortIds: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource.query(COMMUNITIES_QUERIES.visibleCommunitiesOfCohorts, [cohortIds, viewer.id, viewer.isAdmin]);
  }

  /** Current members of many communities with their user, by name. */
  membersOf(communityIds: readonly string[]): Promise<CommunityMemberEntity[]> {
    return this.dataSource.getRepository(CommunityMemberEntity).find({
      where: { communityId: In([...communityIds]), leftOn: IsNull() },
      relations: { user: true },
      order: { user: { fullName: 'ASC' } },
    });
  }

  /** Facilitators of many communities with their user, by name. */
  facilitatorsOf(communityIds: readonly string[]): Promise<CommunityFacilitatorEntity[]> {
    return this.dataSource.getRepository(CommunityFacilitatorEntity).find({
      where: { communityId: In([...communityIds]) },
      relations: { user: true },
      order: { user: { fullName: 'ASC' } },
    });
  }

  rosterStandings(
    cohortId: string,
    userIds: string[],
    communityId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RosterStanding[]> {
    if (!userIds.length) return Promise.resolve([]);
    return manager.query(COMMUNITIES_QUERIES.rosterStandings, [cohortId, userIds, communityId]);
  }

  async renameCommunity(id: string, name: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CommunityEntity).update(id, { name });
  }

  insertCommunity(cohortId: string, name: string, manager: EntityManager = this.dataSource.manager): Promise<CommunityEntity> {
    return manager.getRepository(CommunityEntity).save({ cohortId, name });
  }

  async addMembers(community: CommunityEntity, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!userIds.length) return;
    await manager.query(COMMUNITIES_QUERIES.addMembers, [community.id, community.cohortId, userIds]);
  }

  /** The person's membership of the community in force (not ended), or null. */
  currentMembership(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<CommunityMemberEntity | null> {
    return manager.getRepository(CommunityMemberEntity).findOneBy({ communityId, userId, leftOn: IsNull() });
  }

  /** Whether attendance is recorded for the person at the community's sessions held on or after the day. */
  async attendanceFrom(communityId: string, userId: string, day: string, manager: EntityManager): Promise<boolean> {
    const [row]: { recorded: boolean }[] = await manager.query(COMMUNITIES_QUERIES.attendanceFrom, [communityId, userId, day]);
    return row.recorded;
  }

  /**
   * Ends `membership` the day before `day`, when it begins; it covered no day otherwise and goes. The
   * new membership of `to` begins on `day`.
   */
  async moveMembership(membership: CommunityMemberEntity, to: CommunityEntity, day: string, manager: EntityManager): Promise<void> {
    const members = manager.getRepository(CommunityMemberEntity);
    const key = { communityId: membership.communityId, userId: membership.userId, joinedOn: membership.joinedOn };
    if (membership.joinedOn === day) await members.delete(key);
    else await members.update(key, { leftOn: dayBefore(day) });
    await members.insert({ communityId: to.id, userId: membership.userId, cohortId: to.cohortId, joinedOn: day });
  }

  async addFacilitators(communityId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!userIds.length) return;
    await manager.getRepository(CommunityFacilitatorEntity).insert(userIds.map((userId) => ({ communityId, userId })));
  }

  /** A current member (whose membership has not ended). */
  isMember(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CommunityMemberEntity).existsBy({ communityId, userId, leftOn: IsNull() });
  }

  isFacilitator(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CommunityFacilitatorEntity).existsBy({ communityId, userId });
  }

  /** Ends the current membership (closed when attendance was recorded under it, else deleted); whether they were a member. */
  async removeMember(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row]: { changed: string }[] = await manager.query(COMMUNITIES_QUERIES.endMembership, [communityId, userId]);
    return Number(row.changed) > 0;
  }

  /** Whether they were a facilitator. */
  async removeFacilitator(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return !!(await manager.getRepository(CommunityFacilitatorEntity).delete({ communityId, userId })).affected;
  }

  insertNote(
    values: Pick<SessionNoteEntity, 'sessionId' | 'authorId' | 'body'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionNoteEntity> {
    const notes = manager.getRepository(SessionNoteEntity);
    return notes.save(notes.create(values));
  }

  /** With the author (id, e-mail, name, admin flag and credentials only). */
  staffVisibleNotesOfSessions(viewer: AuthUser, sessionIds: readonly string[]): Promise<SessionNoteEntity[]> {
    return this.dataSource.query(COMMUNITIES_QUERIES.staffVisibleNotesOfSessions, [sessionIds, viewer.id, viewer.isAdmin]);
  }
}

/** The calendar day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
