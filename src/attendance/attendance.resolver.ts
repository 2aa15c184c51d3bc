import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { CurriculumQueries } from '../curriculum/curriculum-queries.service';
import { Session } from '../curriculum/curriculum.models';
import { SessionEntity } from '../curriculum/session.entity';
import { loadUser } from '../auth/user.loader';
import { Loaders } from '../graphql/graphql-context';
import { byKeys, RequestLoaders } from '../graphql/request-loaders';
import { UuidPipe } from '../graphql/uuid.pipe';
import { AttendanceEntity } from './attendance.entity';
import { RecordAttendanceInput, RecordSessionAttendanceInput } from './attendance.inputs';
import { Attendance, AttendanceSummary } from './attendance.models';
import { AttendanceService } from './attendance.service';

@Resolver(() => Attendance)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly curriculum: CurriculumQueries,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => Attendance, {
    description: 'Faculty and admins; a community’s facilitators for its sessions; the session’s leader',
  })
  recordAttendance(@CurrentUser() user: AuthUser, @Args('input') input: RecordAttendanceInput): Promise<AttendanceEntity> {
    return this.attendance.record(user, input);
  }

  @Mutation(() => [Attendance], { description: 'A whole session’s attendance in one transaction; the same people may record it as recordAttendance' })
  recordSessionAttendance(@CurrentUser() user: AuthUser, @Args('input') input: RecordSessionAttendanceInput): Promise<AttendanceEntity[]> {
    return this.attendance.recordSession(user, input);
  }

  @Query(() => AttendanceSummary, {
    description: 'Minutes and sessions per kind; your own, or any participant’s for admins and faculty, or your communities’ members’ for facilitators',
  })
  attendanceSummary(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args('userId', { type: () => ID, nullable: true, description: 'Defaults to you' }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<AttendanceSummary> {
    return this.attendance.summary(user, cohortId, userId ?? user.id);
  }

  @ResolveField(() => Session)
  session(@Parent() attendance: Attendance, @Loaders() loaders: RequestLoaders): Promise<SessionEntity | null> {
    return loaders
      .get<string, SessionEntity | null>('attendance.sessionById', async (ids) => byKeys(ids, await this.curriculum.sessionsByIds(ids), (s) => s.id))
      .load(attendance.sessionId);
  }

  /** Usually joined with the row already; otherwise batched. */
  @ResolveField(() => User)
  async user(@Parent() attendance: AttendanceEntity, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    if (attendance.user) return User.from(attendance.user);
    return loadUser(loaders, this.users, attendance.userId);
  }
}
