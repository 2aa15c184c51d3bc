import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { demoPassword, signInAdmin, SignedIn } from './support/factories';
import { ROOT } from './support/paths';
import { ADMIN_EMAIL, freePort, startTestApp, TestApp } from './support/test-app';

interface LogLine {
  level: string;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SLOW_QUERY_MS = 300;
const LMS = 'https://lms.example.org';

function parseLines(text: string): LogLine[] {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine);
}

/**
 * The app's lines from `mark` (an earlier `app.output.length`) on, once a request line is among them:
 * it comes when the response has finished, which can be just after the client has read it.
 */
async function linesSince(app: TestApp, mark: number): Promise<LogLine[]> {
  for (let waited = 0; waited < 2000; waited += 20) {
    const lines = parseLines(app.output.slice(mark).join(''));
    if (lines.some((line) => 'status' in line)) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No request line:\n${app.output.slice(mark).join('')}`);
}

async function post(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: response.headers.get('x-request-id')!, body: await response.text() };
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const COHORTS = `query Cohorts($programId: ID) { cohorts(programId: $programId) { id } }`;

describe('logs', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'info', LOG_SLOW_QUERY_MS: String(SLOW_QUERY_MS), CORS_ORIGINS: LMS });
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  it('answers with an X-Request-Id: a short token the caller sent, otherwise a new UUID', async () => {
    const login = { input: { email: ADMIN_EMAIL, password: 'whatever-it-is' } };
    expect((await post(app.baseUrl, LOGIN, login, undefined, { 'x-request-id': 'lms-7f3a.2' })).requestId).toBe('lms-7f3a.2');
    expect((await post(app.baseUrl, LOGIN, login, undefined, { 'x-request-id': 'x'.repeat(200) })).requestId).toMatch(UUID);
    expect((await post(app.baseUrl, LOGIN, login, undefined, { 'x-request-id': '"}, {"level":"error' })).requestId).toMatch(UUID);
    expect((await post(app.baseUrl, LOGIN, login)).requestId).toMatch(UUID);
  });

  it('lets a front end on a CORS_ORIGINS origin read the request id', async () => {
    const response = await fetch(`${app.baseUrl}/health`, { headers: { origin: LMS } });
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
  });

  it('logs a wrong password as one refused request at warn: no error line, no password', async () => {
    const password = `wrong-${randomUUID()}`;
    const mark = app.output.length;
    const { requestId } = await post(app.baseUrl, LOGIN, { input: { email: ADMIN_EMAIL, password } });

    const lines = await linesSince(app, mark);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(lines.filter((line) => 'status' in line)).toEqual([
      expect.objectContaining({ level: 'warn', reqId: requestId, method: 'POST', route: '/graphql', status: 200, errors: ['UNAUTHENTICATED'] }),
    ]);
    expect(app.output.join('')).not.toContain(password);
  });

  it('logs a real error at error with its stack, the SQL but not its values, every line with the request id; the client gets no detail', async () => {
    const programId = randomUUID();
    await app.db.query('ALTER TABLE cohort RENAME TO cohort_moved_away');
    const mark = app.output.length;
    let response: Awaited<ReturnType<typeof post>>;
    try {
      response = await post(app.baseUrl, COHORTS, { programId }, admin.token);
    } finally {
      await app.db.query('ALTER TABLE cohort_moved_away RENAME TO cohort');
    }

    expect(JSON.parse(response.body).errors).toEqual([{ message: 'Internal server error', path: ['cohorts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const lines = await linesSince(app, mark);
    expect(lines.map((line) => line.reqId)).toEqual(lines.map(() => response.requestId));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', msg: 'SQL statement failed', code: '42P01', sql: expect.stringContaining('cohort') }),
        expect.objectContaining({
          level: 'error',
          msg: 'GraphQL operation failed',
          path: ['cohorts'],
          err: expect.objectContaining({ type: 'QueryFailedError', stack: expect.stringMatching(/relation "cohort" does not exist\n\s+at /) }),
        }),
        expect.objectContaining({ level: 'error', status: 200, operation: 'Cohorts', errors: ['INTERNAL_SERVER_ERROR'], userId: admin.id }),
      ]),
    );
    expect(JSON.stringify(lines)).not.toContain(programId);
  });

  it('logs a statement slower than LOG_SLOW_QUERY_MS with its SQL, not its values, under the request id', async () => {
    const programId = randomUUID();
    const blocker = await app.db.connect();
    const mark = app.output.length;
    let response: Awaited<ReturnType<typeof post>>;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE cohort IN ACCESS EXCLUSIVE MODE');
      const request = post(app.baseUrl, COHORTS, { programId }, admin.token);
      await new Promise((resolve) => setTimeout(resolve, SLOW_QUERY_MS + 200));
      await blocker.query('COMMIT');
      response = await request;
    } finally {
      blocker.release();
    }

    const lines = await linesSince(app, mark);
    const slow = lines.filter((line) => line.msg === 'Slow SQL statement');
    expect(slow).toEqual([expect.objectContaining({ level: 'warn', reqId: response.requestId, sql: expect.stringContaining('cohort'), ms: expect.any(Number) })]);
    expect(slow[0].ms).toBeGreaterThan(SLOW_QUERY_MS);
    expect(JSON.stringify(lines)).not.toContain(programId);
  });

  it.each([
    ['/health', '/health', 200],
    ['/verify/NOSUCHCODE', '/verify/:code', 404],
  ])('gives %s one request line with its route, status and duration', async (path, route, status) => {
    const mark = app.output.length;
    const response = await fetch(`${app.baseUrl}${path}`);
    expect(response.status).toBe(status);

    const lines = await linesSince(app, mark);
    expect(lines.filter((line) => 'status' in line)).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request completed', reqId: response.headers.get('x-request-id'), method: 'GET', route, status, ms: expect.any(Number) }),
    ]);
  });

  it('logs a request its client gave up on before the answer as aborted, once', async () => {
    // A lock on the users table holds a sign-in in flight until the client has gone.
    const lock = await app.db.connect();
    const mark = app.output.length;
    const requestId = `aborted-${randomUUID()}`;
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE');
      const client = new AbortController();
      const login = { input: { email: ADMIN_EMAIL, password: 'whatever-it-is' } };
      const inFlight = fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query: LOGIN, variables: login }),
        signal: client.signal,
      });
      for (let waited = 0; waited < 5000; waited += 20) {
        const { rows } = await app.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      client.abort();
      await expect(inFlight).rejects.toThrow();
    } finally {
      await lock.query('ROLLBACK');
      lock.release();
    }

    const lines = (await linesSince(app, mark)).filter((line) => line.reqId === requestId && 'status' in line);
    expect(lines).toEqual([expect.objectContaining({ msg: 'request aborted', method: 'POST', route: '/graphql', ms: expect.any(Number) })]);
  });

  it('writes nothing but JSON lines to stdout when run as a service with the demo, which signs in on stderr', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The built service as `npm start` runs it, on this suite's database, logging everything.
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      env: { ...app.env, DEMO_DATA: 'true', LOG_LEVEL: 'debug', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    const stderr: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = once(child, 'exit');
    try {
      await untilServing(baseUrl, child);
      const password = `wrong-${randomUUID()}`;
      await post(baseUrl, LOGIN, { input: { email: 'casey.coordinator@demo.iecmhc.example', password } });
      await fetch(`${baseUrl}/verify/NOSUCHCODE`);
      child.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);

      const lines = stdout.join('').split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.filter((line) => !isJson(line))).toEqual([]);
      const logged = parseLines(stdout.join(''));
      expect(logged.filter((line) => 'status' in line).map((line) => line.route)).toEqual(expect.arrayContaining(['/health', '/graphql', '/verify/:code']));
      expect(logged.filter((line) => line.level === 'error')).toEqual([]);
      expect(stdout.join('')).not.toContain(password);
      expect(stderr.join('')).toContain('casey.coordinator@demo.iecmhc.example');
      expect(stderr.join('')).toContain(demoPassword(app));
      expect(stdout.join('')).not.toContain(demoPassword(app));
    } finally {
      child.kill('SIGKILL');
    }
  });
});

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

async function untilServing(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 30000 && child.exitCode === null; waited += 100) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The service did not start at ${baseUrl}`);
}
