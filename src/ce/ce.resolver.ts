import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ApproveCeInput } from './ce.inputs';
import { CeApproval, CeRecord } from './ce.models';
import { CeService } from './ce.service';

@Resolver()
export class CeResolver {
  constructor(private readonly ce: CeService) {}

  @AdminOnly()
  @Mutation(() => CeApproval, { description: "Records a board's CE approval of a cohort (admin)" })
  approveCe(@CurrentUser() user: AuthUser, @Args('input') input: ApproveCeInput): Promise<CeApproval> {
    return this.ce.approve(user, input);
  }

  @Query(() => [CeRecord], { description: 'CE hours per board: your own, or anyone’s for admins' })
  ceRecords(
    @CurrentUser() user: AuthUser,
    @Args('userId', { type: () => ID, nullable: true }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<CeRecord[]> {
    return this.ce.records(user, userId);
  }
}
