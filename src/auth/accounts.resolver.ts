import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ClientAddress } from '../rate-limits/client-address';
import { ChangePasswordInput, InviteUserInput, RequestPasswordResetInput, ResetPasswordInput, UpdateUserInput } from './accounts.inputs';
import { AccountsService } from './accounts.service';
import { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { Public } from './public.decorator';
import { UserConnection } from './user-connection.model';
import { AuthPayload, User } from './user.model';
import { encodeCursor } from './users-cursor';

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @AdminOnly()
  @Query(() => UserConnection, { description: 'People by name; `search` matches any part of a name or e-mail address' })
  async users(
    @CurrentUser() caller: AuthUser,
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<UserConnection> {
    const { users, total, hasNextPage } = await this.accounts.list(caller, search, page.first, after);
    const last = users.at(-1);
    return {
      nodes: users.map((user) => User.from(user, { showEmail: true })),
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last) : null },
      totalCount: total,
    };
  }

  @Mutation(() => User, { description: 'Admins change anyone; a person may change their own name' })
  async updateUser(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateUserInput): Promise<User> {
    return User.from(await this.accounts.update(caller, input), { showEmail: true });
  }

  @AdminOnly()
  @Mutation(() => User, { description: 'An account without a password: an e-mail carries a one-time link (7 days) to choose one, taken by resetPassword' })
  async inviteUser(@CurrentUser() caller: AuthUser, @Args('input') input: InviteUserInput): Promise<User> {
    return User.from(await this.accounts.invite(caller, input), { showEmail: true });
  }

  @Mutation(() => Boolean, { description: 'Signs out every session of the caller: sign in again with the new password' })
  changePassword(@CurrentUser() caller: AuthUser, @Args('input') input: ChangePasswordInput, @ClientAddress() clientAddress: string): Promise<boolean> {
    return this.accounts.changePassword(caller, input, clientAddress);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true; an account with this address gets a one-time link (1 hour) by e-mail' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @ClientAddress() clientAddress: string): Promise<boolean> {
    return this.accounts.requestPasswordReset(input, clientAddress);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Takes the token of a password-reset or invitation link, once' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<AuthPayload> {
    const user = await this.accounts.resetPassword(input);
    return { accessToken: user.accessToken, user: User.from(user, { showEmail: true }) };
  }

  @AdminOnly()
  @Mutation(() => User, { description: 'The person can no longer sign in and their access tokens stop working; their records stay' })
  async deactivateUser(@CurrentUser() caller: AuthUser, @Args('userId', { type: () => ID }, new UuidPipe('userId')) userId: string): Promise<User> {
    return User.from(await this.accounts.setActive(caller, userId, false), { showEmail: true });
  }

  @AdminOnly()
  @Mutation(() => User)
  async reactivateUser(@CurrentUser() caller: AuthUser, @Args('userId', { type: () => ID }, new UuidPipe('userId')) userId: string): Promise<User> {
    return User.from(await this.accounts.setActive(caller, userId, true), { showEmail: true });
  }

  @Mutation(() => Boolean, { description: 'Revokes the access token used, and every other one of the caller' })
  signOut(@CurrentUser() caller: AuthUser): Promise<boolean> {
    return this.accounts.signOut(caller);
  }
}
