import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
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

  communityById(id: string): Promise<CommunityEntity | null> {
    return this.dataSource.getRepository(CommunityEntity).findOneBy({ id });
  }

  communitiesByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) });
  }

  visibleCommunitiesOfCohorts(viewer: AuthUser, cohortIds: readonly string[]): Promise<CommunityEntity[]> {
    return this.dataSource.query(COMMUNITIES_QUERIES.visibleCommunitiesOfCohorts, [cohortIds, viewer.id, viewer.isAdmin]);
  }

  /** Members of many communities with their user, by name. */
  membersOf(communityIds: readonly string[]): Promise<CommunityMemberEntity[]> {
    return this.dataSource.getRepository(CommunityMemberEntity).find({
      where: { communityId: In([...communityIds]) },
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

  insertCommunity(cohortId: string, name: string, manager: EntityManager = this.dataSource.manager): Promise<CommunityEntity> {
    return manager.getRepository(CommunityEntity).save({ cohortId, name });
  }

  async addMembers(community: CommunityEntity, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!userIds.length) return;
    await manager
      .getRepository(CommunityMemberEntity)
      .insert(userIds.map((userId) => ({ communityId: community.id, userId, cohortId: community.cohortId })));
  }

  async addFacilitators(communityId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!userIds.length) return;
    await manager.getRepository(CommunityFacilitatorEntity).insert(userIds.map((userId) => ({ communityId, userId })));
  }

  isMember(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CommunityMemberEntity).existsBy({ communityId, userId });
  }

  isFacilitator(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CommunityFacilitatorEntity).existsBy({ communityId, userId });
  }

  /** Whether they were a member. */
  async removeMember(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return !!(await manager.getRepository(CommunityMemberEntity).delete({ communityId, userId })).affected;
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
