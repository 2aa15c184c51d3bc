import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/domain-errors';
import { RateLimits } from '../rate-limits/rate-limits.service';
import { AccessTokensService } from './access-tokens.service';
import { LoginInput } from './login.input';
import { verifyPassword } from './password-hasher';
import { UserEntity } from './user.entity';
import { AuthPayload, User } from './user.model';
import { UsersService } from './users.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokensService,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Unknown e-mail, wrong password, no password yet (invited) and a deactivated account fail alike,
   * so sign-in does not reveal who has an account;
   * over a limit, the attempt is refused before any password is checked, whoever the e-mail names.
   */
  async login(input: LoginInput, clientAddress: string): Promise<AuthPayload> {
    const user = await this.authenticate(input, clientAddress);
    return { accessToken: await this.tokens.issue(user), user: User.from(user, { showEmail: true }) };
  }

  /** The person the e-mail and password name, for a token (GraphQL) or a browser session (the web app) alike. */
  async authenticate(input: LoginInput, clientAddress: string): Promise<UserEntity> {
    await this.limits.countSignIn(input.email, clientAddress);
    const user = await this.users.findByEmail(input.email);
    const valid = await verifyPassword(user?.passwordHash ?? undefined, input.password);
    if (!user || !valid || user.deactivatedAt) throw new UnauthenticatedError('E-mail or password is incorrect');
    await this.limits.forgetSignIns(input.email);
    return user;
  }
}
