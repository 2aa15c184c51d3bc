import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { Response } from 'express';
import { connectionFailure } from '../database/sql-state';
import { DomainError } from '../errors/domain-errors';
import { JsonLogger } from './json-logger';

/** Seconds a page tells its client to wait while the database is unreachable. */
const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * Nest logs every exception a resolver throws at `error`, refusals included (a wrong password,
 * FORBIDDEN, validation). GraphQL errors go on to Apollo unlogged instead: its formatError logs the
 * real ones, once, with their stack. Other requests keep Nest's handling, except that a lost
 * database answers 503 with Retry-After, as GraphQL answers SERVICE_UNAVAILABLE, and a refusal
 * (a DomainError) answers its HTTP status with its message.
 */
@Catch()
export class GraphQLErrorsUnlogged extends BaseExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost.httpAdapter);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    if (exception instanceof DomainError) return refuse(host.switchToHttp().getResponse<Response>(), exception);
    const unavailable = connectionFailure(exception);
    if (!unavailable) return super.catch(exception, host);
    this.logger.warn('Database unavailable', { code: unavailable });
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(503)
      .set('Retry-After', String(UNAVAILABLE_RETRY_SECONDS))
      .type('text/plain')
      .send('The service is briefly unavailable; try again in a few seconds.');
  }
}

function refuse(response: Response, error: DomainError): void {
  response.status(error.httpStatus).type('text/plain').send(error.message);
}
