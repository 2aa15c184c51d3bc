import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ConflictError } from '../errors/domain-errors';
import { CreateUserInput } from './create-user.input';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  /** Batch lookup for DataLoaders. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  async create(input: CreateUserInput): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email,
        fullName: input.fullName.trim(),
        passwordHash,
        isAdmin: input.isAdmin ?? false,
        credentials: input.credentials ?? [],
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (!inserted.raw.length) throw new ConflictError('A user with this e-mail already exists');
    return this.users.findOneByOrFail({ id: inserted.raw[0].id });
  }

  async adminExists(): Promise<boolean> {
    return this.users.existsBy({ isAdmin: true });
  }
}
