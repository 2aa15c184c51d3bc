import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentRole } from './enrollment-role';
import { loadProgram } from './programs.resolver';
import { ProgramsService } from './programs.service';
import { Cohort, Enrollment, Program } from './programs.models';
import { CreateCohortInput, EnrollInput, UpdateCohortInput, WithdrawInput } from './programs.inputs';
import { EnrollmentsService } from './enrollments.service';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  @Mutation(() => Cohort)
  createCohort(@CurrentUser() user: AuthUser, @Args('input') input: CreateCohortInput): Promise<Cohort> {
    return this.programs.createCohort(input, user);
  }

  @Mutation(() => Cohort, { description: 'Changes the fields given, held to createCohort’s rules; its sessions must still fall within its dates' })
  updateCohort(@CurrentUser() user: AuthUser, @Args('input') input: UpdateCohortInput): Promise<Cohort> {
    return this.programs.updateCohort(user, input);
  }

  @Query(() => Cohort)
  cohort(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<Cohort> {
    return this.programs.cohort(user, id);
  }

  @Query(() => [Cohort], { description: 'Cohorts you may see, optionally of one program' })
  async cohorts(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
    @Args('programId', { type: () => ID, nullable: true }, new UuidPipe('programId', true)) programId?: string,
  ): Promise<Cohort[]> {
    return firstOf(await this.programs.listCohorts(user, programId), page);
  }

  @Query(() => [Enrollment], { description: 'Your enrollments, newest first, with their cohorts' })
  async myCohorts(@CurrentUser() user: AuthUser, @Args() page: PageArgs): Promise<Enrollment[]> {
    return firstOf(await this.programs.enrollmentsOf(user.id), page).map((enrollment) => toEnrollment(enrollment, user.isAdmin));
  }

  @Mutation(() => Enrollment, { description: 'CONFLICT when the person already holds the role; a withdrawn participant takes their enrolment back' })
  async enroll(@CurrentUser() user: AuthUser, @Args('input') input: EnrollInput): Promise<Enrollment> {
    return toEnrollment(await this.enrollments.enroll(user, input), true);
  }

  @Mutation(() => Enrollment, { description: 'The participant frees the seat, is expected at no session from effectiveOn, keeps every record and writes nothing new' })
  async withdraw(@CurrentUser() user: AuthUser, @Args('input') input: WithdrawInput): Promise<Enrollment> {
    return toEnrollment(await this.enrollments.withdraw(user, input), true);
  }

  @Mutation(() => Boolean, { description: 'An enrolment made by mistake, only while nothing was recorded for it (else CONFLICT naming what exists)' })
  removeEnrollment(@CurrentUser() user: AuthUser, @Args('enrollmentId', { type: () => ID }, new UuidPipe('enrollmentId')) enrollmentId: string): Promise<boolean> {
    return this.enrollments.removeEnrollment(user, enrollmentId);
  }

  @ResolveField(() => Program)
  program(@Parent() cohort: Cohort, @Loaders() loaders: RequestLoaders) {
    return loadProgram(loaders, this.programs, cohort.programId);
  }

  @ResolveField(() => [Enrollment], {
    description:
      'Everyone enrolled, for faculty and admins; others see the staff and themselves, and a facilitator also their communities’ members',
  })
  async members(@Parent() cohort: Cohort, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<Enrollment[]> {
    const members = await loaders
      .get<string, EnrollmentEntity[]>('cohortMembers', async (ids) => groupByKeys(ids, await this.programs.membersOf(user, ids), (e) => e.cohortId))
      .load(cohort.id);
    // The members' query leaves out the withdrawal reason for whoever may not read it.
    return firstOf(members, page).map((member) => toEnrollment(member, true));
  }

  @ResolveField(() => [EnrollmentRole], { description: 'Your own roles in this cohort' })
  async myRoles(@Parent() cohort: Cohort, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<EnrollmentRole[]> {
    const loader = loaders.get<string, EnrollmentRole[]>('myRoles', async (ids) => {
      const rows = await this.programs.enrollmentsIn(user.id, ids);
      return groupByKeys(ids, rows, (row) => row.cohortId).map((group) => group.map((row) => row.role));
    });
    return loader.load(cohort.id);
  }
}

/** An enrollment as its viewer sees it: whoever is visible to them, they may also write to; the withdrawal reason only when `showReason`. */
export function toEnrollment(member: EnrollmentEntity, showReason: boolean): Enrollment {
  return {
    id: member.id,
    role: member.role,
    enrolledAt: member.enrolledAt,
    status: member.status,
    withdrawnOn: member.withdrawnOn,
    withdrawalReason: showReason ? member.withdrawalReason : null,
    cohortId: member.cohortId,
    user: User.from(member.user!, { showEmail: true }),
  };
}
