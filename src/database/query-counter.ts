import { Injectable } from '@nestjs/common';
import { Logger } from 'typeorm';
import { JsonLogger } from '../logging/json-logger';
import { connectionFailure, isCallerCaused } from './sql-state';

/**
 * The app's TypeORM logger. Counts the SQL statements the app sends (tests read the count to prove
 * an operation's statement count stays the same as data grows), and logs failed statements and
 * those slower than LOG_SLOW_QUERY_MS with their SQL text, never their parameter values.
 */
@Injectable()
export class QueryCounter implements Logger {
  count = 0;

  constructor(private readonly logger: JsonLogger) {}

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(error: string | Error, sql: string): void {
    const code = (error as { code?: unknown }).code;
    if (isCallerCaused(code)) {
      this.logger.warn('SQL statement refused', { sql, code });
      return;
    }
    const unavailable = connectionFailure(error);
    if (unavailable) {
      this.logger.warn('SQL statement failed: database unavailable', { sql, code: unavailable });
      return;
    }
    this.logger.error('SQL statement failed', { sql, code, reason: error instanceof Error ? error.message : error });
  }

  logQuerySlow(ms: number, sql: string): void {
    this.logger.warn('Slow SQL statement', { sql, ms });
  }

  logMigration(message: string): void {
    this.logger.info(message, { context: 'migrations' });
  }

  logSchemaBuild(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message, { context: 'typeorm' });
    else this.logger.debug(message, { context: 'typeorm' });
  }
}
