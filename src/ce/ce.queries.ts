import { defineQueries } from '../database/query-set';

/**
 * What each participant of cohort $1 (only those in $2 when it is not null) has earned under each
 * approval of the cohort (only $3 when not null): the licence it is earned under (one the approval
 * covers, ACTIVE or ASSOCIATE, an ACTIVE one preferred, then the approval's order of types) and the
 * CE-eligible minutes attended live (PRESENT, after the cohort's minimum share and overlaps; never
 * MADE_UP), only sessions attended in full when the approval gives no partial credit, rounded down
 * to its increment. Approvals that require completion count only holders of a valid certificate.
 */
const EARNED = `
  earned AS (
    SELECT DISTINCT ON (a.id, l.user_id)
           a.id AS approval_id, l.user_id, a.requires_completion,
           CASE WHEN a.requires_completion THEN cert.id END AS certificate_id,
           l.type AS license_type, l.state::text AS license_state, l.number AS license_number,
           credit.minutes / a.increment_minutes * a.increment_minutes AS minutes
      FROM ce_approval a
      JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.role = 'PARTICIPANT'
      JOIN license l ON l.user_id = e.user_id AND l.type = ANY (a.license_types) AND l.status IN ('ACTIVE', 'ASSOCIATE')
                    AND (a.license_states IS NULL OR l.state = ANY (a.license_states))
      LEFT JOIN certificate cert ON cert.cohort_id = a.cohort_id AND cert.user_id = l.user_id AND cert.revoked_at IS NULL
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(c.credited_minutes), 0)::int AS minutes
         FROM attendance_credit c
         JOIN session s ON s.id = c.session_id
        WHERE c.cohort_id = a.cohort_id AND c.user_id = l.user_id AND c.ce_eligible AND NOT c.made_up
          AND (a.partial_credit OR c.credited_minutes >= s.duration_minutes)
     ) credit
     WHERE a.cohort_id = $1 AND ($2::uuid[] IS NULL OR l.user_id = ANY ($2)) AND ($3::uuid IS NULL OR a.id = $3)
       AND (cert.id IS NOT NULL OR NOT a.requires_completion)
       AND credit.minutes >= a.increment_minutes
     ORDER BY a.id, l.user_id, l.status = 'ACTIVE' DESC, array_position(a.license_types, l.type), l.state, l.number
  )`;

/** A record as clients read it, with its approval, cohort and certificate. */
const RECORD_COLUMNS = `
  r.id, r.user_id AS "userId", r.minutes, r.license_type AS "licenseType", r.license_state AS "licenseState",
  r.license_number AS "licenseNumber", r.certificate_id AS "certificateId", r.updated_at AS "updatedAt",
  a.id AS "approvalId", a.board, a.approval_number AS "approvalNumber", a.statement, a.unit,
  a.increment_minutes AS "incrementMinutes", a.cohort_id AS "cohortId", cohort.name AS "cohortName"`;

/**
 * Records are refreshed in the transaction that changes what they depend on. The cohort row lock
 * taken first (lockCohorts) orders refreshes of one cohort: each then reads, in a new snapshot,
 * what the one before it committed, so no refresh writes figures that miss another's attendance.
 * Certificate issuance shares the lock with other issuances (lockCohortForIssuance).
 */
export const CE_QUERIES = defineQueries('ce', {
  /** Before writing records of the cohorts $1; the ids that exist. */
  lockCohorts: `
    SELECT id FROM cohort WHERE id = ANY ($1::uuid[]) ORDER BY id FOR NO KEY UPDATE
  `,
  /** Before inserting certificates of the cohort $1. */
  lockCohortForIssuance: `
    SELECT id FROM cohort WHERE id = $1 FOR SHARE
  `,
  /** Cohorts with CE approvals where the people $1 take part. */
  approvedCohortsOf: `
    SELECT DISTINCT a.cohort_id AS "cohortId"
      FROM ce_approval a
      JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.role = 'PARTICIPANT'
     WHERE e.user_id = ANY ($1::uuid[])
  `,
  /**
   * Brings records of cohort $1 (people $2, approval $3, as in EARNED) in line with what is earned.
   * With $4 false only approvals that follow attendance (no completion required) are touched: the
   * others are fixed when the certificate is issued. A record of a revoked certificate is kept
   * (hidden) until a new certificate takes it over.
   */
  refreshRecords: `
    WITH ${EARNED},
    written AS (
      INSERT INTO ce_record (approval_id, user_id, certificate_id, license_type, license_state, license_number, minutes)
      SELECT approval_id, user_id, certificate_id, license_type, license_state, license_number, minutes
        FROM earned
       WHERE $4 OR NOT requires_completion
      ON CONFLICT (approval_id, user_id) DO UPDATE
         SET certificate_id = excluded.certificate_id, license_type = excluded.license_type,
             license_state = excluded.license_state, license_number = excluded.license_number,
             minutes = excluded.minutes, updated_at = now()
       WHERE (ce_record.certificate_id, ce_record.license_type, ce_record.license_state, ce_record.license_number, ce_record.minutes)
             IS DISTINCT FROM (excluded.certificate_id, excluded.license_type, excluded.license_state, excluded.license_number, excluded.minutes)
      RETURNING id
    ),
    removed AS (
      DELETE FROM ce_record r
       USING ce_approval a
       WHERE a.id = r.approval_id AND a.cohort_id = $1 AND ($2::uuid[] IS NULL OR r.user_id = ANY ($2)) AND ($3::uuid IS NULL OR a.id = $3)
         AND ($4 OR NOT a.requires_completion)
         AND NOT EXISTS (SELECT 1 FROM certificate revoked WHERE revoked.id = r.certificate_id AND revoked.revoked_at IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM earned WHERE earned.approval_id = r.approval_id AND earned.user_id = r.user_id)
      RETURNING r.id
    )
    SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM removed)::int AS removed
  `,
  /** How many records each of the approvals $1 has (those with none are left out). */
  recordCounts: `
    SELECT approval_id AS "approvalId", count(*)::int AS count FROM ce_record WHERE approval_id = ANY ($1::uuid[]) GROUP BY approval_id
  `,
  /** The holder $1's visible records (no revoked certificate), newest cohort first, at most $2. */
  recordsOf: `
    SELECT ${RECORD_COLUMNS}
      FROM ce_record r
      JOIN ce_approval a ON a.id = r.approval_id
      JOIN cohort ON cohort.id = a.cohort_id
      LEFT JOIN certificate c ON c.id = r.certificate_id
     WHERE r.user_id = $1 AND c.revoked_at IS NULL
     ORDER BY cohort.starts_on DESC, cohort.id, a.board, a.approval_number
     LIMIT $2
  `,
  /** The records that came with certificate $1, by board. */
  recordsOfCertificate: `
    SELECT ${RECORD_COLUMNS}
      FROM ce_record r
      JOIN ce_approval a ON a.id = r.approval_id
      JOIN cohort ON cohort.id = a.cohort_id
     WHERE r.certificate_id = $1
     ORDER BY a.board, a.approval_number
  `,
  /**
   * Record $1 with what its CE certificate prints: the holder, the course, the certificate it came
   * with (revoked or not) and how the credited sessions were delivered.
   */
  printedRecord: `
    SELECT ${RECORD_COLUMNS}, holder.full_name AS "holderName", program.name AS "programName", program.id AS "programId",
           cohort.starts_on::text AS "cohortStartsOn", cohort.ends_on::text AS "cohortEndsOn",
           c.code AS "certificateCode", c.revoked_at AS "revokedAt",
           ARRAY(SELECT DISTINCT s.modality::text
                   FROM attendance_credit credit JOIN session s ON s.id = credit.session_id
                  WHERE credit.cohort_id = a.cohort_id AND credit.user_id = r.user_id AND credit.ce_eligible
                    AND NOT credit.made_up AND s.modality IS NOT NULL) AS modalities
      FROM ce_record r
      JOIN ce_approval a ON a.id = r.approval_id
      JOIN cohort ON cohort.id = a.cohort_id
      JOIN program ON program.id = cohort.program_id
      JOIN app_user holder ON holder.id = r.user_id
      LEFT JOIN certificate c ON c.id = r.certificate_id
     WHERE r.id = $1
  `,
});
