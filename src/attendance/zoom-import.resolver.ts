import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ProposeZoomAttendanceInput } from './zoom-import.inputs';
import { AttendanceProposal } from './zoom-import.models';
import { ZoomImportService } from './zoom-import.service';

@Resolver(() => AttendanceProposal)
export class ZoomImportResolver {
  constructor(private readonly zoomImport: ZoomImportService) {}

  @Mutation(() => [AttendanceProposal], {
    description:
      'Reads a Zoom participant report against a session: rejoins merged, times clipped to the session on its cohort’s clock, people matched by e-mail, then exact name. Writes nothing; the same people may call it as recordAttendance',
  })
  proposeZoomAttendance(@CurrentUser() user: AuthUser, @Args('input') input: ProposeZoomAttendanceInput): Promise<AttendanceProposal[]> {
    return this.zoomImport.propose(user, input);
  }
}
