import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailOutbox } from '../mail/mail-outbox';
import { ReminderKind } from './reminder-kind';
import { feedbackMail } from './reminder-mail';
import { RemindersRepository } from './reminders.repository';

/** Reminders caused by a change rather than by time: queued in the transaction of that change. */
@Injectable()
export class ReminderOutbox {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  /** Tells the journal's author that grade `gradeId` gave them feedback, once, unless they turned reminders off. */
  async feedbackArrived(manager: EntityManager, gradeId: string): Promise<void> {
    const recipient = await this.reminders.feedbackRecipient(manager, gradeId);
    if (!recipient) return;
    const claimed = await this.reminders.claim(manager, ReminderKind.FEEDBACK, [{ userId: recipient.userId, subjectId: gradeId, occasion: '' }]);
    if (claimed.size) await this.mail.enqueue(manager, feedbackMail(this.config.publicBaseUrl, recipient, recipient));
  }
}
