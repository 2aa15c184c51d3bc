import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { graphQLOutcome } from './graphql-outcome';

export type RequestLogOptions = Options<Request, Response>;

/** A caller's own request id is kept only when it is a short plain token. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/** Refused sign-ins and permissions are worth watching (at warn); other client errors are routine (info). */
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Answers given on purpose that are worth watching too: refusals, and 503 (draining, or a dependency down). */
const WATCHED_STATUSES = new Set([401, 403, 503]);

function requestLevel(request: Request, response: Response, error?: Error): 'info' | 'warn' | 'error' {
  const { statusCode } = response;
  const codes = graphQLOutcome(request)?.errorCodes ?? [];
  if (error || codes.includes('INTERNAL_SERVER_ERROR') || (statusCode >= 500 && statusCode !== 503)) return 'error';
  if (WATCHED_STATUSES.has(statusCode) || codes.some((code) => REFUSAL_CODES.has(code))) return 'warn';
  return 'info';
}

/**
 * The matched route (`/verify/:code`), or the path where no controller route matched (`/graphql`).
 * A wildcard is a mount, such as the request logging's own `{/*splat}`, not a route.
 */
function routeOf(request: Request): string {
  const route: unknown = request.route?.path;
  return typeof route === 'string' && !route.includes('*') ? route : request.originalUrl.split('?')[0];
}

/** What was asked, by whom, with what outcome: never a body, a header or a query string. */
function requestSummary(request: Request, response: Response, ms: number): Record<string, unknown> {
  const outcome = graphQLOutcome(request);
  return {
    method: request.method,
    route: routeOf(request),
    status: response.statusCode,
    ms,
    userId: (request as Request & { user?: { id: string } }).user?.id,
    operation: outcome?.operation,
    errors: outcome?.errorCodes.length ? outcome.errorCodes : undefined,
  };
}

/**
 * pino-http's options: one line per request when it ends, the request id in `X-Request-Id`, and
 * every line logged while serving it carrying that id as `reqId`.
 */
export function requestLogOptions(logger: Logger): RequestLogOptions {
  return {
    logger,
    genReqId: requestId,
    // The request's own lines carry its id only, not its headers.
    quietReqLogger: true,
    quietResLogger: true,
    // The root's error serializer stays in force; the request is never logged whole.
    wrapSerializers: false,
    serializers: { req: (request: Request) => ({ method: request.method }) },
    customLogLevel: requestLevel,
    customSuccessObject: (request, response, value: { responseTime: number }) => requestSummary(request, response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) => requestSummary(request, response, value.responseTime),
  };
}
