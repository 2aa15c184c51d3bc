import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { graphQLOutcome } from './graphql-outcome';

/** The id of the request being served, for every line logged while serving it. */
const servedRequest = new AsyncLocalStorage<string>();

export function currentRequestId(): string | undefined {
  return servedRequest.getStore();
}

/** A caller's own request id is kept only when it is a short plain token. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestId(request: Request, response: Response): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/** Refused sign-ins and permissions are worth watching (at warn); other client errors are routine (info). */
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Answers given on purpose that are worth watching too: refusals, and 503 (draining, or a dependency down). */
const WATCHED_STATUSES = new Set([401, 403, 503]);

function requestLevel(request: Request, response: Response): 'info' | 'warn' | 'error' {
  const { statusCode } = response;
  const codes = graphQLOutcome(request)?.errorCodes ?? [];
  if (codes.includes('INTERNAL_SERVER_ERROR') || (statusCode >= 500 && statusCode !== 503)) return 'error';
  if (WATCHED_STATUSES.has(statusCode) || codes.some((code) => REFUSAL_CODES.has(code))) return 'warn';
  return 'info';
}

/**
 * The matched route (`/verify/:code`), or the path where no controller route matched (`/graphql`).
 * A wildcard is a mount, such as this logging's own `{/*splat}`, not a route.
 */
function routeOf(request: Request): string {
  const route: unknown = request.route?.path;
  return typeof route === 'string' && !route.includes('*') ? route : request.originalUrl.split('?')[0];
}

/** What was asked, by whom, with what outcome: never a body, a header or a query string. */
function requestSummary(id: string, request: Request, response: Response, ms: number): Record<string, unknown> {
  const outcome = graphQLOutcome(request);
  return {
    reqId: id,
    method: request.method,
    route: routeOf(request),
    status: response.statusCode,
    ms,
    userId: (request as Request & { user?: { id: string } }).user?.id,
    operation: outcome?.operation,
    errors: outcome?.errorCodes.length ? outcome.errorCodes : undefined,
  };
}

function outcomeMessage(response: Response): string {
  if (!response.writableFinished) return 'request aborted';
  return response.statusCode >= 500 ? 'request errored' : 'request completed';
}

/**
 * One line per request when it ends (answered, or given up by the client), the request id in
 * `X-Request-Id`, and every line logged while serving it carrying that id as `reqId`. Nothing is
 * made per request beyond the line itself: no child logger, no copy of the request.
 */
export function requestLogging(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = Date.now();
    const id = requestId(request, response);
    const ended = () => {
      response.off('finish', ended).off('close', ended);
      logger[requestLevel(request, response)](requestSummary(id, request, response, Date.now() - started), outcomeMessage(response));
    };
    response.on('finish', ended).on('close', ended);
    servedRequest.run(id, next);
  };
}
