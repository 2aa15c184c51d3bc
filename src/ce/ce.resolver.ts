import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { firstOf, PageArgs } from '../graphql/page-args';
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
  async ceRecords(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
    @Args('userId', { type: () => ID, nullable: true }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<CeRecord[]> {
    return firstOf(await this.ce.records(user, userId), page);
  }
}
