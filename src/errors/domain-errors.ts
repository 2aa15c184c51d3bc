import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

/** The HTTP status the same refusal answers outside GraphQL (PDFs, pages). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Every error a client may see; the code lands in `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.extensions.code as ErrorCode];
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in with a valid access token') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** Over a rate limit: `retryAfterSeconds` says when the next attempt may succeed. */
export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts; try again later') {
    super('TOO_MANY_REQUESTS', `${message} (in ${retryAfterSeconds} s)`, { retryAfterSeconds });
  }
}

/** The database cannot be reached right now; nothing was changed and the request may be retried. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The service is briefly unavailable; nothing was changed, try again in a few seconds') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** Validation failure: `fields` names every bad field, the message says why. */
export class BadInputError extends DomainError {
  /** Each bad field's reason, for a page to show beside the field. */
  constructor(readonly reasons: Record<string, string>) {
    const message = Object.entries(reasons)
      .map(([field, reason]) => `${field}: ${reason}`)
      .join('; ');
    super('BAD_USER_INPUT', message, { fields: Object.keys(reasons) });
  }
}

/** Shorthand for the common single-field case. */
export function badInput(field: string, reason: string): BadInputError {
  return new BadInputError({ [field]: reason });
}
