import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PreparedStatements } from '../database/prepared-statements';
import { AUTH_QUERIES } from './auth.queries';
import { EmailTakenError } from './email-taken.error';
import { OneTimeTokenPurpose } from './one-time-tokens';
import { UserEntity } from './user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'fullName' | 'passwordHash' | 'isAdmin' | 'credentials'>;

interface UserRow {
  id: string;
  email: string;
  full_name: string;
  is_admin: boolean;
  credentials: string[];
  token_version: number;
  deactivated_at: string | null;
  created_at: string;
}

/** The signed-in person, as every authenticated request looks them up. */
export type SignedInUser = Pick<UserEntity, 'id' | 'email' | 'fullName' | 'isAdmin' | 'tokenVersion' | 'deactivatedAt'>;

export interface UsersPage {
  users: UserEntity[];
  total: number;
}

function fromRow(row: UserRow): UserEntity {
  return Object.assign(new UserEntity(), {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    isAdmin: row.is_admin,
    credentials: row.credentials,
    tokenVersion: row.token_version,
    deactivatedAt: row.deactivated_at ? new Date(row.deactivated_at) : null,
    createdAt: new Date(row.created_at),
  });
}

/** Every query on app_user. */
@Injectable()
export class UsersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prepared: PreparedStatements,
  ) {}

  /** Prepared: every signed-in request asks it. */
  async signedIn(id: string): Promise<SignedInUser | null> {
    const [row] = await this.prepared.rows<SignedInUser>('auth.signedInUser', AUTH_QUERIES.signedInUser, [id]);
    return row ?? null;
  }

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

  /** The new user, or CONFLICT naming the account that holds the e-mail. */
  async insert(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const inserted = await manager.createQueryBuilder().insert().into(UserEntity).values(user).orIgnore().returning('id').execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) throw await this.emailTaken(user.email, manager);
    return manager.getRepository(UserEntity).findOneByOrFail({ id: row.id });
  }

  /** The person, locked until the transaction ends; null when there is none. */
  lock(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Saves the changed columns; CONFLICT when the new e-mail is another account's. */
  async update(id: string, changes: Partial<Pick<UserEntity, 'email' | 'fullName' | 'passwordHash' | 'deactivatedAt'>>, manager: EntityManager): Promise<UserEntity> {
    if (changes.email !== undefined) {
      const holder = await manager.getRepository(UserEntity).findOneBy({ email: changes.email });
      if (holder && holder.id !== id) throw new EmailTakenError(holder.id);
    }
    await manager.getRepository(UserEntity).update({ id }, changes);
    return manager.getRepository(UserEntity).findOneByOrFail({ id });
  }

  private async emailTaken(email: string, manager: EntityManager): Promise<EmailTakenError> {
    const holder = await manager.getRepository(UserEntity).findOneByOrFail({ email });
    return new EmailTakenError(holder.id);
  }

  /** Revokes every access token the person holds. */
  async bumpTokenVersion(id: string, manager: EntityManager): Promise<void> {
    await manager.query(AUTH_QUERIES.bumpTokenVersion, [id]);
  }

  /** One page by name, after `after` (the last name and id of the page before). */
  async page(pattern: string | null, after: { fullName: string; id: string } | null, limit: number): Promise<UsersPage> {
    const [row]: { total: number; page: UserRow[] }[] = await this.dataSource.query(AUTH_QUERIES.usersPage, [pattern, after?.fullName ?? null, after?.id ?? null, limit]);
    return { total: row.total, users: row.page.map(fromRow) };
  }

  async insertToken(userId: string, purpose: OneTimeTokenPurpose, hash: Buffer, lifetimeSeconds: number, manager: EntityManager): Promise<void> {
    await manager.query(AUTH_QUERIES.insertToken, [userId, purpose, hash, lifetimeSeconds]);
  }

  /** Marks the link used and answers its person, or null for an unknown, used or expired one. */
  async useToken(hash: Buffer, manager: EntityManager): Promise<string | null> {
    const [rows]: [{ user_id: string }[], number] = await manager.query(AUTH_QUERIES.useToken, [hash]);
    return rows[0]?.user_id ?? null;
  }

  async retireTokens(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(AUTH_QUERIES.retireTokens, [userId]);
  }
}
