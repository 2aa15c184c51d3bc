import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { LtiPlatforms } from './lti-platforms.service';
import { LtiRosters } from './lti-rosters.service';
import { LtiScorePostStatus } from './lti-score-post-status';
import { LtiScorePosts } from './lti-score-posts.service';
import { LtiToolKeys } from './lti-tool-keys';
import { LinkLtiContextInput, RegisterLtiPlatformInput, UpdateLtiPlatformInput } from './lti.inputs';
import { LtiContextLink, LtiPlatform, LtiRosterSync, LtiScorePost } from './lti.models';

@Resolver()
export class LtiResolver {
  constructor(
    private readonly platforms: LtiPlatforms,
    private readonly rosters: LtiRosters,
    private readonly scorePosts: LtiScorePosts,
    private readonly keys: LtiToolKeys,
  ) {}

  @AdminOnly()
  @Mutation(() => LtiPlatform, { description: 'An LMS the tool accepts launches from, found by issuer and client id together; CONFLICT when registered already (admin)' })
  async registerLtiPlatform(@CurrentUser() user: AuthUser, @Args('input') input: RegisterLtiPlatformInput): Promise<LtiPlatform> {
    return LtiPlatform.from(await this.platforms.register(user, input));
  }

  @AdminOnly()
  @Mutation(() => LtiPlatform, { description: 'Changes what is given; deploymentIds replaces the list (admin)' })
  async updateLtiPlatform(@CurrentUser() user: AuthUser, @Args('input') input: UpdateLtiPlatformInput): Promise<LtiPlatform> {
    return LtiPlatform.from(await this.platforms.update(user, input));
  }

  @AdminOnly()
  @Query(() => [LtiPlatform], { description: 'Registered platforms, oldest first (admin)' })
  async ltiPlatforms(@Args() page: PageArgs): Promise<LtiPlatform[]> {
    return (await this.platforms.list(page.first)).map(LtiPlatform.from);
  }

  @Mutation(() => LtiContextLink, { description: "Ties a platform's course to a cohort: its launches enrol there. CONFLICT when the course is linked already (admins and the program's coordinators)" })
  async linkLtiContext(@CurrentUser() user: AuthUser, @Args('input') input: LinkLtiContextInput): Promise<LtiContextLink> {
    return LtiContextLink.from(await this.platforms.link(user, input));
  }

  @Query(() => [LtiContextLink], { description: "The cohort's linked courses (admins and the program's coordinators)" })
  async ltiContextLinks(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<LtiContextLink[]> {
    return (await this.platforms.linksOf(user, cohortId, page.first)).map(LtiContextLink.from);
  }

  @Mutation(() => LtiRosterSync, { description: "Reads the course's members (NRPS) and enrols or withdraws accordingly; never deletes (admins and the program's coordinators)" })
  syncLtiRoster(@CurrentUser() user: AuthUser, @Args('contextLinkId', { type: () => ID }, new UuidPipe('contextLinkId')) contextLinkId: string): Promise<LtiRosterSync> {
    return this.rosters.sync(user, contextLinkId);
  }

  @Query(() => [LtiScorePost], { description: "Grades on their way to the cohort's course gradebooks, newest first; status FAILED lists what needs a retry" })
  ltiScorePosts(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args('status', { type: () => LtiScorePostStatus, nullable: true }) status: LtiScorePostStatus | null,
    @Args() page: PageArgs,
  ): Promise<LtiScorePost[]> {
    return this.scorePosts.ofCohort(user, cohortId, status ?? null, page.first);
  }

  @Mutation(() => LtiScorePost, { description: 'Posts a FAILED grade again (admins and the program\'s coordinators)' })
  retryLtiScorePost(@CurrentUser() user: AuthUser, @Args('scorePostId', { type: () => ID }, new UuidPipe('scorePostId')) scorePostId: string): Promise<LtiScorePost> {
    return this.scorePosts.retry(user, scorePostId);
  }

  @AdminOnly()
  @Mutation(() => String, { description: "Makes a new signing key for the tool (published at /lti/jwks with the previous ones); answers its kid (admin)" })
  async rotateLtiKey(@CurrentUser() user: AuthUser): Promise<string> {
    return (await this.keys.rotate(user.id)).kid;
  }
}
