import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Loaders } from '../graphql/graphql-context';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { CohortEntity } from './cohort.entity';
import { ProgramsService } from './programs.service';
import { Cohort, Program } from './programs.models';
import { CreateProgramInput } from './programs.inputs';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly programsService: ProgramsService) {}

  @AdminOnly()
  @Mutation(() => Program)
  createProgram(@Args('input') input: CreateProgramInput): Promise<Program> {
    return this.programsService.createProgram(input);
  }

  @Query(() => [Program], { description: 'Every program for admins; otherwise the programs you are enrolled in' })
  programs(@CurrentUser() user: AuthUser): Promise<Program[]> {
    return this.programsService.listPrograms(user);
  }

  @ResolveField(() => [Cohort], { description: 'The cohorts of this program you may see' })
  async cohorts(@Parent() program: Program, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<Cohort[]> {
    const loader = loaders.get<string, CohortEntity[]>('programCohorts', async (programIds) => {
      const visible = await this.programsService.listCohorts(user);
      return groupByKeys(programIds, visible, (cohort) => cohort.programId);
    });
    return loader.load(program.id);
  }
}

/** Resolves `Cohort.program` for any cohort in a response, batched. */
export function loadProgram(loaders: RequestLoaders, programs: ProgramsService, programId: string) {
  return loaders
    .get<string, Program | null>('programById', async (ids) => byKeys(ids, await programs.programsByIds(ids), (p) => p.id))
    .load(programId);
}
