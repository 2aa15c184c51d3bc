import { LoggerService } from '@nestjs/common';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/**
 * One JSON object per line on stdout. Callers pass only metadata (ids, codes, durations):
 * never request bodies, tokens or passwords.
 */
export class JsonLogger implements LoggerService {
  private readonly minimum: number;

  constructor(level: Level = 'info') {
    this.minimum = LEVELS.indexOf(level);
  }

  private write(level: Level, message: unknown, fields: Record<string, unknown> = {}): void {
    if (LEVELS.indexOf(level) < this.minimum) return;
    const line = { time: new Date().toISOString(), level, msg: String(message), ...fields };
    process.stdout.write(JSON.stringify(line) + '\n');
  }

  private static context(rest: unknown[]): Record<string, unknown> {
    const last = rest[rest.length - 1];
    if (typeof last === 'string') return { context: last };
    if (last && typeof last === 'object') return last as Record<string, unknown>;
    return {};
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, JsonLogger.context(rest));
  }

  info(message: string, fields?: Record<string, unknown>): void {
    this.write('info', message, fields);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, JsonLogger.context(rest));
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, JsonLogger.context(rest));
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, JsonLogger.context(rest));
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, JsonLogger.context(rest));
  }
}
