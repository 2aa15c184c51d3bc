import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { benchPool, countLookup, verify } from './verify-statements';

/**
 * The raw floor for `verifyCertificate`, run by the bench as a process of its own: `node:http` and
 * `pg`, nothing else, on a pool of the app's size, answering the same JSON as the app. The
 * statements are the app's, word for word (verify-statements.ts). What the app costs above it is
 * the framework and the rest.
 *
 * - POST /graphql/counted first counts the lookup against the client address's allowance, as the
 *   app's PublicLookupGuard does (a write to one row per address), then looks up: the app's own
 *   statements, the floor the goal is measured against.
 * - POST /graphql sends the certificate lookup alone: what is left without the rate limit.
 *
 * Environment: BENCH_PORT, BENCH_DATABASE_URL, BENCH_POOL_SIZE.
 */

/** Its own key prefix, so the floor's counts never touch the app's. */
const LOOKUP_KEY_PREFIX = 'bench-floor:address:';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function answer(pool: Pool, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'GET' && request.url === '/health') return send(response, 200, '{"status":"ok"}');
  const counted = request.url === '/graphql/counted';
  if (request.method !== 'POST' || (request.url !== '/graphql' && !counted)) return send(response, 404, '{}');
  const { variables } = JSON.parse(await readBody(request)) as { variables?: { code?: unknown } };
  if (counted) await countLookup(pool, LOOKUP_KEY_PREFIX + (request.socket.remoteAddress ?? 'unknown'));
  const verifyCertificate = await verify(pool, variables?.code);
  send(response, 200, JSON.stringify({ data: { verifyCertificate } }));
}

function main(): void {
  const pool = benchPool();
  const server = createServer((request, response) => {
    answer(pool, request, response).catch((error: unknown) => send(response, 500, JSON.stringify({ errors: [{ message: String(error) }] })));
  });
  server.listen(Number(process.env.BENCH_PORT), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  });
}

main();
