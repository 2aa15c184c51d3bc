import { NestFactory } from '@nestjs/core';
import { NestApplicationOptions } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { JsonLogger } from './logging/json-logger';

/**
 * Builds the HTTP app on an already running database, not yet listening. main.ts and the
 * end-to-end tests both build it here: the tests create it inside the jest worker (through
 * test/support/app-environment.ts), and pass `abortOnError: false` so a failed start rejects
 * instead of ending the process.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: JsonLogger,
  options: Pick<NestApplicationOptions, 'abortOnError'> = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, logger), {
    logger,
    bodyParser: false,
    ...options,
  });
  // Journal bodies reach 100,000 characters; Express's default 100 kB limit is too small.
  app.useBodyParser('json', { limit: '2mb' });
  // Closed unless CORS_ORIGINS names the front ends; tokens travel in a header, never in cookies.
  // A front end may read the request id, to quote it when reporting a problem.
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600, exposedHeaders: ['X-Request-Id'] });
  }
  return app;
}
