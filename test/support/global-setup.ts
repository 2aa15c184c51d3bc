import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TEMPLATE_DATABASE } from './paths';

/**
 * `npm test` type-checks everything strictly (tests included) and builds before jest starts, so then there is nothing to do;
 * otherwise (`npx jest test/<suite>`) this builds, and a type error only warns, so one suite can still run.
 */
function compile(): void {
  if (/\btsc -p tsconfig\.json\s*&&/.test(process.env.npm_lifecycle_script ?? '')) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  } catch {
    process.stderr.write('\nThe build reported type errors (see above); running the suites on what was emitted.\n');
  }
}

/**
 * Once per run of the end-to-end suites: compile the app (the suites' environment creates it from
 * dist/, and the platform suite runs `node dist/src/main.js`), start one embedded PostgreSQL with
 * durability off, and migrate a template database every suite copies.
 */
export default async function globalSetup(): Promise<void> {
  compile();
  const { startEmbeddedPostgres, ensureDatabase } = require(join(ROOT, 'dist/src/database/embedded-postgres.js'));
  const { createDataSource } = require(join(ROOT, 'dist/src/database/data-source.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-test-'));
  chmodSync(dataDir, 0o755); // the server runs as its own user inside it
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  await ensureDatabase(server.url('postgres'), TEMPLATE_DATABASE);
  const dataSource = createDataSource(server.url(TEMPLATE_DATABASE));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env.TEST_DATABASE_ADMIN_URL = server.url('postgres');
  // One development signing key for every suite's app: generating an RSA key costs each start 0.1-0.5 s.
  process.env.TEST_SIGNING_KEY_PEM = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  // Global set-up and teardown share the jest main process.
  (globalThis as Record<string, unknown>).__testDatabase = { server, dataDir };
}
