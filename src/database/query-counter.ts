import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { Logger } from 'typeorm';
import { JsonLogger } from '../logging/json-logger';
import { connectionFailure, isCallerCaused } from './sql-state';

/**
 * The app's TypeORM logger. Counts the SQL statements each HTTP request sends (tests and the
 * benchmark read the count to prove an operation's statement count stays the same as data grows),
 * and logs failed statements and those slower than LOG_SLOW_QUERY_MS with their SQL text, never
 * their parameter values.
 */
@Injectable()
export class QueryCounter implements Logger {
  /** The statements of the request being served; background work (jobs, sweeps) runs outside any. */
  private readonly requests = new AsyncLocalStorage<{ statements: number }>();

  constructor(private readonly logger: JsonLogger) {}

  /** Runs `next` (the rest of a request's handling) with a count of its own. */
  countRequest(next: () => void): void {
    this.requests.run({ statements: 0 }, next);
  }

  /** Statements sent so far by the request being served; undefined outside countRequest. */
  requestStatements(): number | undefined {
    return this.requests.getStore()?.statements;
  }

  logQuery(): void {
    const request = this.requests.getStore();
    if (request) request.statements += 1;
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
