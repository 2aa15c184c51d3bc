import { Client } from 'pg';
import { AppConfig, ConfigError } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'iecmhc';
const CONNECT_TIMEOUT_MS = 10_000;

/** Where DATABASE_URL points, without its password. */
function describeUrl(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

function reason(error: unknown): string {
  const { message, code } = error as { message?: string; code?: string };
  return message || code || String(error);
}

/** Connects once before anything else starts, so an unreachable database is reported as such. */
async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
  } catch (error) {
    throw new ConfigError(`DATABASE_URL: cannot connect to PostgreSQL at ${describeUrl(url)}: ${reason(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL when given; otherwise the embedded server, its files kept under DATA_DIR. */
export async function openDatabaseServer(config: AppConfig, logger: JsonLogger): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    await checkReachable(config.databaseUrl);
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedDatabasePort,
    onLog: (message) => logger.debug(message, { context: 'embedded-postgres' }),
  }).catch((error: unknown) => {
    throw new ConfigError(
      `The embedded PostgreSQL (DATA_DIR=${config.dataDir}, EMBEDDED_DATABASE_PORT=${config.embeddedDatabasePort}) did not start: ${reason(error)}`,
    );
  });
  try {
    await ensureDatabase(server.url('postgres'), DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  logger.info('Embedded PostgreSQL started', { dataDir: config.dataDir, port: config.embeddedDatabasePort });
  return { url: server.url(DATABASE_NAME), stop: () => server.stop() };
}
