import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { badInput, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { replaceLicenses, requireDistinctLicenses, sortedLicenses, storedLicenses } from '../licenses/license-list';
import { StoredLicense } from '../licenses/licenses.models';
import { MailOutbox } from '../mail/mail-outbox';
import { RateLimits } from '../rate-limits/rate-limits.service';
import { invitationMail, passwordResetMail } from './account-mail';
import { AccessTokensService } from './access-tokens.service';
import { ChangePasswordInput, InviteUserInput, RequestPasswordResetInput, ResetPasswordInput, UpdateUserInput } from './accounts.inputs';
import { AuthUser } from './auth-user';
import { normalizedEmail } from './email';
import { newToken, OneTimeTokenPurpose, TOKEN_LIFETIME_SECONDS, tokenHash } from './one-time-tokens';
import { hashPassword, verifyPassword } from './password-hasher';
import { UserEntity } from './user.entity';
import { decodeCursor, searchPattern, UsersCursor } from './users-cursor';
import { UsersPage, UsersRepository } from './users.repository';

const INVALID_LINK = 'This link is invalid, was already used or has expired: ask for a new one';

/**
 * Accounts over time: the list of people, name and address changes, invitations and password
 * resets by one-time links (mailed through the outbox, in the transaction that creates the link),
 * password changes, deactivation and sign-out. Whatever ends a session raises the person's token
 * version, which revokes every access token issued before.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly outbox: MailOutbox,
    private readonly tokens: AccessTokensService,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  /** Accounts are everyone's, so administrators only. One more than `first` is read, to tell whether another page follows. */
  async list(caller: AuthUser, search: string | null | undefined, first: number, after: string | null | undefined): Promise<UsersPage & { hasNextPage: boolean }> {
    requireAdministrator(caller);
    const pattern = searchPattern(search);
    const cursor: UsersCursor | null = after ? decodeCursor(after) : null;
    const { users, total } = await this.users.page(pattern, cursor, first + 1);
    return { users: users.slice(0, first), total, hasNextPage: users.length > first };
  }

  /** Admins change anyone's name and address; a person only their own name. */
  async update(caller: AuthUser, input: UpdateUserInput): Promise<UserEntity> {
    return this.transactions.run(async (manager) => {
      await this.requireAdminOrSelf(caller, input.userId, manager);
      if (input.email !== undefined && !caller.isAdmin) throw new ForbiddenError('Only an administrator may change an e-mail address');
      const before = await this.users.lock(input.userId, manager);
      if (!before) throw new NotFoundError('User');
      const email = input.email === undefined ? undefined : normalizedEmail(input.email);
      const fullName = input.fullName?.trim();
      // Nothing to change: the account as it is, and nothing written.
      if (email === undefined && fullName === undefined) return before;
      const user = await this.users.update(input.userId, { ...(email === undefined ? {} : { email }), ...(fullName === undefined ? {} : { fullName }) }, manager);
      // The trail keeps names, and only whether the address changed, never an address.
      await this.audit.record(manager, {
        actorId: caller.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: user.id,
        before: { fullName: before.fullName },
        after: { fullName: user.fullName, emailChanged: user.email !== before.email },
      });
      return user;
    });
  }

  /** An account without a password, and an e-mail with a link (7 days) to choose one. */
  async invite(caller: AuthUser, input: InviteUserInput): Promise<UserEntity> {
    requireAdministrator(caller);
    const licenses = storedLicenses(input.licenses ?? []);
    requireDistinctLicenses(licenses);
    return this.transactions.run((manager) =>
      this.inviteIn(manager, caller.id, { email: input.email, fullName: input.fullName, isAdmin: input.isAdmin ?? false, licenses }),
    );
  }

  /**
   * `invite` in the caller's transaction, for a door that has checked its own right (a roster
   * import, for its cohort's administrators); `source` names that door in the trail.
   */
  async inviteIn(
    manager: EntityManager,
    actorId: string,
    person: { email: string; fullName: string; isAdmin: boolean; licenses: StoredLicense[] },
    source?: string,
  ): Promise<UserEntity> {
    const user = await this.users.insert(
      { email: normalizedEmail(person.email), fullName: person.fullName.trim(), passwordHash: null, isAdmin: person.isAdmin, credentials: [] },
      manager,
    );
    await replaceLicenses(manager, user.id, person.licenses);
    const token = await this.newLink(user, 'INVITATION', manager);
    await this.outbox.enqueue(manager, invitationMail(this.config.publicBaseUrl, user, token));
    await this.audit.record(manager, {
      actorId,
      action: 'user.invited',
      entityType: 'user',
      entityId: user.id,
      after: { isAdmin: user.isAdmin, licenses: sortedLicenses(person.licenses), ...(source ? { source } : {}) },
    });
    return user;
  }

  /** Counted like sign-in attempts, so a stolen token cannot be used to guess the password behind it. */
  async changePassword(caller: AuthUser, input: ChangePasswordInput, clientAddress: string): Promise<boolean> {
    await this.limits.countSignIn(caller.email, clientAddress);
    const current = await this.users.findById(caller.id);
    if (!current || !(await verifyPassword(current.passwordHash ?? undefined, input.currentPassword))) {
      throw badInput('currentPassword', 'is incorrect');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.transactions.run((manager) => this.setPassword(caller.id, passwordHash, caller.id, 'user.password-changed', manager));
    return true;
  }

  /**
   * Always true, whether or not the address has an account, and counted like sign-in attempts; an
   * active account gets a link (1 hour) by e-mail.
   */
  async requestPasswordReset(input: RequestPasswordResetInput, clientAddress: string): Promise<boolean> {
    await this.limits.countSignIn(input.email, clientAddress);
    const user = await this.users.findByEmail(normalizedEmail(input.email));
    if (!user || user.deactivatedAt) return true;
    await this.transactions.run(async (manager) => {
      const token = await this.newLink(user, 'PASSWORD_RESET', manager);
      // No audit row: nobody known asked, and nothing of the person changes until the link is used.
      await this.outbox.enqueue(manager, passwordResetMail(this.config.publicBaseUrl, user, token));
    });
    return true;
  }

  /** Takes a reset or invitation link's token once, sets the password and signs the person in. */
  async resetPassword(input: ResetPasswordInput): Promise<UserEntity & { accessToken: string }> {
    return this.transactions.run(async (manager) => {
      const userId = await this.users.useToken(tokenHash(input.token), manager);
      const user = userId ? await this.users.lock(userId, manager) : null;
      // A refusal rolls back, so the link is not spent.
      if (!user || user.deactivatedAt) throw badInput('token', INVALID_LINK);
      const updated = await this.setPassword(user.id, await hashPassword(input.newPassword), user.id, 'user.password-reset', manager);
      return Object.assign(updated, { accessToken: await this.tokens.issue(updated) });
    });
  }

  /** Deactivation signs the person out everywhere and keeps every record; reactivation lets them sign in again. */
  async setActive(caller: AuthUser, userId: string, active: boolean): Promise<UserEntity> {
    if (!active && userId === caller.id) throw badInput('userId', 'you cannot deactivate your own account');
    return this.transactions.run(async (manager) => {
      const before = await this.users.lock(userId, manager);
      if (!before) throw new NotFoundError('User');
      if (!before.deactivatedAt === active) return before;
      const user = await this.users.update(userId, { deactivatedAt: active ? null : new Date() }, manager);
      if (!active) await this.users.bumpTokenVersion(userId, manager);
      await this.audit.record(manager, { actorId: caller.id, action: active ? 'user.reactivated' : 'user.deactivated', entityType: 'user', entityId: userId });
      return user;
    });
  }

  /** Revokes the caller's access tokens: the one used for this call, and any other. */
  async signOut(caller: AuthUser): Promise<boolean> {
    await this.transactions.run(async (manager) => {
      await this.users.bumpTokenVersion(caller.id, manager);
      await this.audit.record(manager, { actorId: caller.id, action: 'user.signed-out', entityType: 'user', entityId: caller.id });
    });
    return true;
  }

  /** A person belongs to no cohort: only they themself and admins are related to them; anyone else is told NOT_FOUND. */
  private async requireAdminOrSelf(caller: AuthUser, userId: string, manager: EntityManager): Promise<void> {
    // LICENSES_SET is the grant to admins and the person themself, which changing one's own details shares.
    await this.access.require(caller, Permission.LICENSES_SET, target.user(userId), manager);
  }

  private async newLink(user: UserEntity, purpose: OneTimeTokenPurpose, manager: EntityManager): Promise<string> {
    const token = newToken();
    await this.users.insertToken(user.id, purpose, tokenHash(token), TOKEN_LIFETIME_SECONDS[purpose], manager);
    return token;
  }

  /** A new password ends every session and spends every other link. */
  private async setPassword(userId: string, passwordHash: string, actorId: string, action: string, manager: EntityManager): Promise<UserEntity> {
    await this.users.update(userId, { passwordHash }, manager);
    await this.users.bumpTokenVersion(userId, manager);
    await this.users.retireTokens(userId, manager);
    await this.audit.record(manager, { actorId, action, entityType: 'user', entityId: userId });
    return (await this.users.lock(userId, manager))!;
  }
}

/** What @AdminOnly declares on the GraphQL operations, asked again here so every door (the pages too) gets the same answer. */
function requireAdministrator(caller: AuthUser): void {
  if (!caller.isAdmin) throw new ForbiddenError('Only an administrator may do this');
}
