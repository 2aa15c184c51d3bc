import { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptSecretFile } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { spawnNode, stopChild, waitUntilHealthy } from './processes';

/** Where one run keeps everything: the app's DATA_DIR (its embedded PostgreSQL inside), the ports and the production secrets. */
export interface Workspace {
  root: string;
  dataDir: string;
  port: number;
  databasePort: number;
  secrets: ProductionSecrets;
}

/** What NODE_ENV=production requires of the operator, made once per run. */
export interface ProductionSecrets {
  jwtSecret: string;
  credentialSigningKeyPem: string;
}

export function productionSecrets(): ProductionSecrets {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { jwtSecret: randomBytes(48).toString('base64url'), credentialSigningKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export interface RunningApp {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** From spawning `node dist/src/main.js` to the first 200 of /health (the database answered). */
  startMs: number;
}

/** The administrator the app creates on its first start, who issues the certificates. */
export const BENCH_ADMIN = { email: 'bench.admin@bench.iecmhc.example', password: 'bench-admin-password-long-enough' };

const DATABASE_NAME = 'iecmhc';

/**
 * A production deployment's settings (graphql-js and Apollo run their production paths), but for
 * two: the load comes from one address, and responses carry their statement counts.
 */
function appEnvironment(workspace: Workspace): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: workspace.secrets.jwtSecret,
    CREDENTIAL_SIGNING_KEY: workspace.secrets.credentialSigningKeyPem,
    PUBLIC_BASE_URL: `http://127.0.0.1:${workspace.port}`,
    PORT: String(workspace.port),
    DATA_DIR: workspace.dataDir,
    EMBEDDED_DATABASE_PORT: String(workspace.databasePort),
    DEMO_DATA: 'false',
    BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    PUBLIC_REQUESTS_PER_MINUTE: '1000000',
    EXPOSE_SQL_STATEMENT_COUNT: 'true',
  };
}

/**
 * Starts the built app as a user does (`node dist/src/main.js`); the first start also initialises the
 * database and migrates it. `nodeOptions` go before the script (e.g. `--cpu-prof`).
 */
export async function startApp(workspace: Workspace, nodeOptions: string[] = []): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${workspace.port}`;
  const started = performance.now();
  const child = spawnNode(join(workspace.root, 'dist/src/main.js'), appEnvironment(workspace), workspace.root, nodeOptions);
  try {
    await waitUntilHealthy(child, `${baseUrl}/health`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { child, pid: child.pid!, baseUrl, startMs: performance.now() - started };
}

export function stopApp(app: RunningApp): Promise<void> {
  return stopChild(app.child);
}

/** The app's own database, with the password the app generated for its embedded server. */
export function databaseUrl(workspace: Workspace): string {
  const password = readFileSync(keptSecretFile(workspace.dataDir, 'embedded-database-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${workspace.databasePort}/${DATABASE_NAME}`;
}

/** The app's connection pool size, read from its one DataSource definition so the floor always gets the same. */
export function appPoolSize(): number {
  const { max } = (dataSourceOptions('postgres://pool-size', []) as { extra?: { max?: number } }).extra ?? {};
  if (!max) throw new Error('The app sets no pool size (extra.max)');
  return max;
}
