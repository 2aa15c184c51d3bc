import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { JobQueue } from '../jobs/job-queue';
import { JsonLogger } from '../logging/json-logger';
import { MailOutbox } from '../mail/mail-outbox';
import { ReminderKind } from './reminder-kind';
import { digestMail, journalDueMail, practicumWaitingMail } from './reminder-mail';
import {
  digestCohortsEndingFrom,
  digestWeek,
  instantOccasion,
  journalDueWindow,
  keyText,
  practicumWaitingSince,
  programDigests,
  ReminderKey,
  ReminderSettings,
  reviewerSummaries,
  waitingKey,
} from './reminder-rules';
import { RemindersRepository } from './reminders.repository';

const QUEUE = 'reminder-sweep';
/** Every hour on the hour (UTC); the weekly digest goes with the first sweep from Monday 07:00. */
const SCHEDULE = '0 * * * *';

/**
 * Reminders caused by time: a pg-boss job, scheduled hourly and queued once more by every instance
 * as it starts (so what fell due while none ran goes out at once), finds what is due and queues
 * each message in the transaction that records it in reminder_sent. A reminder recorded there is
 * never queued again, however many sweeps find it.
 */
@Injectable()
export class ReminderSweep implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly jobs: JobQueue,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(QUEUE, { retryLimit: 0, expireInSeconds: 900 }, () => this.sweep(new Date()));
    await this.jobs.schedule(QUEUE, SCHEDULE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transactions.run((manager) => this.jobs.send(manager, QUEUE, {}));
  }

  private get settings(): ReminderSettings {
    return { journalDueHours: this.config.reminderJournalDueHours, practicumWaitDays: this.config.reminderPracticumWaitDays };
  }

  /** Each kind in a transaction of its own: one failing leaves the others to go out. */
  private async sweep(now: Date): Promise<void> {
    const kinds: [string, (manager: EntityManager) => Promise<number>][] = [
      ['journalsDue', (manager) => this.journalsDue(manager, now)],
      ['practicumWaiting', (manager) => this.practicumWaiting(manager, now)],
      ['weeklyDigests', (manager) => this.weeklyDigests(manager, now)],
    ];
    for (const [kind, run] of kinds) {
      try {
        const queued = await this.transactions.run(run);
        if (queued) this.logger.info('Reminders queued', { context: 'reminders', kind, queued });
      } catch (error) {
        this.logger.error('Reminders could not be queued', { context: 'reminders', kind, err: error });
      }
    }
  }

  private async journalsDue(manager: EntityManager, now: Date): Promise<number> {
    const { from, until } = journalDueWindow(now, this.settings);
    const due = await this.reminders.journalsDueSoon(manager, from, until);
    const keyOf = (journal: (typeof due)[number]): ReminderKey => ({ userId: journal.userId, subjectId: journal.assignmentId, occasion: instantOccasion(journal.dueAt) });
    const claimed = await this.reminders.claim(manager, ReminderKind.JOURNAL_DUE, due.map(keyOf));
    const toSend = due.filter((journal) => claimed.has(keyText(keyOf(journal))));
    await this.mail.enqueueMany(manager, toSend.map((journal) => journalDueMail(this.config.publicBaseUrl, journal, journal)));
    return toSend.length;
  }

  private async practicumWaiting(manager: EntityManager, now: Date): Promise<number> {
    const waiting = await this.reminders.practicumWaiting(manager, practicumWaitingSince(now, this.settings));
    const claimed = await this.reminders.claim(manager, ReminderKind.PRACTICUM_WAITING, waiting.map(waitingKey));
    const summaries = reviewerSummaries(waiting, claimed);
    await this.mail.enqueueMany(manager, summaries.map((summary) => practicumWaitingMail(this.config.publicBaseUrl, summary, this.settings.practicumWaitDays)));
    return summaries.length;
  }

  private async weeklyDigests(manager: EntityManager, now: Date): Promise<number> {
    const week = digestWeek(now);
    const late = await this.reminders.lateParticipants(manager, now, practicumWaitingSince(now, this.settings), digestCohortsEndingFrom(now));
    const digests = new Map(programDigests(late).map((digest) => [digest.programId, digest]));
    const coordinators = await this.reminders.coordinatorsOf(manager, [...digests.keys()]);
    const keyOf = (coordinator: (typeof coordinators)[number]): ReminderKey => ({ userId: coordinator.userId, subjectId: coordinator.programId, occasion: week });
    const claimed = await this.reminders.claim(manager, ReminderKind.WEEKLY_DIGEST, coordinators.map(keyOf));
    const toSend = coordinators.filter((coordinator) => claimed.has(keyText(keyOf(coordinator))));
    const mails = toSend.map((coordinator) => digestMail(this.config.publicBaseUrl, coordinator, { ...digests.get(coordinator.programId)!, week }, this.settings.practicumWaitDays));
    await this.mail.enqueueMany(manager, mails);
    return toSend.length;
  }
}
