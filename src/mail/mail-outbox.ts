import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { MailTransport } from './mail-transport';
import { OutgoingMail } from './outgoing-mail';

const QUEUE = 'mail';

/** The e-mail outbox: a message is a job queued with the change that causes it, and sent once. */
@Injectable()
export class MailOutbox implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
  ) {}

  async onModuleInit(): Promise<void> {
    const queue = {
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
      // A message holds a one-time link: it stays no longer than needed once sent.
      deleteAfterSeconds: 3600,
    };
    await this.jobs.work<OutgoingMail>(QUEUE, queue, (job) => this.transport.deliver(job.id, job.data));
  }

  /** Queues `mail` inside the caller's transaction: it is sent once that commits, never if it rolls back. */
  enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    return this.jobs.send(manager, QUEUE, mail);
  }

  /** Many messages at once, in one statement. */
  enqueueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    return this.jobs.sendMany(manager, QUEUE, mails);
  }
}
