import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import { currentRequestId, requestLogging } from './request-log';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Nest passes an error's stack as a string argument: `logger.error(message, stack, context)`. */
const STACK = /\n\s+at /;

/** Name, message and stack only: a database error's own properties hold the statement's parameter values. */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { type: error.name, message: error.message, stack: error.stack };
}

/** Inside an HTTP request, the request's id. */
function requestIdField(): Record<string, string> {
  const reqId = currentRequestId();
  return reqId === undefined ? {} : { reqId };
}

function rootOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    mixin: requestIdField,
  };
}

/** Nest's trailing arguments (a context name, a stack) and ours (one object of fields) as one set of fields. */
function fieldsOf(rest: unknown[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const value of rest) {
    if (typeof value === 'string') fields[STACK.test(value) ? 'stack' : 'context'] = value;
    else if (value && typeof value === 'object') Object.assign(fields, value);
  }
  return fields;
}

/**
 * The service's logger: one JSON object per line (pino), on stdout unless given another
 * destination. Inside an HTTP request every line carries the request's id. Callers pass a message
 * and metadata (ids, codes, durations, an `err`), never bodies, tokens or passwords.
 */
export class JsonLogger implements LoggerService {
  /** The middleware writing a line per HTTP request through this logger (LoggingModule mounts it). */
  readonly requestLog: ReturnType<typeof requestLogging>;
  private readonly root: Logger;

  // Asynchronous: a request does not wait for its line to be written, and lines written while one is
  // in flight go out together; pino writes what is left synchronously as the process exits.
  constructor(level: LogLevel = 'info', destination: DestinationStream = pino.destination({ dest: 1, sync: false })) {
    this.root = pino(rootOptions(level), destination);
    this.requestLog = requestLogging(this.root);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    const fields = fieldsOf(rest);
    if (message instanceof Error) this.root[level]({ ...fields, err: message }, message.message);
    else this.root[level](fields, String(message));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  info(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
}
