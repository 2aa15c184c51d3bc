import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { CE_QUERIES } from '../src/ce/ce.queries';
import { generateCertificateCode, normalizeCertificateCode } from '../src/certificates/certificate-code';
import { CERTIFICATES_QUERIES } from '../src/certificates/certificates.queries';
import { issuerProfile } from '../src/certificates/issuer';
import { buildOpenBadgeCredential } from '../src/certificates/open-badge-credential';
import { SIGNING_ALGORITHM } from '../src/certificates/signing-keys';
import { COMPLETION_QUERIES } from '../src/completion/completion.queries';
import { Achievements, evaluateProgress, Requirement } from '../src/completion/progress-rules';
import { CohortPlan, EMAIL_DOMAIN, stableId } from './statewide-plan';

/** Where the credentials say they are verified; the bench's app runs elsewhere, and nothing reads these URLs. */
const PUBLIC_BASE_URL = `https://training.${EMAIL_DOMAIN}`;
/** Certificates went out two weeks after the cohort ended, at 10:00 on the west coast. */
const ISSUED_DAYS_AFTER_END = 14;

interface Achieved {
  id: string;
  full_name: string;
  faculty_sessions: number;
  community_sessions: number;
  reflective_minutes: number;
  ce_minutes: number;
  contact_minutes: number;
  journals_satisfactory: number;
  practicum_minutes: number;
  by_kind: Achievements['bySessionKind'];
  waived: string[];
}

interface CohortFacts {
  name: string;
  starts_on: string;
  ends_on: string;
  program_id: string;
  program_name: string;
  issuer_name: string | null;
  issuer_url: string | null;
  issuer_email: string | null;
  signatory_name: string | null;
  signatory_title: string | null;
  certificate_title: string | null;
}

/**
 * Issues a finished cohort's certificates as the app would: progress from the app's own query and
 * rules (every participant must be eligible, or the generated records are wrong), codes and status
 * list positions from the app's code and sequence, and the credential the app would sign, its
 * signature random bytes of the right length (nothing verifies it: verification reads the row).
 * Then the CE records, by the app's own refresh. Answers the rows written per table.
 */
export async function certifyCohort(db: Client, plan: CohortPlan): Promise<{ certificate: number; ce_record: number }> {
  const cohortId = stableId('cohort', plan.n);
  const participants = await eligibleParticipants(db, cohortId);
  const cohort = await cohortFacts(db, cohortId);
  const { rows: indexes } = await db.query<{ index: number }>(CERTIFICATES_QUERIES.nextStatusListIndexes, [participants.length]);
  const issuedAt = issuedAfter(cohort.ends_on);
  const issuer = issuerProfile({
    issuerName: cohort.issuer_name, issuerUrl: cohort.issuer_url, issuerEmail: cohort.issuer_email,
    signatoryName: cohort.signatory_name, signatoryTitle: cohort.signatory_title, certificateTitle: cohort.certificate_title,
  });
  const certificates = participants.map((participant, position) => {
    const facts = {
      publicBaseUrl: PUBLIC_BASE_URL, issuer, programId: cohort.program_id, programName: cohort.program_name, cohortId, cohortName: cohort.name,
      code: normalizeCertificateCode(generateCertificateCode())!, userId: participant.id, holderName: participant.full_name,
      cohortStartsOn: cohort.starts_on, cohortEndsOn: cohort.ends_on, contactMinutes: participant.contact_minutes, issuedAt,
      statusListIndex: indexes[position].index,
    };
    return { ...facts, ceEligibleMinutes: participant.ce_minutes, credentialJwt: unsignedCredential(buildOpenBadgeCredential(facts)) };
  });
  const column = <K extends keyof (typeof certificates)[number]>(key: K) => certificates.map((certificate) => certificate[key]);
  const inserted = await db.query(
    `INSERT INTO certificate (cohort_id, user_id, code, holder_name, program_name, cohort_name, cohort_starts_on, cohort_ends_on, contact_minutes,
                              ce_eligible_minutes, status_list_index, credential_jwt, issued_at, issued_by_id, issuer_name, issuer_url, issuer_email,
                              signatory_name, signatory_title, certificate_title)
     SELECT $1, x.user_id, x.code, x.holder_name, $2, $3, $4, $5, x.contact_minutes, x.ce_minutes, x.status_list_index, x.jwt,
            $6, $7, $8, $9, $10, $11, $12, $13
       FROM unnest($14::uuid[], $15::text[], $16::text[], $17::int[], $18::int[], $19::int[], $20::text[])
            AS x(user_id, code, holder_name, contact_minutes, ce_minutes, status_list_index, jwt)`,
    [
      cohortId, cohort.program_name, cohort.name, cohort.starts_on, cohort.ends_on, issuedAt, stableId('coordinator', plan.program, 1),
      issuer.issuerName, issuer.issuerUrl, issuer.issuerEmail, issuer.signatoryName, issuer.signatoryTitle, issuer.certificateTitle,
      column('userId'), column('code'), column('holderName'), column('contactMinutes'), column('ceEligibleMinutes'), column('statusListIndex'),
      column('credentialJwt'),
    ],
  );
  const { rows: [ce] } = await db.query<{ written: number }>(CE_QUERIES.refreshRecords, [cohortId, null, null, true]);
  return { certificate: inserted.rowCount ?? 0, ce_record: ce.written };
}

async function eligibleParticipants(db: Client, cohortId: string): Promise<Achieved[]> {
  const { rows: requirements } = await db.query<Requirement>(
    `SELECT id, kind, threshold, session_kinds::text[] AS "sessionKinds" FROM completion_requirement WHERE cohort_id = $1`,
    [cohortId],
  );
  const { rows } = await db.query<Achieved>(COMPLETION_QUERIES.participantAchievements, [cohortId, null, null]);
  const ineligible = rows.filter((row) => !evaluateProgress(requirements, achievements(row)).eligible);
  if (ineligible.length) throw new Error(`${ineligible.length} participants of finished cohort ${cohortId} did not complete it (first: ${ineligible[0].id})`);
  return rows;
}

function achievements(row: Achieved): Achievements {
  return {
    facultySessions: row.faculty_sessions,
    communitySessions: row.community_sessions,
    journalsSatisfactory: row.journals_satisfactory,
    practicumMinutesApproved: row.practicum_minutes,
    reflectivePracticeMinutes: row.reflective_minutes,
    contactMinutes: row.contact_minutes,
    bySessionKind: row.by_kind,
    waivedRequirementIds: row.waived,
  };
}

async function cohortFacts(db: Client, cohortId: string): Promise<CohortFacts> {
  const { rows: [cohort] } = await db.query<CohortFacts>(
    `SELECT c.name, c.starts_on::text, c.ends_on::text, p.id AS program_id, p.name AS program_name, p.issuer_name, p.issuer_url, p.issuer_email,
            p.signatory_name, p.signatory_title, p.certificate_title
       FROM cohort c JOIN program p ON p.id = c.program_id WHERE c.id = $1`,
    [cohortId],
  );
  return cohort;
}

function issuedAfter(endsOn: string): Date {
  const issued = new Date(`${endsOn}T18:00:00Z`);
  issued.setUTCDate(issued.getUTCDate() + ISSUED_DAYS_AFTER_END);
  return issued;
}

/** The VC-JWT the app would sign (signCredential's claims and header), with random bytes where the RS256 signature goes. */
function unsignedCredential(credential: ReturnType<typeof buildOpenBadgeCredential>): string {
  const claims = {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    sub: credential.credentialSubject.id,
  };
  const header = { alg: SIGNING_ALGORITHM, kid: BENCH_KID, typ: 'JWT' };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(claims)}.${randomBytes(256).toString('base64url')}`;
}

const BENCH_KID = createHash('sha256').update('statewide bench, unsigned').digest('base64url');
