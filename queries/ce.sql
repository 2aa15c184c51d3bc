-- Rendered from src/ce/ce.queries.ts (defineQueries 'ce') by `npm run queries:update`; edit the queries there.

-- name: lockCohortForIssuance
SELECT id FROM cohort WHERE id = $1 FOR SHARE;

-- name: lockCohortForApproval
SELECT id FROM cohort WHERE id = $1 FOR NO KEY UPDATE;

-- name: createRecordsForCertificates
INSERT INTO ce_record (certificate_id, approval_id, user_id, minutes)
SELECT c.id, a.id, c.user_id, c.ce_eligible_minutes
  FROM certificate c
  JOIN ce_approval a ON a.cohort_id = c.cohort_id
  JOIN app_user u ON u.id = c.user_id
 WHERE c.id = ANY ($1::uuid[]) AND c.revoked_at IS NULL AND cardinality(u.credentials) > 0
ON CONFLICT DO NOTHING
RETURNING id;

-- name: createRecordsForApproval
INSERT INTO ce_record (certificate_id, approval_id, user_id, minutes)
SELECT c.id, a.id, c.user_id, c.ce_eligible_minutes
  FROM certificate c
  JOIN ce_approval a ON a.cohort_id = c.cohort_id
  JOIN app_user u ON u.id = c.user_id
 WHERE a.id = $1 AND c.revoked_at IS NULL AND cardinality(u.credentials) > 0
ON CONFLICT DO NOTHING
RETURNING id;
