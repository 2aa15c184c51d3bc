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
