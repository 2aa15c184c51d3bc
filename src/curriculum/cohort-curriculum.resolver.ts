import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { Cohort } from '../programs/programs.models';
import { CourseModuleEntity } from './course-module.entity';
import { CourseModule, Session } from './curriculum.models';
import { CurriculumQueries } from './curriculum-queries.service';
import { SessionEntity } from './session.entity';

/** A cohort's curriculum: its modules and the sessions the viewer may see. */
@Resolver(() => Cohort)
export class CohortCurriculumResolver {
  constructor(private readonly queries: CurriculumQueries) {}

  @ResolveField(() => [CourseModule], { description: 'In curriculum order' })
  async modules(@Parent() cohort: Cohort, @Args() page: PageArgs, @Loaders() loaders: RequestLoaders): Promise<CourseModuleEntity[]> {
    const modules = await loaders
      .get<string, CourseModuleEntity[]>('curriculum.cohortModules', async (ids) =>
        groupByKeys(ids, await this.queries.modulesOf(ids), (m) => m.cohortId),
      )
      .load(cohort.id);
    return firstOf(modules, page);
  }

  @ResolveField(() => [Session], {
    description: 'In start order, cancelled ones included. Faculty see all; facilitators all but other groups’ community sessions; participants those meant for them',
  })
  async sessions(@Parent() cohort: Cohort, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<SessionEntity[]> {
    const sessions = await loaders
      .get<string, SessionEntity[]>('curriculum.cohortSessions', async (ids) =>
        groupByKeys(ids, await this.queries.visibleSessionsOf(user, ids), (s) => s.cohortId),
      )
      .load(cohort.id);
    return firstOf(sessions, page);
  }
}
