import { defineQueries } from '../database/query-set';

/** A certificate row in the entity's own (camelCase) shape. */
const CERTIFICATE_COLUMNS = `c.id, c.cohort_id AS "cohortId", c.user_id AS "userId", c.code, c.holder_name AS "holderName",
           c.program_name AS "programName", c.cohort_name AS "cohortName", c.cohort_starts_on AS "cohortStartsOn",
           c.cohort_ends_on AS "cohortEndsOn", c.contact_minutes AS "contactMinutes", c.ce_eligible_minutes AS "ceEligibleMinutes",
           c.issuer_name AS "issuerName", c.issuer_url AS "issuerUrl", c.issuer_email AS "issuerEmail",
           c.signatory_name AS "signatoryName", c.signatory_title AS "signatoryTitle", c.certificate_title AS "certificateTitle",
           c.status_list_index AS "statusListIndex", c.credential_jwt AS "credentialJwt", c.issued_at AS "issuedAt",
           c.issued_by_id AS "issuedById", c.revoked_at AS "revokedAt", c.revocation_reason AS "revocationReason",
           c.revoked_by_id AS "revokedById"`;

export const CERTIFICATES_QUERIES = defineQueries('certificates', {
  /** What anyone checking code $1 (normalized) is told, and no more. */
  verification: `
    SELECT c.code, c.holder_name AS "holderName", c.program_name AS "programName", c.cohort_name AS "cohortName",
           c.issued_at AS "issuedAt", c.contact_minutes AS "contactMinutes", c.revoked_at AS "revokedAt",
           c.revocation_reason AS "revocationReason"
      FROM certificate c
     WHERE c.code = $1
  `,
  /** When the last required (not optional, not cancelled) session of cohort $1 ends; null when it holds none. */
  lastRequiredSessionEnds: `
    SELECT max(s.starts_at + make_interval(mins => s.duration_minutes)) AS ends_at
      FROM session s
     WHERE s.cohort_id = $1 AND NOT s.optional AND s.cancelled_at IS NULL
  `,
  /**
   * The CE records of a revoked certificate ($1) that issuance did not take over (earned then, not
   * under today's licences) become its replacement's ($2): a correction forfeits no CE.
   */
  moveCeRecords: `
    UPDATE ce_record SET certificate_id = $2 WHERE certificate_id = $1
  `,
  /** $1 positions of the revocation status list, one statement for a whole batch. */
  nextStatusListIndexes: `
    SELECT nextval('certificate_status_list_index_seq')::int AS index FROM generate_series(1, $1::int)
  `,
  /**
   * The cohort's ($1) certificates by holder: all of them, or (with a facilitator, $2) those of the
   * members of the communities that facilitator runs.
   */
  cohortCertificates: `
    SELECT ${CERTIFICATE_COLUMNS}
      FROM certificate c
     WHERE c.cohort_id = $1 AND ($2::uuid IS NULL OR facilitates_member($1, c.user_id, $2))
     ORDER BY c.holder_name, c.id
  `,
});
