import { GraphQLFormattedError } from 'graphql';
import { connectionFailure, isCallerCaused } from '../database/sql-state';
import { JsonLogger } from '../logging/json-logger';
import { ServiceUnavailableError } from './domain-errors';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo reports bad variables as `... at "input.email"`, and a missing or unknown field of an input
 * object as `Field "title" of required type …` / `Field "x" is not defined by type …`; name that
 * field like our own errors do (without the argument's name: `email`, `rubric.title`).
 */
export function fieldsFromMessage(message: string): string[] | undefined {
  const at = /at "(?:\w+\.)?([\w.[\]]+)"/.exec(message)?.[1];
  // Greedy up to the message's end: a key may itself contain quotes.
  const named = /Field "(.*)" (?:of required type "[^"]*" was not provided|is not defined by type "[^"]*")\./.exec(message)?.[1];
  if (named !== undefined) return [at ? `${at}.${named}` : named];
  if (at) return [at];
  const variable = /Variable "\$(\w+)"/.exec(message)?.[1];
  return variable ? [variable] : undefined;
}

/** The one place errors are shaped for clients: known codes pass, anything else is logged with its stack and hidden. */
export function formatError(logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      const extensions: Record<string, unknown> = { code };
      const fields = formatted.extensions?.fields ?? (code === 'BAD_USER_INPUT' ? fieldsFromMessage(formatted.message) : undefined);
      if (fields) extensions.fields = fields;
      if (formatted.extensions?.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = formatted.extensions.retryAfterSeconds;
      // A duplicate account names the one that exists (only admins create accounts).
      if (formatted.extensions?.userId !== undefined) extensions.userId = formatted.extensions.userId;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const unavailable = connectionFailure(original);
    if (unavailable) {
      // An outage, not a fault of this code: a warning with the code only, no stack and no message.
      logger.warn('Database unavailable', { code: unavailable, path: formatted.path });
      return { message: new ServiceUnavailableError().message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const databaseCode = (original as { driverError?: { code?: string } })?.driverError?.code;
    // Safety nets: a value that slipped past validation is still the caller's input, and not logged.
    if (databaseCode === '23505') {
      return { message: 'This record already exists', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    if (isCallerCaused(databaseCode)) {
      return { message: 'A value has the wrong format, is out of range or refers to nothing', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error('GraphQL operation failed', { err: original, path: formatted.path });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
