import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { CERTIFICATES_QUERIES } from '../src/certificates/certificates.queries';

/**
 * The raw floor for `verifyCertificate`, run by the bench as a process of its own: `node:http` and
 * `pg`, nothing else, on a pool of the app's size, answering the same JSON as the app. The
 * statements are the app's, word for word: the lookup is imported from the app's query set, the
 * rate-limit count copied from rate-limiter-flexible. What the app costs above it is the framework
 * and the rest.
 *
 * - POST /graphql/counted first counts the lookup against the client address's allowance, as the
 *   app's PublicLookupGuard does (a write to one row per address), then looks up: the app's own
 *   statements, the floor the goal is measured against.
 * - POST /graphql sends the certificate lookup alone: what is left without the rate limit.
 *
 * Environment: FLOOR_PORT, FLOOR_DATABASE_URL, FLOOR_POOL_SIZE.
 */

/** rate-limiter-flexible's upsert as the app's PublicLookupGuard sends it (a named, prepared statement); one row per client address. */
const COUNT_LOOKUP = {
  name: 'rate_limit:rlflx-upsert',
  text: `
            INSERT INTO "rate_limit" VALUES ($1, $2, $3)
              ON CONFLICT(key) DO UPDATE SET
                points = CASE
                          WHEN ("rate_limit".expire <= $4 OR 1=0) THEN $2
                          ELSE "rate_limit".points + ($2)
                         END,
                expire =  CASE
             WHEN "rate_limit".expire <= $4 THEN $3
             ELSE "rate_limit".expire
            END 
            RETURNING points, expire;`,
};
const LOOKUP_WINDOW_MS = 60_000;
/** Its own key prefix, so the floor's counts never touch the app's. */
const LOOKUP_KEY_PREFIX = 'bench-floor:address:';

/** The app's own statement (CertificatesRepository.verificationByCode), prepared under the same name. */
const VERIFICATION = { name: 'certificates.verification', text: CERTIFICATES_QUERIES.verification };

interface VerificationRow {
  code: string;
  holderName: string;
  programName: string;
  cohortName: string;
  issuedAt: Date;
  contactMinutes: number;
  revokedAt: Date | null;
  revocationReason: string | null;
}

const NOT_FOUND = {
  valid: false, status: 'NOT_FOUND', code: null, holderName: null, programName: null,
  cohortName: null, issuedAt: null, contactMinutes: null, revokedAt: null, revocationReason: null,
};

/** The app's normalisation (src/certificates/certificate-code.ts), so the floor looks up what the app looks up. */
function normalizedCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 200) return null;
  const normalized = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{28}$/.test(normalized) ? normalized : null;
}

function verification(row: VerificationRow | undefined) {
  if (!row) return NOT_FOUND;
  const revoked = row.revokedAt !== null;
  return {
    valid: !revoked,
    status: revoked ? 'REVOKED' : 'VALID',
    code: row.code.match(/.{1,4}/g)!.join('-'),
    holderName: row.holderName,
    programName: row.programName,
    cohortName: row.cohortName,
    issuedAt: row.issuedAt.toISOString(),
    contactMinutes: row.contactMinutes,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
  };
}

async function countLookup(pool: Pool, clientAddress: string): Promise<void> {
  const now = Date.now();
  await pool.query({ ...COUNT_LOOKUP, values: [LOOKUP_KEY_PREFIX + clientAddress, 1, now + LOOKUP_WINDOW_MS, now] });
}

async function verify(pool: Pool, input: unknown) {
  const code = normalizedCode(input);
  if (!code) return NOT_FOUND;
  const { rows } = await pool.query<VerificationRow>({ ...VERIFICATION, values: [code] });
  return verification(rows[0]);
}

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
  if (counted) await countLookup(pool, request.socket.remoteAddress ?? 'unknown');
  const verifyCertificate = await verify(pool, variables?.code);
  send(response, 200, JSON.stringify({ data: { verifyCertificate } }));
}

function main(): void {
  const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: Number(process.env.FLOOR_POOL_SIZE) });
  const server = createServer((request, response) => {
    answer(pool, request, response).catch((error: unknown) => send(response, 500, JSON.stringify({ errors: [{ message: String(error) }] })));
  });
  server.listen(Number(process.env.FLOOR_PORT), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  });
}

main();
