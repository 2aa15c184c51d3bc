import { Injectable } from '@nestjs/common';
import { decide } from '../access/access-decision';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { Relationship } from '../access/relationship';
import { AuthUser } from '../auth/auth-user';
import { UserEntity } from '../auth/user.entity';
import { UsersService } from '../auth/users.service';
import { AuditService } from '../audit/audit.service';
import { CeRecords } from '../ce/ce-records';
import { Transactions } from '../database/transactions';
import { NotFoundError } from '../errors/domain-errors';
import { replaceLicenses, requireDistinctLicenses, sortedLicenses, storedLicenses } from './license-list';
import { SetLicensesInput } from './licenses.inputs';
import { StoredLicense } from './licenses.models';
import { LicensesRepository } from './licenses.repository';

@Injectable()
export class LicensesService {
  constructor(
    private readonly access: Access,
    private readonly licenses: LicensesRepository,
    private readonly users: UsersService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly ceRecords: CeRecords,
  ) {}

  /** Replaces the person's licences (admins, or the person themself); one audit row with the lists before and after. */
  async set(user: AuthUser, input: SetLicensesInput): Promise<UserEntity> {
    const after = storedLicenses(input.licenses);
    requireDistinctLicenses(after);
    await this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.LICENSES_SET, target.user(input.userId), manager);
      const before = await this.licenses.lockLicensesOf(input.userId, manager);
      if (!before) throw new NotFoundError('User');
      await replaceLicenses(manager, input.userId, after);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'license.set',
        entityType: 'user',
        entityId: input.userId,
        before: { licenses: before },
        after: { licenses: sortedLicenses(after) },
      });
      await this.ceRecords.afterLicenses(manager, input.userId);
    });
    const person = await this.users.findById(input.userId);
    if (!person) throw new NotFoundError('User');
    return person;
  }

  /** Each person's licences, or null for those the viewer may not see (LICENSES_READ), in one statement for all of them. */
  async visibleLicenses(viewer: AuthUser, userIds: readonly string[]): Promise<(StoredLicense[] | null)[]> {
    const people = new Map((await this.licenses.licensesOfPeople(viewer.id, userIds)).map((person) => [person.userId, person]));
    return userIds.map((userId) => {
      const person = people.get(userId);
      if (!person) return null;
      const relationships = new Set<Relationship>();
      if (viewer.isAdmin) relationships.add(Relationship.ADMIN);
      if (person.self) relationships.add(Relationship.SELF);
      if (person.teachesPerson) relationships.add(Relationship.TEACHES_PERSON);
      return decide(Permission.LICENSES_READ, relationships).outcome === 'granted' ? person.licenses : null;
    });
  }
}
