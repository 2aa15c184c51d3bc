import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/graphql-context';
import { byKeys, RequestLoaders } from '../graphql/request-loaders';
import { CohortEntity } from './cohort.entity';
import { Cohort, Enrollment } from './programs.models';
import { ProgramsService } from './programs.service';

@Resolver(() => Enrollment)
export class EnrollmentsResolver {
  constructor(private readonly programs: ProgramsService) {}

  @ResolveField(() => Cohort)
  cohort(@Parent() enrollment: Enrollment, @Loaders() loaders: RequestLoaders): Promise<CohortEntity | null> {
    return loaders
      .get<string, CohortEntity | null>('cohortById', async (ids) => byKeys(ids, await this.programs.cohortsByIds(ids), (c) => c.id))
      .load(enrollment.cohortId);
  }
}
