import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Db, Job } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { JsonLogger } from '../logging/json-logger';
import { MailTransport } from './mail-transport';
import { OutgoingMail } from './outgoing-mail';

const QUEUE = 'mail';
/** pg-boss keeps its tables in a schema of its own, which it creates and upgrades at start-up. */
const SCHEMA = 'pgboss';

/**
 * The e-mail outbox: a message is a pg-boss job written in the transaction of the change that
 * causes it, so a rollback sends nothing and a restart loses nothing. Every instance works the
 * queue; pg-boss hands each job to one of them (SKIP LOCKED), so none is sent twice.
 */
@Injectable()
export class MailOutbox implements OnModuleInit, OnModuleDestroy {
  private readonly boss: PgBoss;

  constructor(
    dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly logger: JsonLogger,
  ) {
    // The pool TypeORM already holds: no second set of connections.
    const pool = (dataSource.driver as PostgresDriver).master as { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
    const db: Db = { executeSql: (text, values) => pool.query(text, values) };
    this.boss = new PgBoss({ db, schema: SCHEMA, schedule: false });
    this.boss.on('error', (error) => this.logger.error('The mail queue failed', { context: 'mail', err: error }));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(QUEUE, {
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
      // A message holds a one-time link: it stays no longer than needed once sent.
      deleteAfterSeconds: 3600,
    });
    await this.boss.work<OutgoingMail>(QUEUE, { pollingIntervalSeconds: 1 }, (jobs) => this.deliver(jobs));
  }

  /** Lets a delivery in progress finish; runs before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Queues `mail` inside the caller's transaction: it is sent once that commits, never if it rolls back. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('MailOutbox.enqueue needs a transaction');
    const db: Db = { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
    await this.boss.send(QUEUE, mail, { db });
  }

  private async deliver(jobs: Job<OutgoingMail>[]): Promise<void> {
    for (const job of jobs) await this.transport.deliver(job.id, job.data);
  }
}
