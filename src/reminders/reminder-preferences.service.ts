import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { UserEntity } from '../auth/user.entity';
import { Transactions } from '../database/transactions';
import { RemindersRepository } from './reminders.repository';

/** Whether a person gets reminders by e-mail: on unless they turned them off. */
@Injectable()
export class ReminderPreferences {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  enabledFor(userId: string): Promise<boolean> {
    return this.reminders.remindersEnabled(userId);
  }

  /**
   * The caller's own preference, as signOut and changePassword act on the caller's own account: there
   * is no one else's record to ask Access about. Setting what is already set writes nothing.
   */
  async set(caller: AuthUser, enabled: boolean): Promise<UserEntity> {
    return this.transactions.run(async (manager) => {
      if (await this.reminders.setOptedOut(manager, caller.id, !enabled)) {
        await this.audit.record(manager, {
          actorId: caller.id,
          action: 'user.reminder-preference-set',
          entityType: 'user',
          entityId: caller.id,
          before: { remindersEnabled: !enabled },
          after: { remindersEnabled: enabled },
        });
      }
      return manager.getRepository(UserEntity).findOneByOrFail({ id: caller.id });
    });
  }
}
