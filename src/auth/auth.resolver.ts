import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../access/admin-only.decorator';
import { NotFoundError } from '../errors/domain-errors';
import { ClientAddress } from '../rate-limits/client-address';
import { AuthService } from './auth.service';
import { AuthUser } from './auth-user';
import { CreateUserInput } from './create-user.input';
import { CurrentUser } from './current-user.decorator';
import { LoginInput } from './login.input';
import { Public } from './public.decorator';
import { AuthPayload, User } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('input') input: LoginInput, @ClientAddress() clientAddress: string): Promise<AuthPayload> {
    return this.auth.login(input, clientAddress);
  }

  @Query(() => User)
  async me(@CurrentUser() caller: AuthUser): Promise<User> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new NotFoundError('User');
    return User.from(user, { showEmail: true });
  }

  @AdminOnly()
  @Mutation(() => User)
  async createUser(@CurrentUser() caller: AuthUser, @Args('input') input: CreateUserInput): Promise<User> {
    return User.from(await this.users.create(input, caller), { showEmail: true });
  }
}
