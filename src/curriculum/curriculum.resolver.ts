import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { CourseModuleEntity } from './course-module.entity';
import { CurriculumQueries } from './curriculum-queries.service';
import { CreateModuleInput, ReorderModulesInput, ScheduleSessionInput, ScheduleSessionsInput, UpdateModuleInput, UpdateSessionInput } from './curriculum.inputs';
import { CourseModule, Session } from './curriculum.models';
import { CurriculumService } from './curriculum.service';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionEntity } from './session.entity';
import { OverlappingSession } from './curriculum.repository';
import { loadUser } from '../auth/user.loader';
import { CohortEntity } from '../programs/cohort.entity';
import { ProgramsRepository } from '../programs/programs.repository';
import { formatInZone } from './zoned-time';

@Resolver(() => Session)
export class CurriculumResolver {
  constructor(
    private readonly curriculum: CurriculumService,
    private readonly queries: CurriculumQueries,
    private readonly users: UsersService,
    private readonly programs: ProgramsRepository,
  ) {}

  @Mutation(() => CourseModule, { description: 'Admins and the cohort’s faculty' })
  createModule(@CurrentUser() user: AuthUser, @Args('input') input: CreateModuleInput): Promise<CourseModule> {
    return this.curriculum.createModule(user, input);
  }

  @Mutation(() => CourseModule, { description: 'Admins and the cohort’s faculty; a new position moves it, shifting the modules it passes' })
  updateModule(@CurrentUser() user: AuthUser, @Args('input') input: UpdateModuleInput): Promise<CourseModule> {
    return this.curriculum.updateModule(user, input);
  }

  @Mutation(() => [CourseModule], { description: 'Admins and the cohort’s faculty: every module of the cohort in a new order' })
  reorderModules(@CurrentUser() user: AuthUser, @Args('input') input: ReorderModulesInput): Promise<CourseModule[]> {
    return this.curriculum.reorderModules(user, input);
  }

  @Mutation(() => Session, {
    description: 'Admins and the cohort’s faculty; facilitators for reflective practice with members of their communities, and for their communities’ meetings',
  })
  scheduleSession(@CurrentUser() user: AuthUser, @Args('input') input: ScheduleSessionInput): Promise<Session> {
    return this.curriculum.scheduleSession(user, input);
  }

  @Mutation(() => [Session], {
    description: 'Admins and the cohort’s faculty: one session on each date at startTime in the cohort’s time zone; all of them or, on any bad input, none',
  })
  scheduleSessions(@CurrentUser() user: AuthUser, @Args('input') input: ScheduleSessionsInput): Promise<Session[]> {
    return this.curriculum.scheduleSessions(user, input);
  }

  @Mutation(() => Session, { description: 'Whoever runs the session: admins, faculty, its community’s facilitators, its leader' })
  updateSession(@CurrentUser() user: AuthUser, @Args('input') input: UpdateSessionInput): Promise<Session> {
    return this.curriculum.updateSession(user, input);
  }

  @Mutation(() => Session, { description: 'Whoever runs the session; a cancelled session is expected of nobody' })
  cancelSession(@CurrentUser() user: AuthUser, @Args('sessionId', { type: () => ID }, new UuidPipe('sessionId')) sessionId: string): Promise<Session> {
    return this.curriculum.cancelSession(user, sessionId);
  }

  @Query(() => Session, { description: 'A session you may see: its staff, or a participant it is meant for' })
  session(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<Session> {
    return this.queries.session(user, id);
  }

  @Query(() => [Session], { description: 'The sessions you are expected at as a participant of the cohort, in start order (empty for staff)' })
  async mySchedule(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<Session[]> {
    return firstOf(await this.queries.mySchedule(user, cohortId), page);
  }

  @ResolveField(() => CourseModule, { nullable: true })
  module(@Parent() session: Session, @Loaders() loaders: RequestLoaders): Promise<CourseModuleEntity | null> | null {
    if (!session.moduleId) return null;
    return loaders
      .get<string, CourseModuleEntity | null>('curriculum.moduleById', async (ids) => byKeys(ids, await this.queries.modulesByIds(ids), (m) => m.id))
      .load(session.moduleId);
  }

  @ResolveField(() => String, { description: 'The cohort’s IANA time zone, in which localStart is written' })
  async timeZone(@Parent() session: Session, @Loaders() loaders: RequestLoaders): Promise<string> {
    return (await this.cohortOf(session, loaders)).timeZone;
  }

  @ResolveField(() => String, { description: 'startsAt in ISO 8601 with the offset of the cohort’s time zone, e.g. 2026-10-15T09:00:00-07:00' })
  async localStart(@Parent() session: Session, @Loaders() loaders: RequestLoaders): Promise<string> {
    return formatInZone(session.startsAt, (await this.cohortOf(session, loaders)).timeZone);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who leads it' })
  async leader(@Parent() session: Session, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    if (!session.leaderId) return null;
    return loadUser(loaders, this.users, session.leaderId);
  }

  @ResolveField(() => [User], { description: 'The participants it is meant for, when not the whole cohort or community; participants see only themselves' })
  async invitees(@Parent() session: Session, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const invitees = await loaders
      .get<string, SessionInviteeEntity[]>('curriculum.invitees', async (ids) =>
        groupByKeys(ids, await this.queries.visibleInvitees(user, ids), (row) => row.sessionId),
      )
      .load(session.id);
    return firstOf(invitees, page).map((invitee) => User.from(invitee.user!));
  }

  @ResolveField(() => [Session], {
    description:
      'Other sessions of the cohort at an overlapping time that share someone they are meant for. Nobody is credited in full at both: ' +
      'the one that starts first (or, starting together, was scheduled first) keeps the shared minutes, the other is credited only the rest',
  })
  async overlaps(@Parent() session: Session, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<SessionEntity[]> {
    const overlapping = await loaders
      .get<string, OverlappingSession[]>('curriculum.overlaps', async (ids) =>
        groupByKeys(ids, await this.queries.overlappingSessions(user, ids), (row) => row.overlapsSessionId),
      )
      .load(session.id);
    return firstOf(overlapping, page);
  }

  private async cohortOf(session: Session, loaders: RequestLoaders): Promise<CohortEntity> {
    const cohort = await loaders
      .get<string, CohortEntity | null>('cohortById', async (ids) => byKeys(ids, await this.programs.cohortsByIds(ids), (c) => c.id))
      .load(session.cohortId);
    return cohort!;
  }
}
