import { Global, Module } from '@nestjs/common';
import { ReminderOutbox } from './reminder-outbox';
import { ReminderPagesController } from './reminder-pages.controller';
import { ReminderPreferences } from './reminder-preferences.service';
import { ReminderSweep } from './reminder-sweep';
import { RemindersRepository } from './reminders.repository';
import { RemindersResolver } from './reminders.resolver';

/**
 * Reminders by e-mail. Global so that grading queues its feedback reminder (ReminderOutbox) in its
 * own transaction, and the account page reads the preference, without a module cycle.
 */
@Global()
@Module({
  controllers: [ReminderPagesController],
  providers: [RemindersRepository, ReminderOutbox, ReminderSweep, ReminderPreferences, RemindersResolver],
  exports: [ReminderOutbox, ReminderPreferences],
})
export class RemindersModule {}
