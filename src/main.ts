import 'reflect-metadata';
import { createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { DatabaseServer, openDatabaseServer } from './database/database-server';
import type { RequestDrain } from './health/request-drain';
import type { JsonLogger } from './logging/json-logger';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** One JSON line on stderr: the cause, and for an unexpected error its stack. */
function reportStartupFailure(error: unknown): never {
  const expected = error instanceof ConfigError;
  const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
  const line = { time: new Date().toISOString(), level: 'fatal', msg: `Start-up failed: ${message}`, ...(expected ? {} : { stack }) };
  process.stderr.write(`${JSON.stringify(line)}\n`);
  process.exit(1);
}

function portError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new ConfigError(`PORT ${port} is already in use: stop what listens there or set PORT to a free port`);
  if (code === 'EACCES') return new ConfigError(`PORT ${port} needs privileges this process does not have: choose a port above 1023`);
  return error;
}

/** Binds PORT and lets it go before anything slow starts, so a busy port is reported at once and nothing claims to have started. */
async function checkPortFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, resolve);
  }).catch((error: unknown) => {
    throw portError(error, port);
  });
  await new Promise((resolve) => probe.close(resolve));
}

/** Readiness turns 503, requests in flight finish (up to SHUTDOWN_GRACE_SECONDS), then the app, its pool and the database close. */
async function stopGracefully(service: Service, database: DatabaseServer, config: AppConfig, logger: JsonLogger, signal: string) {
  const { app, drain } = service;
  logger.info('Stopping: finishing the requests in flight', { signal, graceSeconds: config.shutdownGraceSeconds });
  const unfinished = await drain.drain(config.shutdownGraceSeconds * 1000);
  if (unfinished) {
    logger.warn('Grace period over: closing the requests still in flight', { requests: unfinished });
    app.getHttpServer().closeAllConnections();
  }
  await app.close();
  await database.stop();
  logger.info('Stopped', { signal });
}

interface Service {
  app: NestExpressApplication;
  drain: RequestDrain;
}

/** Builds the app and binds PORT. */
async function startService(config: AppConfig, databaseUrl: string, logger: JsonLogger): Promise<Service> {
  const [{ createApp }, { RequestDrain }] = await Promise.all([import('./app.factory'), import('./health/request-drain')]);
  const app = await createApp(config, databaseUrl, logger, { abortOnError: false });
  await app.listen(config.port).catch((error: unknown) => {
    throw portError(error, config.port);
  });
  return { app, drain: app.get(RequestDrain) };
}

async function main(): Promise<void> {
  const config = loadConfig();
  await checkPortFree(config.port);
  // Nest and pino load only now (half a second), so that a bad setting or a busy port is reported at once.
  const { JsonLogger } = await import('./logging/json-logger');
  const logger = new JsonLogger(config.logLevel);
  // Until the service runs, a signal just ends the process (the embedded database stops with it);
  // a stop that was asked for is not a failure.
  let stop: (signal: string) => void = (signal) => {
    logger.info('Stopped during start-up', { signal });
    process.exit(0);
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, () => stop(signal));

  const database = await openDatabaseServer(config, logger);
  const service = await startService(config, database.url, logger).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });

  stop = (signal) => {
    stop = () => undefined; // a second signal does not start a second shutdown
    stopGracefully(service, database, config, logger, signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('Shutdown failed', { err: error });
        process.exit(1);
      },
    );
  };
  const { port } = service.app.getHttpServer().address() as { port: number };
  logger.info('Listening', { port, url: `http://localhost:${port}/graphql` });
}

main().catch(reportStartupFailure);
