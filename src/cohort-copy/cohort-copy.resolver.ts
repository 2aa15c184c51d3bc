import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Cohort } from '../programs/programs.models';
import { CopyCohortInput } from './cohort-copy.inputs';
import { CohortCopyService } from './cohort-copy.service';

@Resolver(() => Cohort)
export class CohortCopyResolver {
  constructor(private readonly copies: CohortCopyService) {}

  @Mutation(() => Cohort, {
    description:
      'A new cohort of the same program with the modules, communities (no one in them), sessions (moved by as many days as the start, ' +
      'same local times), journal assignments with their rubrics, and requirements. Not copied: people, leaders, records, CE approvals, ' +
      'cancelled sessions and sessions for named participants. A time the clocks skip on its new day refuses the copy (startsOn)',
  })
  copyCohort(@CurrentUser() user: AuthUser, @Args('input') input: CopyCohortInput): Promise<Cohort> {
    return this.copies.copy(user, input);
  }
}
