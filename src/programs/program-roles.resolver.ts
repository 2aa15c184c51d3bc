import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { firstOf, PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramRoleInput } from './program-roles.inputs';
import { ProgramRoleGrant } from './program-roles.models';
import { ProgramRolesService } from './program-roles.service';

@Resolver(() => ProgramRoleGrant)
export class ProgramRolesResolver {
  constructor(private readonly roles: ProgramRolesService) {}

  @AdminOnly()
  @Mutation(() => ProgramRoleGrant, { description: "COORDINATOR: what an admin may do, for that program's cohorts only. CONFLICT when already held (admin)" })
  async grantProgramRole(@CurrentUser() user: AuthUser, @Args('input') input: ProgramRoleInput): Promise<ProgramRoleGrant> {
    return ProgramRoleGrant.from(await this.roles.grant(user, input));
  }

  @AdminOnly()
  @Mutation(() => Boolean, { description: 'False when the person did not hold the role (admin)' })
  revokeProgramRole(@CurrentUser() user: AuthUser, @Args('input') input: ProgramRoleInput): Promise<boolean> {
    return this.roles.revoke(user, input);
  }

  @Query(() => [ProgramRoleGrant], { description: "The program's coordinators, by name (its admins and coordinators)" })
  async programRoles(
    @CurrentUser() user: AuthUser,
    @Args('programId', { type: () => ID }, new UuidPipe('programId')) programId: string,
    @Args() page: PageArgs,
  ): Promise<ProgramRoleGrant[]> {
    return firstOf(await this.roles.ofProgram(user, programId), page).map(ProgramRoleGrant.from);
  }
}
