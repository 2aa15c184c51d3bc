import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Transactions } from '../database/transactions';
import { AuthUser } from './auth-user';
import { CreateUserInput } from './create-user.input';
import { normalizedEmail } from './email';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';
import { SignedInUser, UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /** The signed-in person with what decides whether their token still stands. */
  signedIn(id: string): Promise<SignedInUser | null> {
    return this.users.signedIn(id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(normalizedEmail(email));
  }

  /** Batch lookup for DataLoaders. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByIds(ids);
  }

  /**
   * A new account, by an admin (`actor`) or by start-up itself (null). The trail keeps whether it
   * is an admin, never its e-mail address or password.
   */
  async create(input: CreateUserInput, actor: AuthUser | null): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async (manager) => {
      const user = await this.users.insert(
        {
          email: normalizedEmail(input.email),
          fullName: input.fullName.trim(),
          passwordHash,
          isAdmin: input.isAdmin ?? false,
          credentials: input.credentials ?? [],
        },
        manager,
      );
      await this.audit.record(manager, {
        actorId: actor?.id ?? null,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: { isAdmin: user.isAdmin },
      });
      return user;
    });
  }

  adminExists(): Promise<boolean> {
    return this.users.adminExists();
  }
}
