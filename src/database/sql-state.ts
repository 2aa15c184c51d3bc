import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/**
 * PostgreSQL data exceptions (22…) and integrity violations (23…) come from the values a caller
 * sent: they are client errors, and their messages may quote the value, so they are never logged.
 */
export function isCallerCaused(sqlState: unknown): boolean {
  return typeof sqlState === 'string' && /^2[23]/.test(sqlState);
}

/** Connection exceptions (08…), a server shutting down, crashed or still starting (57P01-57P03), or out of connections (53300). */
const UNAVAILABLE_STATES = /^(08|57P0[123]$|53300$)/;

/** Socket errors of a server that cannot be reached, or went away mid-conversation. */
const UNREACHABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What node-postgres and its pool say, without a code, when a connection closed or could not be had in time. */
const LOST_CONNECTION_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Why a database call failed when the database itself could not be reached (down, restarting,
 * unreachable, out of connections), not because of the statement: the request may simply be
 * retried. Returns the SQLSTATE or socket code (or 'connection lost'), or undefined for any other
 * failure. TypeORM wraps the driver's error in `driverError`; pool errors come unwrapped.
 */
export function connectionFailure(error: unknown): string | undefined {
  const driverError = (error as { driverError?: unknown } | undefined)?.driverError ?? error;
  const { code, message } = (driverError ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNREACHABLE_SOCKET.has(code))) return code;
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message)) return 'connection lost';
  // The server ended a session mid-transaction: its 'error' event released the connection, and the
  // transaction's next statement is refused with this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return 'connection lost';
  return undefined;
}
