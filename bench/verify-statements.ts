import { Pool } from 'pg';
import { CERTIFICATES_QUERIES } from '../src/certificates/certificates.queries';

/**
 * What the app sends to the database for one anonymous `verifyCertificate`, word for word, for the
 * servers the bench measures it against (floor-server.ts, ceiling-server.ts): the rate-limit count
 * copied from rate-limiter-flexible, then the lookup imported from the app's query set. Each server
 * counts under a key prefix of its own, so that no count touches another's.
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

/** The answer as the app's JSON carries it (instants as RFC 3339 strings). */
export interface Verification {
  valid: boolean;
  status: 'VALID' | 'REVOKED' | 'NOT_FOUND';
  code: string | null;
  holderName: string | null;
  programName: string | null;
  cohortName: string | null;
  issuedAt: string | null;
  contactMinutes: number | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

const NOT_FOUND: Verification = {
  valid: false, status: 'NOT_FOUND', code: null, holderName: null, programName: null,
  cohortName: null, issuedAt: null, contactMinutes: null, revokedAt: null, revocationReason: null,
};

/** The app's normalisation (src/certificates/certificate-code.ts), so that the same code is looked up. */
function normalizedCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 200) return null;
  const normalized = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{28}$/.test(normalized) ? normalized : null;
}

function verification(row: VerificationRow | undefined): Verification {
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

/** Counts one lookup against the client address's allowance, as the app's PublicLookupGuard does (a write to one row per address). */
export async function countLookup(pool: Pool, key: string): Promise<void> {
  const now = Date.now();
  await pool.query({ ...COUNT_LOOKUP, values: [key, 1, now + LOOKUP_WINDOW_MS, now] });
}

export async function verify(pool: Pool, input: unknown): Promise<Verification> {
  const code = normalizedCode(input);
  if (!code) return NOT_FOUND;
  const { rows } = await pool.query<VerificationRow>({ ...VERIFICATION, values: [code] });
  return verification(rows[0]);
}

/** The pool the app would hold: BENCH_DATABASE_URL, BENCH_POOL_SIZE connections. */
export function benchPool(): Pool {
  return new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: Number(process.env.BENCH_POOL_SIZE) });
}
