import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { Cohort } from '../programs/programs.models';
import { CommunityOfPractice } from './communities.models';
import { CommunitiesService } from './communities.service';
import { CommunityEntity } from './community.entity';

@Resolver(() => Cohort)
export class CohortCommunitiesResolver {
  constructor(private readonly communitiesService: CommunitiesService) {}

  @ResolveField(() => [CommunityOfPractice], {
    description: 'Admins and faculty see all; facilitators their own; participants the one they belong to',
  })
  async communities(@Parent() cohort: Cohort, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<CommunityEntity[]> {
    const communities = await loaders
      .get<string, CommunityEntity[]>('communities.ofCohort', async (ids) =>
        groupByKeys(ids, await this.communitiesService.visibleCommunitiesOf(user, ids), (c) => c.cohortId),
      )
      .load(cohort.id);
    return firstOf(communities, page);
  }
}
