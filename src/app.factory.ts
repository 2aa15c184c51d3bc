import { NestFactory } from '@nestjs/core';
import { NestApplicationOptions } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { AppConfig, frameAncestorSources } from './config/app-config';
import { QueryCounter } from './database/query-counter';
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
  // Client addresses (rate limits) come from X-Forwarded-For only as far as our own proxies wrote it.
  app.set('trust proxy', config.trustProxyHops);
  // No hash of every answer: GraphQL answers POSTs, pages are not stored, PDFs carry their own ETag.
  app.set('etag', false);
  // First, so that every answer carries them, even one refused before a route is reached.
  app.use(securityHeaders(config));
  // Journal bodies reach 100,000 characters, and a roster's CSV (importRoster) 2 MB; room beyond that lets
  // an oversized roster reach the import, which names the limit, instead of a bare 413.
  app.useBodyParser('json', { limit: '12mb' });
  // The web app's forms.
  app.useBodyParser('urlencoded', { extended: false, limit: '2mb' });
  // Entered once the body is read: entered before, the count made each request's objects outlive
  // young collections (3 MB promoted per scavenge under the verification load, against 6 KB from here).
  if (config.exposeStatementCounts) {
    const counter = app.get(QueryCounter);
    app.use((_request: unknown, _response: unknown, next: () => void) => counter.countRequest(next));
  }
  // Closed unless CORS_ORIGINS names the front ends; tokens travel in a header, never in cookies.
  // A front end may read the request id, to quote it when reporting a problem.
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600, exposedHeaders: ['X-Request-Id'] });
  }
  return app;
}

/**
 * The headers on every answer: nothing sniffed, referred, or framed except by FRAME_ANCESTORS (an
 * LMS); JSON and PDFs may load nothing; browsers keep to HTTPS once the service is public over it.
 * A page that needs more (the verify page, the IDE, PDFs' sandbox) sets its own policy, which replaces this one.
 */
function securityHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: frameAncestorSources(config),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Only the service's own host: its parent domain's other sites are not ours to hold to HTTPS.
    strictTransportSecurity: new URL(config.publicBaseUrl).protocol === 'https:' ? { includeSubDomains: false } : false,
    // Older browsers know only X-Frame-Options, which cannot name an LMS: it stays for the default, 'none'.
    xFrameOptions: config.frameAncestors.length ? false : { action: 'deny' },
  });
}
