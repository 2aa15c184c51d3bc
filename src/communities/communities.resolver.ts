import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { CommunityPersonInput, CreateCommunityInput, MoveCommunityMemberInput, UpdateCommunityInput } from './communities.inputs';
import { CommunityOfPractice } from './communities.models';
import { CommunitiesService } from './communities.service';
import { CommunityFacilitatorEntity } from './community-facilitator.entity';
import { CommunityMemberEntity } from './community-member.entity';

@Resolver(() => CommunityOfPractice)
export class CommunitiesResolver {
  constructor(private readonly communities: CommunitiesService) {}

  @Mutation(() => CommunityOfPractice, { description: "Admins and the program's coordinators" })
  createCommunity(@CurrentUser() user: AuthUser, @Args('input') input: CreateCommunityInput): Promise<CommunityOfPractice> {
    return this.communities.create(user, input);
  }

  @Mutation(() => CommunityOfPractice, { description: 'Renames it (admins and the program’s coordinators)' })
  updateCommunity(@CurrentUser() user: AuthUser, @Args('input') input: UpdateCommunityInput): Promise<CommunityOfPractice> {
    return this.communities.rename(user, input);
  }

  @Mutation(() => CommunityOfPractice, {
    description: 'The participant belongs to the new community from effectiveOn; sessions held before stay the old one’s. Answers the new community',
  })
  moveCommunityMember(@CurrentUser() user: AuthUser, @Args('input') input: MoveCommunityMemberInput): Promise<CommunityOfPractice> {
    return this.communities.moveMember(user, input);
  }

  @Mutation(() => CommunityOfPractice, { description: 'A participant of the cohort who is in no other community of it' })
  addCommunityMember(@CurrentUser() user: AuthUser, @Args('input') input: CommunityPersonInput): Promise<CommunityOfPractice> {
    return this.communities.addMember(user, input);
  }

  @Mutation(() => CommunityOfPractice, { description: 'A membership under which attendance was recorded ends (yesterday) and stays in the history, any other is deleted' })
  removeCommunityMember(@CurrentUser() user: AuthUser, @Args('input') input: CommunityPersonInput): Promise<CommunityOfPractice> {
    return this.communities.removeMember(user, input);
  }

  @Mutation(() => CommunityOfPractice, { description: 'Faculty or a facilitator of the cohort' })
  addCommunityFacilitator(@CurrentUser() user: AuthUser, @Args('input') input: CommunityPersonInput): Promise<CommunityOfPractice> {
    return this.communities.addFacilitator(user, input);
  }

  @Mutation(() => CommunityOfPractice, { description: "Admins and the program's coordinators" })
  removeCommunityFacilitator(@CurrentUser() user: AuthUser, @Args('input') input: CommunityPersonInput): Promise<CommunityOfPractice> {
    return this.communities.removeFacilitator(user, input);
  }

  @Query(() => CommunityOfPractice, { description: 'For admins, the cohort’s faculty, and the community’s own facilitators and members' })
  community(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<CommunityOfPractice> {
    return this.communities.visibleCommunity(user, id);
  }

  @ResolveField(() => [User])
  async facilitators(@Parent() community: CommunityOfPractice, @Args() page: PageArgs, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const rows = await loaders
      .get<string, CommunityFacilitatorEntity[]>('communities.facilitators', async (ids) =>
        groupByKeys(ids, await this.communities.facilitatorsOf(ids), (row) => row.communityId),
      )
      .load(community.id);
    return firstOf(rows, page).map((row) => User.from(row.user!));
  }

  @ResolveField(() => [User], { description: 'Names only: e-mail addresses are not shown here' })
  async members(@Parent() community: CommunityOfPractice, @Args() page: PageArgs, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const rows = await loaders
      .get<string, CommunityMemberEntity[]>('communities.members', async (ids) =>
        groupByKeys(ids, await this.communities.membersOf(ids), (row) => row.communityId),
      )
      .load(community.id);
    return firstOf(rows, page).map((row) => User.from(row.user!));
  }
}
