import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Db, Job, QueueOptions } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { JsonLogger } from '../logging/json-logger';

/** pg-boss keeps its tables in a schema of its own, which it creates and upgrades at start-up. */
const SCHEMA = 'pgboss';

type Pool = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * Background work as pg-boss jobs in PostgreSQL: a job is written in the transaction of the change
 * that causes it, so a rollback queues nothing and a restart loses nothing. Every instance works
 * every queue; pg-boss hands each job to one of them (SKIP LOCKED).
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly boss: PgBoss;
  private started?: Promise<unknown>;

  constructor(
    dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {
    // The pool TypeORM already holds: no second set of connections.
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    const db: Db = { executeSql: (text, values) => pool.query(text, values) };
    this.boss = new PgBoss({ db, schema: SCHEMA });
    this.boss.on('error', (error) => this.logger.error('The job queue failed', { context: 'jobs', err: error }));
  }

  /** Creates the queue (idempotent) and works its jobs on this instance. */
  async work<T extends object>(queue: string, options: QueueOptions, handler: (job: Job<T>) => Promise<void>): Promise<void> {
    await this.start();
    await this.boss.createQueue(queue, options);
    await this.boss.work<T>(queue, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job);
    });
  }

  /** Runs `queue` on a cron schedule (UTC), once across all instances. */
  async schedule(queue: string, cron: string): Promise<void> {
    await this.start();
    await this.boss.schedule(queue, cron);
  }

  /** Queues a job inside the caller's transaction: it runs once that commits, never if it rolls back. */
  async send(manager: EntityManager, queue: string, data: object): Promise<void> {
    await this.boss.send(queue, data, { db: transactionDb(manager) });
  }

  /** Queues one job per item in one statement, inside the caller's transaction (as send). */
  async sendMany(manager: EntityManager, queue: string, data: object[]): Promise<void> {
    if (data.length) await this.boss.insert(queue, data.map((item) => ({ data: item })), { db: transactionDb(manager) });
  }

  /** Lets work in progress finish; runs before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  private start(): Promise<unknown> {
    this.started ??= this.boss.start();
    return this.started;
  }
}

/** pg-boss's statements on the caller's transaction. */
function transactionDb(manager: EntityManager): Db {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('JobQueue needs a transaction to queue jobs in');
  return { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
}
