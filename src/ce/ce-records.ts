import { EntityManager } from 'typeorm';

/**
 * CE records for valid certificates of licensed or license-eligible holders (a non-empty
 * credentials list), one per board approval of the cohort, from the certificate's CE minutes.
 */
const CREATE_RECORDS_SQL = (filter: string) => `
INSERT INTO ce_record (certificate_id, approval_id, user_id, minutes)
SELECT c.id, a.id, c.user_id, c.ce_eligible_minutes
FROM certificate c
JOIN ce_approval a ON a.cohort_id = c.cohort_id
JOIN app_user u ON u.id = c.user_id
WHERE ${filter} AND c.revoked_at IS NULL AND cardinality(u.credentials) > 0
ON CONFLICT DO NOTHING
RETURNING id`;

/*
 * Each path creates records only from the other's committed rows, so an issuance and an approval of
 * one cohort committing at the same time would leave those certificates without that approval's
 * records. Row locks on the cohort order them: issuances share theirs (they stay concurrent with one
 * another), an approval waits for them and they wait for it. Neither blocks foreign-key checks.
 */

/** Before inserting certificates of the cohort. */
export async function lockCohortForIssuance(manager: EntityManager, cohortId: string): Promise<void> {
  await manager.query('SELECT id FROM cohort WHERE id = $1 FOR SHARE', [cohortId]);
}

/** Before inserting an approval of the cohort; false when the cohort does not exist. */
export async function lockCohortForApproval(manager: EntityManager, cohortId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT id FROM cohort WHERE id = $1 FOR NO KEY UPDATE', [cohortId]);
  return rows.length > 0;
}

/** At issuance, inside the issuing transaction: records for every approval the cohort already has. */
export async function createCeRecordsForCertificates(manager: EntityManager, certificateIds: string[]): Promise<number> {
  const rows: unknown[] = await manager.query(CREATE_RECORDS_SQL('c.id = ANY($1::uuid[])'), [certificateIds]);
  return rows.length;
}

/** When a board approves later: records for certificates already issued in the cohort. */
export async function createCeRecordsForApproval(manager: EntityManager, approvalId: string): Promise<number> {
  const rows: unknown[] = await manager.query(CREATE_RECORDS_SQL('a.id = $1'), [approvalId]);
  return rows.length;
}
