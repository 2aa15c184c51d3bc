import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { CohortEntity } from './cohort.entity';
import { ProgramsService } from './programs.service';
import { Cohort, Program } from './programs.models';
import { CreateProgramInput, UpdateProgramInput } from './programs.inputs';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly programsService: ProgramsService) {}

  @AdminOnly()
  @Mutation(() => Program)
  createProgram(@CurrentUser() user: AuthUser, @Args('input') input: CreateProgramInput): Promise<Program> {
    return this.programsService.createProgram(input, user);
  }

  @Mutation(() => Program, { description: 'Changes the fields given; null clears an optional one. Certificates already issued keep the issuer they were issued under' })
  updateProgram(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProgramInput): Promise<Program> {
    return this.programsService.updateProgram(user, input);
  }

  @Query(() => [Program], { description: 'Every program for admins; otherwise the programs you coordinate or are enrolled in' })
  async programs(@CurrentUser() user: AuthUser, @Args() page: PageArgs): Promise<Program[]> {
    return firstOf(await this.programsService.listPrograms(user), page);
  }

  @ResolveField(() => [Cohort], { description: 'The cohorts of this program you may see' })
  async cohorts(@Parent() program: Program, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<Cohort[]> {
    const loader = loaders.get<string, CohortEntity[]>('programCohorts', async (programIds) => {
      const visible = await this.programsService.listCohorts(user);
      return groupByKeys(programIds, visible, (cohort) => cohort.programId);
    });
    return firstOf(await loader.load(program.id), page);
  }
}

/** Resolves `Cohort.program` for any cohort in a response, batched. */
export function loadProgram(loaders: RequestLoaders, programs: ProgramsService, programId: string) {
  return loaders
    .get<string, Program | null>('programById', async (ids) => byKeys(ids, await programs.programsByIds(ids), (p) => p.id))
    .load(programId);
}
