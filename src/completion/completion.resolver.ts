import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { firstOf, PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { SetCompletionRequirementInput, UpdateCompletionRequirementInput, WaiveRequirementInput } from './completion.inputs';
import { CompletionRequirement, Progress, RequirementWaiver } from './completion.models';
import { CompletionService } from './completion.service';

@Resolver()
export class CompletionResolver {
  constructor(private readonly completion: CompletionService) {}

  @Mutation(() => CompletionRequirement, { description: "Sets the cohort's threshold for one kind" })
  setCompletionRequirement(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetCompletionRequirementInput,
  ): Promise<CompletionRequirement> {
    return this.completion.setRequirement(user, input);
  }

  @Mutation(() => CompletionRequirement, { description: "Corrects a requirement's threshold or label" })
  updateCompletionRequirement(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateCompletionRequirementInput,
  ): Promise<CompletionRequirement> {
    return this.completion.updateRequirement(user, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a requirement and its waivers; false when there was none' })
  removeCompletionRequirement(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<boolean> {
    return this.completion.removeRequirement(user, id);
  }

  @Query(() => [CompletionRequirement], { description: "The cohort's rules of completion, for its members and admins" })
  async cohortRequirements(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<CompletionRequirement[]> {
    return firstOf(await this.completion.requirements(user, cohortId), page);
  }

  @Mutation(() => RequirementWaiver, { description: "Lets a participant off one of their cohort's requirements" })
  waiveRequirement(@CurrentUser() user: AuthUser, @Args('input') input: WaiveRequirementInput): Promise<RequirementWaiver> {
    return this.completion.waive(user, input);
  }

  @Query(() => Progress, { description: 'Your progress, or a participant’s for faculty, admins and the facilitators of their community' })
  progress(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args('userId', { type: () => ID, nullable: true }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<Progress> {
    return this.completion.progress(user, cohortId, userId);
  }

  @Query(() => [Progress], { description: 'Every participant’s progress, by name: all for faculty and admins, a facilitator’s own communities’ members' })
  async cohortProgress(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<Progress[]> {
    return firstOf(await this.completion.cohortProgress(user, cohortId), page);
  }
}
