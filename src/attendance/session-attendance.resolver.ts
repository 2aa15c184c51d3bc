import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Session } from '../curriculum/curriculum.models';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { AttendanceEntity } from './attendance.entity';
import { Attendance } from './attendance.models';
import { AttendanceService } from './attendance.service';

@Resolver(() => Session)
export class SessionAttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @ResolveField(() => [Attendance], {
    description: 'Everyone’s for the session’s staff; on whole-cohort sessions a facilitator sees their communities’ members; a participant only their own',
  })
  async attendance(@Parent() session: Session, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<AttendanceEntity[]> {
    const rows = await loaders
      .get<string, AttendanceEntity[]>('attendance.bySession', async (ids) =>
        groupByKeys(ids, await this.attendanceService.visibleAttendanceOf(user, ids), (row) => row.sessionId),
      )
      .load(session.id);
    return firstOf(rows, page);
  }
}
