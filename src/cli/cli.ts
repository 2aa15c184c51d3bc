import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config';
import { openDatabaseServer } from '../database/database-server';
import { IMPORT_ROSTER_USAGE, readImportRosterArgs } from '../roster-import/import-roster-cli';

const USAGE = `Commands:\n${IMPORT_ROSTER_USAGE}\n`;

/**
 * `npm run cli -- <command> …`: the service's own modules, built as main.ts builds them (same
 * configuration and database, migrations included) but not listening; its log lines go to stderr,
 * so stdout carries only the command's report. With the embedded database, stop the service first
 * (one process owns DATA_DIR), or point DATABASE_URL at the server.
 */
async function main([command, ...args]: string[]): Promise<number> {
  if (command !== 'import-roster') {
    process.stderr.write(USAGE);
    return 1;
  }
  const parsed = readImportRosterArgs(args);
  if ('problem' in parsed) {
    process.stderr.write(`${parsed.problem}\n${IMPORT_ROSTER_USAGE}\n`);
    return 1;
  }
  const config = loadConfig();
  // Nest and pino load only now, so that a bad argument or setting is reported at once.
  const [{ JsonLogger }, { default: pino }, { createApp }, { importRosterCommand }] = await Promise.all([
    import('../logging/json-logger'),
    import('pino'),
    import('../app.factory'),
    import('../roster-import/import-roster.command'),
  ]);
  const logger = new JsonLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', pino.destination({ dest: 2, sync: true }));
  const database = await openDatabaseServer(config, logger);
  try {
    const app = await createApp(config, database.url, logger, { abortOnError: false });
    await app.init();
    try {
      return await importRosterCommand(app, parsed, { stdout: process.stdout, stderr: process.stderr });
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof ConfigError;
    process.stderr.write(`${expected ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
