import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { CurriculumQueries } from '../curriculum/curriculum-queries.service';
import { CourseModule } from '../curriculum/curriculum.models';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { byKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { JournalAssignmentsService } from './journal-assignments.service';
import { toJournalAssignment } from './journal-views';
import { JournalAssignment, JournalExtension } from './journals.models';
import { CreateJournalAssignmentInput, GrantExtensionInput, UpdateJournalAssignmentInput } from './journals.inputs';

@Resolver(() => JournalAssignment)
export class JournalAssignmentsResolver {
  constructor(
    private readonly assignments: JournalAssignmentsService,
    private readonly curriculum: CurriculumQueries,
  ) {}

  @Mutation(() => JournalAssignment, { description: "Admins and the cohort's faculty" })
  async createJournalAssignment(@CurrentUser() user: AuthUser, @Args('input') input: CreateJournalAssignmentInput): Promise<JournalAssignment> {
    return toJournalAssignment(await this.assignments.create(user, input));
  }

  @Mutation(() => JournalAssignment, { description: "Admins and the cohort's faculty; submitted journals keep the prompt they answered" })
  async updateJournalAssignment(@CurrentUser() user: AuthUser, @Args('input') input: UpdateJournalAssignmentInput): Promise<JournalAssignment> {
    return toJournalAssignment(await this.assignments.update(user, input));
  }

  @Query(() => JournalAssignment, { description: "For the cohort's members and admins" })
  async journalAssignment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<JournalAssignment> {
    return toJournalAssignment(await this.assignments.visible(user, id));
  }

  @Query(() => [JournalAssignment], { description: "A module's assignments by due date, for the cohort's members and admins" })
  async journalAssignments(
    @CurrentUser() user: AuthUser,
    @Args('moduleId', { type: () => ID }, new UuidPipe('moduleId')) moduleId: string,
    @Args() page: PageArgs,
  ): Promise<JournalAssignment[]> {
    return firstOf(await this.assignments.ofModule(user, moduleId), page).map(toJournalAssignment);
  }

  @Query(() => [JournalAssignment], { description: "A cohort's assignments by due date, for its members and admins" })
  async cohortJournalAssignments(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<JournalAssignment[]> {
    return firstOf(await this.assignments.ofCohort(user, cohortId), page).map(toJournalAssignment);
  }

  @Mutation(() => JournalExtension, { description: "A later due date for one participant; admins and the cohort's faculty" })
  async grantExtension(@CurrentUser() user: AuthUser, @Args('input') input: GrantExtensionInput): Promise<JournalExtension> {
    const extension = await this.assignments.grantExtension(user, input);
    return {
      id: extension.id,
      dueAt: extension.dueAt,
      grantedAt: extension.grantedAt,
      assignment: toJournalAssignment(extension.assignment!),
      participant: User.from(extension.participant!),
    };
  }

  /** The curriculum's own loader, so a response that also shows sessions' modules fetches each module once. */
  @ResolveField(() => CourseModule)
  module(@Parent() assignment: JournalAssignment, @Loaders() loaders: RequestLoaders): Promise<CourseModuleEntity | null> {
    return loaders
      .get<string, CourseModuleEntity | null>('curriculum.moduleById', async (ids) => byKeys(ids, await this.curriculum.modulesByIds(ids), (m) => m.id))
      .load(assignment.moduleId);
  }
}
