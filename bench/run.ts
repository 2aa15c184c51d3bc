import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * `npm run bench`: starts the built app on a throw-away embedded PostgreSQL, makes 1,000
 * participants of one cohort eligible, and times `issueCertificates` (signing included).
 */
const PARTICIPANTS = 1000;
const TARGET_MS = 10_000;
const ADMIN = { email: 'bench.admin@bench.iecmhc.example', password: 'bench-password-long-enough' };
const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-bench-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as its own user inside it
  const [port, databasePort] = [await freePort(), await freePort()];
  const app = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(databasePort),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${databasePort}/iecmhc` });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(app, baseUrl);
    await db.connect();
    const gql = graphql(baseUrl);
    const { login } = await gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: ADMIN });
    const token: string = login.accessToken;
    const cohortId = await eligibleCohort(gql, token, db);

    const started = performance.now();
    const { issueCertificates } = await gql(
      `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued alreadyHeld notEligible } }`,
      { cohortId },
      token,
    );
    const elapsed = performance.now() - started;
    process.stdout.write(
      `issueCertificates: ${issueCertificates.issued} certificates issued (signed, audited) in ${(elapsed / 1000).toFixed(2)} s ` +
        `(target ≤ ${TARGET_MS / 1000} s)\n`,
    );
    if (issueCertificates.issued !== PARTICIPANTS) throw new Error(`Expected ${PARTICIPANTS} certificates`);
    if (elapsed > TARGET_MS) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    await stop(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Gql = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<any>;

function graphql(baseUrl: string): Gql {
  return async (query, variables = {}, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** A cohort of 1,000 participants who all attended its one CE-eligible seminar, the only requirement. */
async function eligibleCohort(gql: Gql, token: string, db: Client): Promise<string> {
  const { createProgram } = await gql(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    { input: { name: 'Benchmark IECMHC Program' } }, token);
  const { createCohort } = await gql(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    { input: { programId: createProgram.id, name: 'Benchmark cohort', startsOn: '2026-01-05', endsOn: '2026-12-18', capacity: PARTICIPANTS } },
    token);
  const cohortId: string = createCohort.id;
  await gql(`mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`,
    { input: { cohortId, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 1 } }, token);
  await db.query(
    `WITH people AS (
       INSERT INTO app_user (email, full_name, password_hash, credentials)
       SELECT 'bench.' || n || '@bench.iecmhc.example', 'Bench Participant ' || n, 'not-a-usable-hash',
              CASE WHEN n % 2 = 0 THEN '{LCSW}'::text[] ELSE '{}'::text[] END
       FROM generate_series(1, $2::int) AS n RETURNING id
     ), enrolled AS (
       INSERT INTO enrollment (cohort_id, user_id, role) SELECT $1, id, 'PARTICIPANT' FROM people RETURNING user_id
     ), seminar AS (
       INSERT INTO session (cohort_id, kind, title, starts_at, duration_minutes, ce_eligible)
       VALUES ($1, 'FACULTY_SEMINAR', 'Benchmark seminar', '2026-03-03T17:00:00Z', 150, true) RETURNING id
     )
     INSERT INTO attendance (session_id, user_id, status, minutes_attended)
     SELECT seminar.id, enrolled.user_id, 'PRESENT', 150 FROM seminar, enrolled`,
    [cohortId, PARTICIPANTS],
  );
  await gql(`mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
    { input: { cohortId, board: 'Fictional Board of Behavioral Sciences', approvalNumber: 'BENCH-0001' } }, token);
  return cohortId;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilHealthy(app: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited with ${app.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error('The app did not become healthy within 60 s');
}

async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null) return;
  const exited = new Promise((done) => app.once('exit', done));
  app.kill('SIGTERM');
  await exited;
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
