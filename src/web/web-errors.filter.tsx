import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError } from '../errors/domain-errors';
import { JsonLogger } from '../logging/json-logger';
import { Layout } from './layout';
import { t } from './messages';
import { sendPage } from './page';
import { CsrfRefused, SignInRequired } from './web-errors';
import { PageRequest } from './web-session.guard';

/** A page that cannot be shown says why, in the layout, with the status a browser and a test expect. */
@Catch()
@Injectable()
export class WebErrorsFilter implements ExceptionFilter {
  constructor(
    private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<PageRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof SignInRequired) {
      const back = request.method === 'GET' ? `?next=${encodeURIComponent(request.originalUrl)}` : '';
      return response.redirect(303, `/${back}`);
    }
    const [status, message] = this.explained(error);
    sendPage(
      response,
      this.config,
      <Layout title={t('error.title')} viewer={request.viewer}>
        <p role="alert">{message}</p>
      </Layout>,
      status,
    );
  }

  private explained(error: unknown): [number, string] {
    if (error instanceof CsrfRefused) return [403, t('error.csrf')];
    if (error instanceof NotFoundError) return [404, t('error.notFound')];
    // A page that did not show a refusal beside its field still says why, never "something went wrong".
    if (error instanceof ForbiddenError || error instanceof TooManyRequestsError || error instanceof BadInputError || error instanceof ConflictError) {
      return [error.httpStatus, error.message];
    }
    this.logger.error('Page failed', { err: error });
    return [500, t('error.title')];
  }
}
