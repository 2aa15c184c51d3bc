import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { firstOf, PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { PracticumReader } from './practicum-reader.service';
import { CreatePlacementInput, LogPracticumInput, ReviewPracticumEntryInput, UpdatePracticumEntryInput } from './practicum.inputs';
import { MyPracticum, PracticumLogEntry, PracticumPlacement, PracticumReview, PracticumSummary } from './practicum.models';
import { PracticumService } from './practicum.service';

/** Nested objects (placement, participant, reviews and reviewers) come joined from one statement; field resolvers only page them. */
@Resolver(() => PracticumLogEntry)
export class PracticumResolver {
  constructor(
    private readonly practicum: PracticumService,
    private readonly reader: PracticumReader,
  ) {}

  @Mutation(() => PracticumPlacement, { description: 'A participant adds a de-identified placement' })
  createPlacement(@CurrentUser() user: AuthUser, @Args('input') input: CreatePlacementInput): Promise<PracticumPlacement> {
    return this.practicum.createPlacement(user, input);
  }

  @Mutation(() => PracticumLogEntry, { description: 'A participant logs time at one of their placements (PENDING until reviewed)' })
  logPracticum(@CurrentUser() user: AuthUser, @Args('input') input: LogPracticumInput): Promise<PracticumLogEntry> {
    return this.practicum.logPracticum(user, input);
  }

  @Mutation(() => PracticumLogEntry, { description: 'The author edits an entry that is not APPROVED; a returned entry goes back to PENDING' })
  updatePracticumEntry(@CurrentUser() user: AuthUser, @Args('input') input: UpdatePracticumEntryInput): Promise<PracticumLogEntry> {
    return this.practicum.updatePracticumEntry(user, input);
  }

  @Mutation(() => Boolean, { description: 'The author deletes an entry that is not APPROVED' })
  deletePracticumEntry(
    @CurrentUser() user: AuthUser,
    @Args('entryId', { type: () => ID }, new UuidPipe('entryId')) entryId: string,
  ): Promise<boolean> {
    return this.practicum.deletePracticumEntry(user, entryId);
  }

  @Mutation(() => PracticumLogEntry, {
    description: "A facilitator of the participant's community, the cohort's faculty or an admin approves or returns a PENDING entry",
  })
  reviewPracticumEntry(@CurrentUser() user: AuthUser, @Args('input') input: ReviewPracticumEntryInput): Promise<PracticumLogEntry> {
    return this.practicum.reviewPracticumEntry(user, input);
  }

  @Query(() => MyPracticum, { description: "The caller's placements, entries (with reviews) and totals in a cohort" })
  myPracticum(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
  ): Promise<MyPracticum> {
    return this.reader.myPracticum(user, cohortId);
  }

  @Query(() => [PracticumLogEntry], { description: 'PENDING entries the caller may review, oldest first' })
  async practicumReviewQueue(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<PracticumLogEntry[]> {
    return this.reader.reviewQueue(user, cohortId, { limit: page.first });
  }

  @Query(() => PracticumSummary, { description: "A participant's practicum minutes and reflective practice minutes: own, or any for faculty and admins, or a facilitator's own communities' members" })
  practicumSummary(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args('userId', { type: () => ID, nullable: true, description: 'Defaults to the caller' }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<PracticumSummary> {
    return this.reader.summary(user, cohortId, userId ?? user.id);
  }

  @ResolveField('reviews', () => [PracticumReview])
  reviews(@Parent() entry: PracticumLogEntry, @Args() page: PageArgs): PracticumReview[] {
    return firstOf(entry.reviews, page);
  }
}
