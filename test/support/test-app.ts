import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { CREATE_IN_PROCESS_APP, CreateInProcessApp, InProcessApp } from './in-process-app';
import { ROOT, TEMPLATE_DATABASE } from './paths';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; fields?: string[] };
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: GraphQLError[];
  extensions?: { sqlStatements?: number };
}

export const ADMIN_EMAIL = 'admin@test.iecmhc.example';
export const ADMIN_PASSWORD = 'admin-password-for-tests';

/**
 * The app under test for one suite, on its own fresh database: `gql`/`ok` speak GraphQL to it over
 * HTTP at `baseUrl`, `db` reaches its database directly.
 */
export abstract class TestApp {
  baseUrl = '';
  /** The app's log lines (and anything else it printed), for diagnosing a failure. */
  readonly output: string[] = [];

  constructor(
    /** Direct access to the suite's database, for set-up in bulk and for checking what was written. */
    readonly db: Pool,
    readonly env: Record<string, string | undefined>,
    /** Removed on stop; undefined for an app sharing another's (startSecondApp). */
    private readonly dataDir?: string,
  ) {}

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like gql, but fails the test with the errors when there are any. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Starts the app and sets `baseUrl`. */
  abstract start(): Promise<void>;

  protected abstract shutDown(): Promise<void>;

  async stop(): Promise<void> {
    await this.db.end();
    await this.shutDown();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The app created inside this jest worker by the suites' environment (test/support/app-environment.ts). */
class InProcessTestApp extends TestApp {
  private app?: InProcessApp;

  async start(): Promise<void> {
    const create = (globalThis as Record<string, unknown>)[CREATE_IN_PROCESS_APP] as CreateInProcessApp | undefined;
    if (!create) throw new Error('startTestApp needs the app environment: run the end-to-end suites through jest (jest.config.js)');
    try {
      this.app = await create(this.env, this.output);
    } catch (error) {
      // The error comes from the worker's own realm, where `instanceof Error` does not hold.
      const detail = (error as { stack?: string } | undefined)?.stack ?? String(error);
      throw new Error(`App did not start: ${detail}\n${this.output.join('')}`);
    }
    this.baseUrl = this.app.baseUrl;
  }

  protected async shutDown(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }
}

/** The built service as its own process, `node dist/src/main.js`, for what only a process shows: signals, restarts, exit codes. */
export class TestProcess extends TestApp {
  private child?: ChildProcess;

  start(): Promise<void> {
    return this.launch();
  }

  /** Starts the process (again) on the same database and data directory. */
  async launch(extraEnv: Record<string, string> = {}): Promise<void> {
    const port = await freePort();
    this.child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      env: { ...this.env, ...extraEnv, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(this.child, this.baseUrl, this.output);
  }

  /** Stops the process with SIGTERM, as an operator would, and waits for it to exit. */
  async terminate(): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    return child.exitCode;
  }

  /** Still running: it has not exited (crashed) since it started. */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  protected async shutDown(): Promise<void> {
    await this.terminate();
  }
}

async function createSuiteDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run the suites through jest');
  const name = `suite_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Two workers copying the template at the same instant make PostgreSQL refuse one of them.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A port nothing listens on right now, for a process the test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls /health until the app answers; fails with the app's output if it exits or takes too long. */
async function waitUntilHealthy(child: ChildProcess, baseUrl: string, output: string[]): Promise<void> {
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`App exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`App did not become healthy:\n${output.join('')}`);
}

export interface SuiteOptions {
  /** A database of the suite's own (see OwnDatabase) instead of a fresh copy of the template on the shared server. */
  databaseUrl?: string;
}

/**
 * The suite's direct access to its database. An idle connection the server closes (the fault suite
 * restarts its database) is replaced on next use; unheard, its 'error' event would end the worker.
 */
function suitePool(databaseUrl: string, max: number): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max });
  pool.on('error', () => undefined);
  return pool;
}

/** The environment every suite's app gets, overridden by `env`; a fresh database (unless given) and data directory each time. */
async function suiteEnv(env: Record<string, string>, options: SuiteOptions): Promise<{ db: Pool; env: Record<string, string | undefined>; dataDir: string }> {
  const databaseUrl = options.databaseUrl ?? (await createSuiteDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-app-'));
  // The development signing key the app would otherwise generate under DATA_DIR (see the global set-up).
  const signingKey = process.env.TEST_SIGNING_KEY_PEM;
  if (signingKey) {
    mkdirSync(join(dataDir, 'signing-keys'), { mode: 0o700 });
    writeFileSync(join(dataDir, 'signing-keys', 'signing-key-test.pem'), signingKey, { mode: 0o600 });
  }
  return {
    db: suitePool(databaseUrl, 4),
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
      PUBLIC_BASE_URL: 'http://verify.test.example',
      // Every suite signs in from one address; the rate-limit suite sets its own limits.
      LOGIN_ATTEMPTS_PER_ACCOUNT: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '1000000',
      PUBLIC_REQUESTS_PER_MINUTE: '1000000',
      ...env,
    },
    dataDir,
  };
}

/**
 * Creates the app inside this jest worker, with the factory main.ts uses, on a copy of the migrated
 * template. Only the first suite in a worker pays for loading Nest; each pays for building the app.
 */
export async function startTestApp(env: Record<string, string> = {}, options: SuiteOptions = {}): Promise<TestApp> {
  const { db, env: appEnv, dataDir } = await suiteEnv(env, options);
  const app = new InProcessTestApp(db, appEnv, dataDir);
  try {
    await app.start();
  } catch (error) {
    await db.end();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return app;
}

/** Starts `node dist/src/main.js` (compiled by the global set-up) as its own process, on a copy of the migrated template. */
export async function startTestProcess(env: Record<string, string> = {}, options: SuiteOptions = {}): Promise<TestProcess> {
  const { db, env: appEnv, dataDir } = await suiteEnv(env, options);
  const app = new TestProcess(db, appEnv, dataDir);
  try {
    await app.launch();
  } catch (error) {
    await db.end();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return app;
}

/**
 * Another instance of the service beside `first`, as a second replica would run: the same
 * database and data directory (signing keys), with `env` on top of first's environment. It is its own
 * process when `asProcess` (for what two processes show), else created in this worker. Stop it before `first`.
 */
export async function startSecondApp(first: TestApp, options: { asProcess?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const env = { ...first.env, ...options.env };
  const db = suitePool(env.DATABASE_URL!, 2);
  const second = options.asProcess ? new TestProcess(db, env) : new InProcessTestApp(db, env);
  try {
    await second.start();
  } catch (error) {
    await db.end();
    throw error;
  }
  return second;
}
