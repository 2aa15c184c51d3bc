import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Nest logs every exception a resolver throws at `error`, refusals included (a wrong password,
 * FORBIDDEN, validation). GraphQL errors go on to Apollo unlogged instead: its formatError logs the
 * real ones, once, with their stack. Other requests keep Nest's handling.
 */
@Catch()
export class GraphQLErrorsUnlogged extends BaseExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
