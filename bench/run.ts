import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appPoolSize, BENCH_ADMIN, databaseUrl, productionSecrets, RunningApp, startApp, stopApp, Workspace } from './app-process';
import { graphqlClient, logIn, signInToPages } from './clients';
import { generateData, GeneratedData } from './data';
import { Figures } from './figures';
import { ComparisonServer, SharedDatabase, startCeiling, startFloor, stopServer } from './comparison-servers';
import { measureIssue } from './issue-certificates';
import { currentLoad, describeMachine } from './machine';
import { freePort } from './processes';
import { results, writeResults } from './report';
import { profileVerify } from './profile-verify';
import { BenchSettings, scaleFromArguments, settingsFor } from './settings';
import { measureCohortProgress, measureGradingQueue, measurePage, measureProgress } from './signed-in-reads';
import { median } from './stats';
import { measureVerify, VerifyFigures } from './verify-load';

/**
 * `npm run bench [-- --scale small] [--profile] [--keep]`: the service at statewide scale, side by side with
 * a raw floor. With `--profile`, only the verification load, on the app under `--cpu-prof`
 * (profile-verify.ts); with `--keep`, the generated data stays (for EXPLAIN and the like).
 * Each figure is the median of several rounds (settings.ts: 5 at full scale, 3 at small).
 *
 * 1. Data. The built app starts once on a new DATA_DIR: it initialises its embedded PostgreSQL, runs
 *    its migrations and creates the bench administrator. bench/statewide-data.ts then fills the
 *    database (a progress bar on stderr; its duration is reported), which is vacuumed and analysed.
 * 2. Cold start. The app is stopped and started again as a user starts it (`node dist/src/main.js`),
 *    timed from the spawn to the first 200 of /health (the database answers), once per round; the
 *    last start stays up for everything below. It runs as a production deployment does (NODE_ENV=production
 *    with its secrets), and beyond that with PUBLIC_REQUESTS_PER_MINUTE high (the load comes from one
 *    address) and EXPOSE_SQL_STATEMENT_COUNT.
 * 3. verifyCertificate. Anonymous GraphQL POSTs as an employer's script sends them, rotating over the
 *    certificate codes, from autocannon (in this process) with many connections for a fixed time:
 *    throughput and p95. The same load goes to the raw floor, bench/floor-server.ts (node:http + pg,
 *    a process of its own, the app's pool size, the same JSON, checked to answer as the app does):
 *    once with the app's statements, the rate-limit count and then the lookup (the ratio app/floor, the
 *    goal), once with the lookup alone. And to the framework's ceiling, bench/ceiling-server.ts: a
 *    bare NestJS + Apollo app sending the same statements, on Express and on Fastify. Rounds are
 *    taken in turn; the CPU time each process spent per request (/proc/<pid>/stat) is reported beside.
 * 4. Peak RSS. VmHWM of the app process (/proc/<pid>/status) once the verification load is over: the
 *    verification load is the first the fresh process meets. VmRSS is also sampled per round.
 * 5. progress(cohortId, userId). The participant's own, one client, request after request: p50, p95.
 * 6. cohortProgress and gradingQueue, as each cohort's faculty, at 12 and 500 participants (small
 *    scale: 50): p95 with one client, and SQL statements per request (`extensions.sqlStatements`).
 * 7. Pages. Signed in through the sign-in page (its CSRF cookie and token, then the session cookie):
 *    the participant's journal page (/journals/<assignmentId>) and the faculty's /grading, p95.
 * 8. issueCertificates for a cohort of 1,000 (small: 100), as the administrator: once, timed.
 *
 * Writes bench/results.json (figures, settings, machine, scale, date) and bench/results.md (figure,
 * value, the issue's goal, met?) and prints the table. A missed goal is reported, not failed: the
 * exit code is non-zero only when something broke.
 */

const ROOT = resolve(__dirname, '..', '..');

function note(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function newWorkspace(): Promise<Workspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-bench-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as its own user inside it
  return { root: ROOT, dataDir, port: await freePort(), databasePort: await freePort(), secrets: productionSecrets() };
}

async function initialiseDatabase(workspace: Workspace, settings: BenchSettings): Promise<GeneratedData> {
  note('starting the app on a new embedded PostgreSQL (initialise, migrate)');
  const app = await startApp(workspace);
  try {
    note(`generating the ${settings.scale}-scale data`);
    return await generateData(databaseUrl(workspace), settings.scale);
  } finally {
    await stopApp(app);
  }
}

/** Starts the app once per round; the last one keeps running. */
async function coldStarts(workspace: Workspace, rounds: number): Promise<{ app: RunningApp; coldStart: Figures['coldStart'] }> {
  const roundsMs: number[] = [];
  for (;;) {
    const app = await startApp(workspace);
    roundsMs.push(app.startMs);
    note(`cold start ${roundsMs.length}/${rounds}: ${(app.startMs / 1000).toFixed(2)} s`);
    if (roundsMs.length === rounds) return { app, coldStart: { ms: median(roundsMs), roundsMs } };
    await stopApp(app);
  }
}

async function verifyAgainstComparisons(app: RunningApp, workspace: Workspace, codes: string[], settings: BenchSettings): Promise<VerifyFigures> {
  note('verifyCertificate: the app, the raw floor and the bare framework in turn');
  const database: SharedDatabase = { url: databaseUrl(workspace), poolSize: appPoolSize() };
  const started: ComparisonServer[] = [];
  const start = async (server: Promise<ComparisonServer>) => {
    started.push(await server);
    return started[started.length - 1];
  };
  try {
    const floor = await start(startFloor(database, workspace.root));
    const ceilings = { express: await start(startCeiling(database, workspace.root, 'express')), fastify: await start(startCeiling(database, workspace.root, 'fastify')) };
    return await measureVerify(app, { floor, ceilings }, codes, settings);
  } finally {
    await Promise.all(started.map(stopServer));
  }
}

type SignedInFigures = Pick<Figures, 'progress' | 'cohortProgress' | 'gradingQueue'>;

async function signedInQueries(app: RunningApp, { data }: GeneratedData, settings: BenchSettings): Promise<SignedInFigures> {
  const graphql = graphqlClient(app.baseUrl);
  note('progress, cohortProgress and gradingQueue');
  const participant = await logIn(graphql, data.participant);
  const [largeFaculty, smallFaculty] = [await logIn(graphql, data.largeCohortFaculty), await logIn(graphql, data.smallCohortFaculty)];
  const cohortQuery = async (measure: typeof measureCohortProgress) => ({
    small: await measure(graphql, app.baseUrl, smallFaculty, data.smallCohortId, settings),
    large: await measure(graphql, app.baseUrl, largeFaculty, data.largeCohortId, settings),
  });
  return {
    progress: await measureProgress(app.baseUrl, participant, data.largeCohortId, data.participant.id, settings),
    cohortProgress: await cohortQuery(measureCohortProgress),
    gradingQueue: await cohortQuery(measureGradingQueue),
  };
}

async function pages(app: RunningApp, { data }: GeneratedData, settings: BenchSettings): Promise<Pick<Figures, 'journalPage' | 'gradingPage'>> {
  note('the journal and grading pages');
  const participant = await signInToPages(app.baseUrl, data.participant);
  const faculty = await signInToPages(app.baseUrl, data.largeCohortFaculty);
  return {
    journalPage: await measurePage(app.baseUrl, `/journals/${data.journalAssignmentId}`, participant, settings),
    gradingPage: await measurePage(app.baseUrl, '/grading', faculty, settings),
  };
}

async function measureAll(workspace: Workspace, generated: GeneratedData, settings: BenchSettings): Promise<Figures> {
  const { app, coldStart } = await coldStarts(workspace, settings.rounds);
  try {
    const verify = await verifyAgainstComparisons(app, workspace, generated.data.certificateCodes, settings);
    const queries = await signedInQueries(app, generated, settings);
    const pageFigures = await pages(app, generated, settings);
    note('issueCertificates');
    const graphql = graphqlClient(app.baseUrl);
    const issueCertificates = await measureIssue(graphql, await logIn(graphql, BENCH_ADMIN), generated.data.issueCohortId);
    return { dataGenerationSeconds: generated.generationSeconds, coldStart, verify, ...queries, ...pageFigures, issueCertificates };
  } finally {
    await stopApp(app);
  }
}

async function main(): Promise<void> {
  const settings = settingsFor(scaleFromArguments(process.argv.slice(2)));
  const machine = describeMachine();
  const date = new Date().toISOString();
  const workspace = await newWorkspace();
  try {
    const generated = await initialiseDatabase(workspace, settings);
    if (process.argv.includes('--profile')) {
      process.stdout.write(await profileVerify(workspace, generated.data.certificateCodes, settings, machine));
      return;
    }
    const figures = await measureAll(workspace, generated, settings);
    machine.loadAverage.after = currentLoad();
    const data = { participants: generated.participants, counts: generated.data.counts };
    const run = results({ date, scale: settings.scale, machine, settings: { ...settings, poolSize: appPoolSize() }, data, figures });
    process.stdout.write(writeResults(ROOT, run));
  } finally {
    if (process.argv.includes('--keep')) note(`data kept in ${workspace.dataDir} (DATA_DIR; its database on port ${workspace.databasePort})`);
    else rmSync(workspace.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
