import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ApproveCeInput, UpdateCeApprovalInput } from './ce.inputs';
import { CeApproval, CeRecord } from './ce.models';
import { CeService } from './ce.service';

@Resolver()
export class CeResolver {
  constructor(private readonly ce: CeService) {}

  @Mutation(() => CeApproval, { description: "Records a board's CE approval of a cohort, with its rules" })
  approveCe(@CurrentUser() user: AuthUser, @Args('input') input: ApproveCeInput): Promise<CeApproval> {
    return this.ce.approve(user, input);
  }

  @Mutation(() => CeApproval, { description: 'Corrects an approval; the CE records under it are computed again' })
  updateCeApproval(@CurrentUser() user: AuthUser, @Args('input') input: UpdateCeApprovalInput): Promise<CeApproval> {
    return this.ce.updateApproval(user, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an approval while nobody has a CE record under it; CONFLICT afterwards' })
  removeCeApproval(
    @CurrentUser() user: AuthUser,
    @Args('approvalId', { type: () => ID }, new UuidPipe('approvalId')) approvalId: string,
  ): Promise<boolean> {
    return this.ce.removeApproval(user, approvalId);
  }

  @Query(() => [CeApproval], { description: "The cohort's CE approvals, oldest first (admins and the program's coordinators)" })
  ceApprovals(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<CeApproval[]> {
    return this.ce.approvals(user, cohortId, page.first);
  }

  @Query(() => [CeRecord], { description: 'CE records: your own, or anyone’s for admins' })
  ceRecords(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
    @Args('userId', { type: () => ID, nullable: true }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<CeRecord[]> {
    return this.ce.records(user, userId ?? user.id, page.first);
  }
}
