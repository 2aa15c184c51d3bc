import { LoggerService } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import { RequestLogOptions, requestLogOptions } from './request-log';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Nest passes an error's stack as a string argument: `logger.error(message, stack, context)`. */
const STACK = /\n\s+at /;

/** Name, message and stack only: a database error's own properties hold the statement's parameter values. */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { type: error.name, message: error.message, stack: error.stack };
}

function rootOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
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
 * nestjs-pino keeps the request logging of the first JsonLogger of a process.
 */
export class JsonLogger implements LoggerService {
  /** The request logging LoggerModule mounts (nestjs-pino over pino-http), writing through this logger. */
  readonly requestLogOptions: RequestLogOptions;
  private readonly root: Logger;
  /** nestjs-pino's view: the current request's logger, or outside a request its process-wide root. */
  private readonly requests: PinoLogger;

  // Asynchronous: a request does not wait for its line to be written, and lines written while one is
  // in flight go out together; pino writes what is left synchronously as the process exits.
  constructor(level: LogLevel = 'info', destination: DestinationStream = pino.destination({ dest: 1, sync: false })) {
    this.root = pino(rootOptions(level), destination);
    this.requestLogOptions = requestLogOptions(this.root);
    this.requests = new PinoLogger({ pinoHttp: this.requestLogOptions });
  }

  /** Outside a request, this logger's own root, even where a process holds several (the end-to-end suites). */
  private get target(): Logger {
    const current = this.requests.logger;
    return current === PinoLogger.root ? this.root : current;
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    const fields = fieldsOf(rest);
    if (message instanceof Error) this.target[level]({ ...fields, err: message }, message.message);
    else this.target[level](fields, String(message));
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
