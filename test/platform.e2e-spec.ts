import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './support/paths';
import { startTestProcess, TestProcess } from './support/test-app';

const run = promisify(execFile);
const MAIN = join(ROOT, 'dist/src/main.js');

/** Starts the app with a bad environment and returns how it failed. */
async function failedStart(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [MAIN], { env: { PATH: process.env.PATH!, DATA_DIR: '/tmp/iecmhc-unused', ...env }, timeout: 15000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe('configuration', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'not a url' }],
  ])('refuses to start on a bad %s and names it', async (variable, env) => {
    const { code, stderr } = await failedStart(env);
    expect(code).toBe(1);
    expect(stderr).toContain(variable);
  });
});

describe('a running service', () => {
  let app: TestProcess;

  beforeAll(async () => {
    app = await startTestProcess({ JWT_SECRET: '', DEMO_DATA: 'true' });
  });

  afterAll(() => app.stop());

  const signInDemoCoordinator = async () =>
    (await app.ok(`mutation { login(input: { email: "casey.coordinator@demo.iecmhc.example", password: "demo-password-2026" }) { accessToken } }`)).login.accessToken;

  it('reports liveness and database readiness at /health', async () => {
    const response = await fetch(`${app.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('fills an empty database with the demo program', async () => {
    const token = await signInDemoCoordinator();
    const { cohorts } = await app.ok(`{ cohorts { name capacity program { name } members { role } } }`, {}, token);
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0]).toMatchObject({ name: 'Cohort 2026-27', capacity: 40, program: { name: 'Statewide IECMHC Consultant Training' } });
    const roles = cohorts[0].members.map((member: { role: string }) => member.role);
    expect(roles.filter((role: string) => role === 'FACULTY')).toHaveLength(2);
    expect(roles.filter((role: string) => role === 'FACILITATOR')).toHaveLength(2);
    expect(roles.filter((role: string) => role === 'PARTICIPANT')).toHaveLength(12);
  });

  it('keeps its data, demo and development secret across a restart, and stops cleanly on SIGTERM', async () => {
    const token = await signInDemoCoordinator();
    const users = async () => (await app.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n;
    const before = await users();
    expect(existsSync(join(app.env.DATA_DIR!, 'secrets', 'jwt-secret'))).toBe(true);

    expect(await app.terminate()).toBe(0);
    await app.launch();

    expect(await users()).toBe(before);
    const { me } = await app.ok(`{ me { email } }`, {}, token);
    expect(me.email).toBe('casey.coordinator@demo.iecmhc.example');
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'dist/src/cli/check-migrations.js')], {
      env: { PATH: process.env.PATH!, DATABASE_URL: app.env.DATABASE_URL! },
    });
    expect(stdout).toBe('');
  });
});
