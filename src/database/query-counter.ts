import { Logger } from 'typeorm';

/**
 * Counts the SQL statements the app sends. Tests read it to prove an operation's
 * statement count stays the same as data grows; it never logs the SQL itself.
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
