import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { insertOrConflict } from '../database/insert-or-conflict';
import { UserEntity } from './user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'fullName' | 'passwordHash' | 'isAdmin' | 'credentials'>;

/** Every query on app_user. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** `email` as stored: trimmed and lower-cased. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(UserEntity).existsBy({ id });
  }

  adminExists(): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ isAdmin: true });
  }

  /** The new user, or CONFLICT when the e-mail is taken. */
  async insert(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const { id } = await insertOrConflict(manager, UserEntity, user, 'A user with this e-mail already exists');
    return manager.getRepository(UserEntity).findOneByOrFail({ id });
  }
}
