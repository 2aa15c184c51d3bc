import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from '../config/app-config';
import { QueryCounter } from './query-counter';

/**
 * Hot reads as named prepared statements on TypeORM's own pool: each connection parses and plans
 * the statement once, and the rows come back as plain objects without entity mapping. Counted and
 * logged (failures, slow ones) as TypeORM's statements are.
 */
@Injectable()
export class PreparedStatements {
  private readonly pool: Pool;

  constructor(
    dataSource: DataSource,
    private readonly counter: QueryCounter,
    private readonly config: AppConfig,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  /**
   * `name` identifies `text` on every connection: one name, one text, for the life of the process.
   * With a transaction's `manager`, on that transaction's connection.
   */
  async rows<Row>(name: string, text: string, values: unknown[], manager?: EntityManager): Promise<Row[]> {
    this.counter.logQuery();
    const started = performance.now();
    try {
      const client: Pick<Pool, 'query'> = manager?.queryRunner ? await manager.queryRunner.connect() : this.pool;
      const { rows } = await client.query({ name, text, values });
      return rows as Row[];
    } catch (error) {
      this.counter.logQueryError(error as Error, text);
      throw error;
    } finally {
      const ms = performance.now() - started;
      if (ms > this.config.slowQueryMs) this.counter.logQuerySlow(ms, text);
    }
  }
}
