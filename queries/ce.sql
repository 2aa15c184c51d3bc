-- Rendered from src/ce/ce.queries.ts (defineQueries 'ce') by `npm run queries:update`; edit the queries there.

-- name: lockCohorts
SELECT id FROM cohort WHERE id = ANY ($1::uuid[]) ORDER BY id FOR NO KEY UPDATE;

-- name: lockCohortForIssuance
SELECT id FROM cohort WHERE id = $1 FOR SHARE;

-- name: approvedCohortsOf
SELECT DISTINCT a.cohort_id AS "cohortId"
  FROM ce_approval a
  JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.role = 'PARTICIPANT'
 WHERE e.user_id = ANY ($1::uuid[]);

-- name: refreshRecords
  WITH
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
),
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
  SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM removed)::int AS removed;

-- name: recordCounts
SELECT approval_id AS "approvalId", count(*)::int AS count FROM ce_record WHERE approval_id = ANY ($1::uuid[]) GROUP BY approval_id;

-- name: recordsOf
  SELECT
r.id, r.user_id AS "userId", r.minutes, r.license_type AS "licenseType", r.license_state AS "licenseState",
r.license_number AS "licenseNumber", r.certificate_id AS "certificateId", r.updated_at AS "updatedAt",
a.id AS "approvalId", a.board, a.approval_number AS "approvalNumber", a.statement, a.unit,
a.increment_minutes AS "incrementMinutes", a.cohort_id AS "cohortId", cohort.name AS "cohortName"
    FROM ce_record r
    JOIN ce_approval a ON a.id = r.approval_id
    JOIN cohort ON cohort.id = a.cohort_id
    LEFT JOIN certificate c ON c.id = r.certificate_id
   WHERE r.user_id = $1 AND c.revoked_at IS NULL
   ORDER BY cohort.starts_on DESC, cohort.id, a.board, a.approval_number
   LIMIT $2;

-- name: recordsOfCertificate
  SELECT
r.id, r.user_id AS "userId", r.minutes, r.license_type AS "licenseType", r.license_state AS "licenseState",
r.license_number AS "licenseNumber", r.certificate_id AS "certificateId", r.updated_at AS "updatedAt",
a.id AS "approvalId", a.board, a.approval_number AS "approvalNumber", a.statement, a.unit,
a.increment_minutes AS "incrementMinutes", a.cohort_id AS "cohortId", cohort.name AS "cohortName"
    FROM ce_record r
    JOIN ce_approval a ON a.id = r.approval_id
    JOIN cohort ON cohort.id = a.cohort_id
   WHERE r.certificate_id = $1
   ORDER BY a.board, a.approval_number;

-- name: printedRecord
  SELECT
r.id, r.user_id AS "userId", r.minutes, r.license_type AS "licenseType", r.license_state AS "licenseState",
r.license_number AS "licenseNumber", r.certificate_id AS "certificateId", r.updated_at AS "updatedAt",
a.id AS "approvalId", a.board, a.approval_number AS "approvalNumber", a.statement, a.unit,
a.increment_minutes AS "incrementMinutes", a.cohort_id AS "cohortId", cohort.name AS "cohortName", holder.full_name AS "holderName", program.name AS "programName", program.id AS "programId",
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
   WHERE r.id = $1;
