import { AppConfig } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'iecmhc';

/** DATABASE_URL when given; otherwise the embedded server, its files kept under DATA_DIR. */
export async function openDatabaseServer(config: AppConfig, logger: JsonLogger): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedDatabasePort,
    onLog: (message) => logger.debug(message, { context: 'embedded-postgres' }),
  });
  await ensureDatabase(server.url('postgres'), DATABASE_NAME);
  logger.info('Embedded PostgreSQL started', { dataDir: config.dataDir, port: config.embeddedDatabasePort });
  return { url: server.url(DATABASE_NAME), stop: () => server.stop() };
}
