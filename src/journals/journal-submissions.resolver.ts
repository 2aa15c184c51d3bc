import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { JournalGradingService } from './journal-grading.service';
import { JournalGradeEntity } from './journal-grade.entity';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalSubmissionsService } from './journal-submissions.service';
import { toJournalGrade, toJournalVersion } from './journal-views';
import { JournalGrade, JournalSubmission, JournalSubmissionVersion } from './journals.models';
import { GradeJournalInput, SaveJournalDraftInput, SubmitJournalInput } from './journals.inputs';

@Resolver(() => JournalSubmission)
export class JournalSubmissionsResolver {
  constructor(
    private readonly submissions: JournalSubmissionsService,
    private readonly grading: JournalGradingService,
  ) {}

  @Mutation(() => JournalSubmission, { description: 'The participant saves without submitting' })
  saveJournalDraft(@CurrentUser() user: AuthUser, @Args('input') input: SaveJournalDraftInput): Promise<JournalSubmission> {
    return this.submissions.saveDraft(user, input);
  }

  @Mutation(() => JournalSubmission, { description: 'The participant submits for grading (status SUBMITTED)' })
  submitJournal(@CurrentUser() user: AuthUser, @Args('input') input: SubmitJournalInput): Promise<JournalSubmission> {
    return this.submissions.submit(user, input);
  }

  @Mutation(() => JournalSubmission, { description: "The cohort's faculty; a stale version answers CONFLICT" })
  gradeJournal(@CurrentUser() user: AuthUser, @Args('input') input: GradeJournalInput): Promise<JournalSubmission> {
    return this.grading.grade(user, input);
  }

  @Query(() => JournalSubmission, { description: "Its author, the cohort's faculty and admins, and the author's community facilitators; text for author and faculty only" })
  journalSubmission(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<JournalSubmission> {
    return this.submissions.visible(user, id);
  }

  @Query(() => [JournalSubmission], { description: 'Your own journals in the cohort, by due date' })
  async myJournals(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<JournalSubmission[]> {
    return firstOf(await this.submissions.mine(user, cohortId), page);
  }

  @Query(() => [JournalSubmission], { description: "SUBMITTED journals, oldest first; the cohort's faculty (admins without the text)" })
  async gradingQueue(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<JournalSubmission[]> {
    return this.submissions.gradingQueue(user, cohortId, { limit: page.first });
  }

  @Query(() => [JournalSubmission], { description: "Every journal written for an assignment: all for faculty and admins, a facilitator's own communities' members" })
  async assignmentSubmissions(
    @CurrentUser() user: AuthUser,
    @Args('assignmentId', { type: () => ID }, new UuidPipe('assignmentId')) assignmentId: string,
    @Args() page: PageArgs,
  ): Promise<JournalSubmission[]> {
    return firstOf(await this.submissions.ofAssignment(user, assignmentId), page);
  }

  @ResolveField(() => [JournalSubmissionVersion], { description: 'Every submitted version, oldest first' })
  async versions(@Parent() submission: JournalSubmission, @Args() page: PageArgs, @Loaders() loaders: RequestLoaders): Promise<JournalSubmissionVersion[]> {
    const versions = await loaders
      .get<string, JournalSubmissionVersionEntity[]>('journalVersions', async (ids) =>
        groupByKeys(ids, await this.submissions.versionsOf(ids), (version) => version.submissionId),
      )
      .load(submission.id);
    return firstOf(versions, page).map((version) => toJournalVersion(version, submission.showText));
  }

  @ResolveField(() => [JournalGrade], { description: 'Grading history, oldest first' })
  async grades(@Parent() submission: JournalSubmission, @Args() page: PageArgs, @Loaders() loaders: RequestLoaders): Promise<JournalGrade[]> {
    const grades = await loaders
      .get<string, JournalGradeEntity[]>('journalGrades', async (ids) =>
        groupByKeys(ids, await this.submissions.gradesOf(ids), (grade) => grade.submissionId),
      )
      .load(submission.id);
    return firstOf(grades, page).map((grade) => toJournalGrade(grade, submission.showText));
  }
}
