import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { TooManyRequestsError } from '../errors/domain-errors';

/** Pages over a limit answer 429 with Retry-After and one line of text; GraphQL keeps its TOO_MANY_REQUESTS error. */
@Catch(TooManyRequestsError)
export class TooManyRequestsPageFilter implements ExceptionFilter {
  catch(error: TooManyRequestsError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const seconds = Number(error.extensions.retryAfterSeconds);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(429)
      .set({ 'retry-after': String(seconds), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
      .type('text/plain')
      .send(`Too many requests from your address; try again in ${seconds} seconds.\n`);
  }
}
