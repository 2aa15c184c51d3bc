import { defineQueries } from '../database/query-set';

/*
 * CE records go to valid certificates of licensed or license-eligible holders (a non-empty
 * credentials list), one per board approval of the cohort, from the certificate's CE minutes.
 *
 * Each creating path reads only the other's committed rows, so an issuance and an approval of one
 * cohort committing at the same time would leave those certificates without that approval's
 * records. Row locks on the cohort order them: issuances share theirs (they stay concurrent with one
 * another), an approval waits for them and they wait for it. Neither blocks foreign-key checks.
 */
export const CE_QUERIES = defineQueries('ce', {
  /** Before inserting certificates of the cohort ($1). */
  lockCohortForIssuance: `
    SELECT id FROM cohort WHERE id = $1 FOR SHARE
  `,
  /** Before inserting an approval of the cohort ($1); no row when the cohort does not exist. */
  lockCohortForApproval: `
    SELECT id FROM cohort WHERE id = $1 FOR NO KEY UPDATE
  `,
  /** At issuance: records of the new certificates ($1) for every approval their cohort already has. */
  createRecordsForCertificates: `
    INSERT INTO ce_record (certificate_id, approval_id, user_id, minutes)
    SELECT c.id, a.id, c.user_id, c.ce_eligible_minutes
      FROM certificate c
      JOIN ce_approval a ON a.cohort_id = c.cohort_id
      JOIN app_user u ON u.id = c.user_id
     WHERE c.id = ANY ($1::uuid[]) AND c.revoked_at IS NULL AND cardinality(u.credentials) > 0
    ON CONFLICT DO NOTHING
    RETURNING id
  `,
  /** When a board approves later: records of the approval ($1) for certificates already issued in its cohort. */
  createRecordsForApproval: `
    INSERT INTO ce_record (certificate_id, approval_id, user_id, minutes)
    SELECT c.id, a.id, c.user_id, c.ce_eligible_minutes
      FROM certificate c
      JOIN ce_approval a ON a.cohort_id = c.cohort_id
      JOIN app_user u ON u.id = c.user_id
     WHERE a.id = $1 AND c.revoked_at IS NULL AND cardinality(u.credentials) > 0
    ON CONFLICT DO NOTHING
    RETURNING id
  `,
});
