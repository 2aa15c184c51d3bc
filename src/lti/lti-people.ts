import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isEmail } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { normalizedEmail } from '../auth/email';
import { EmailTakenError } from '../auth/email-taken.error';
import { UsersRepository } from '../auth/users.repository';
import { LtiAccountEntity } from './lti-account.entity';

/** Every account's address keeps to AccountRules' length. */
const EMAIL_LENGTH = 254;

/** An address the platform sent, when it is one an account here could have. */
function usableEmail(email: string | null): string | null {
  return email && email.length <= EMAIL_LENGTH && isEmail(email) ? email : null;
}

export interface PlatformPerson {
  subject: string;
  name: string;
  email: string | null;
}

/**
 * People as a platform knows them, joined on its user id (`sub`), never on e-mail: an address is
 * the platform's to set, so it cannot claim an account here. A new person gets an account without a
 * password (they arrive through the LMS); when their address is absent, malformed or already someone
 * else's, the account gets a placeholder one under `.invalid`.
 */
@Injectable()
export class LtiPeople {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async userFor(manager: EntityManager, platformId: string, person: PlatformPerson): Promise<string> {
    const known = await manager.getRepository(LtiAccountEntity).findOneBy({ platformId, subject: person.subject });
    if (known) return known.userId;
    const userId = await this.newUser(manager, person);
    await manager.getRepository(LtiAccountEntity).insert({ platformId, subject: person.subject, userId });
    await this.audit.record(manager, { actorId: null, action: 'user.created', entityType: 'user', entityId: userId, after: { source: 'lti', platformId } });
    return userId;
  }

  private async newUser(manager: EntityManager, person: PlatformPerson): Promise<string> {
    const account = { fullName: person.name, passwordHash: null, isAdmin: false, credentials: [] };
    const email = usableEmail(person.email);
    if (email) {
      try {
        return (await this.users.insert({ ...account, email: normalizedEmail(email) }, manager)).id;
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
      }
    }
    const placeholder = `lti-${randomUUID()}@accounts.invalid`;
    return (await this.users.insert({ ...account, email: placeholder }, manager)).id;
  }
}
