import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';

/**
 * The raw floor for `verifyCertificate`, run by the bench as a process of its own: `node:http` and
 * `pg`, nothing else, on a pool of the app's size, answering the same JSON as the app. The
 * statements are the app's, word for word (read from PostgreSQL's `log_statement = all` while the
 * app answered one). What the app costs above it is the framework, the ORM and the rest.
 *
 * - POST /graphql sends the certificate lookup alone: the floor the goal is measured against.
 * - POST /graphql/counted first counts the lookup against the client address's allowance, as the
 *   app's PublicLookupGuard does (a write to one row per address), then looks up: what the app's
 *   rate limit costs even at the floor.
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

/** What TypeORM generates for CertificatesRepository.findByCode (`findOneBy({ code })`), every column of the entity. */
const CERTIFICATE_BY_CODE =
  'SELECT "CertificateEntity"."id" AS "CertificateEntity_id", "CertificateEntity"."cohort_id" AS "CertificateEntity_cohort_id", ' +
  '"CertificateEntity"."user_id" AS "CertificateEntity_user_id", "CertificateEntity"."code" AS "CertificateEntity_code", ' +
  '"CertificateEntity"."holder_name" AS "CertificateEntity_holder_name", "CertificateEntity"."program_name" AS "CertificateEntity_program_name", ' +
  '"CertificateEntity"."cohort_name" AS "CertificateEntity_cohort_name", "CertificateEntity"."cohort_starts_on" AS "CertificateEntity_cohort_starts_on", ' +
  '"CertificateEntity"."cohort_ends_on" AS "CertificateEntity_cohort_ends_on", "CertificateEntity"."contact_minutes" AS "CertificateEntity_contact_minutes", ' +
  '"CertificateEntity"."issuer_name" AS "CertificateEntity_issuer_name", "CertificateEntity"."issuer_url" AS "CertificateEntity_issuer_url", ' +
  '"CertificateEntity"."issuer_email" AS "CertificateEntity_issuer_email", "CertificateEntity"."signatory_name" AS "CertificateEntity_signatory_name", ' +
  '"CertificateEntity"."signatory_title" AS "CertificateEntity_signatory_title", "CertificateEntity"."certificate_title" AS "CertificateEntity_certificate_title", ' +
  '"CertificateEntity"."ce_eligible_minutes" AS "CertificateEntity_ce_eligible_minutes", "CertificateEntity"."status_list_index" AS "CertificateEntity_status_list_index", ' +
  '"CertificateEntity"."credential_jwt" AS "CertificateEntity_credential_jwt", "CertificateEntity"."issued_at" AS "CertificateEntity_issued_at", ' +
  '"CertificateEntity"."issued_by_id" AS "CertificateEntity_issued_by_id", "CertificateEntity"."revoked_at" AS "CertificateEntity_revoked_at", ' +
  '"CertificateEntity"."revocation_reason" AS "CertificateEntity_revocation_reason", "CertificateEntity"."revoked_by_id" AS "CertificateEntity_revoked_by_id" ' +
  'FROM "certificate" "CertificateEntity" WHERE (("CertificateEntity"."code" = $1)) LIMIT 1';

interface CertificateRow {
  CertificateEntity_code: string;
  CertificateEntity_holder_name: string;
  CertificateEntity_program_name: string;
  CertificateEntity_cohort_name: string;
  CertificateEntity_issued_at: Date;
  CertificateEntity_contact_minutes: number;
  CertificateEntity_revoked_at: Date | null;
  CertificateEntity_revocation_reason: string | null;
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

function verification(row: CertificateRow | undefined) {
  if (!row) return NOT_FOUND;
  const revoked = row.CertificateEntity_revoked_at !== null;
  return {
    valid: !revoked,
    status: revoked ? 'REVOKED' : 'VALID',
    code: row.CertificateEntity_code.match(/.{1,4}/g)!.join('-'),
    holderName: row.CertificateEntity_holder_name,
    programName: row.CertificateEntity_program_name,
    cohortName: row.CertificateEntity_cohort_name,
    issuedAt: row.CertificateEntity_issued_at.toISOString(),
    contactMinutes: row.CertificateEntity_contact_minutes,
    revokedAt: row.CertificateEntity_revoked_at?.toISOString() ?? null,
    revocationReason: row.CertificateEntity_revocation_reason,
  };
}

async function countLookup(pool: Pool, clientAddress: string): Promise<void> {
  const now = Date.now();
  await pool.query({ ...COUNT_LOOKUP, values: [LOOKUP_KEY_PREFIX + clientAddress, 1, now + LOOKUP_WINDOW_MS, now] });
}

async function verify(pool: Pool, input: unknown) {
  const code = normalizedCode(input);
  if (!code) return NOT_FOUND;
  const { rows } = await pool.query<CertificateRow>(CERTIFICATE_BY_CODE, [code]);
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
