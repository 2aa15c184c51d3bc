import { Injectable } from '@nestjs/common';
import { CreateUserInput } from './create-user.input';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  /** Batch lookup for DataLoaders. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByIds(ids);
  }

  async create(input: CreateUserInput): Promise<UserEntity> {
    return this.users.insert({
      email: input.email.trim().toLowerCase(),
      fullName: input.fullName.trim(),
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin ?? false,
      credentials: input.credentials ?? [],
    });
  }

  adminExists(): Promise<boolean> {
    return this.users.adminExists();
  }
}
