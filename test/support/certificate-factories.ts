import { SignedIn } from './factories';
import { TestApp } from './test-app';

export type SessionKind =
  | 'FACULTY_SEMINAR'
  | 'COMMUNITY_OF_PRACTICE'
  | 'RETREAT'
  | 'REFLECTIVE_PRACTICE'
  | 'REFLECTIVE_SUPERVISION'
  | 'CIRCLE_OF_SECURITY'
  | 'OTHER';

export const CERTIFICATE_FIELDS = `id code status issuedAt userId holderName programName cohortName contactMinutes
  credentialJwt verifyUrl pdfUrl revokedAt revocationReason`;

export async function setRequirement(app: TestApp, admin: SignedIn, cohortId: string, kind: string, threshold: number) {
  const { setCompletionRequirement } = await app.ok(
    `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id kind threshold } }`,
    { input: { cohortId, kind, threshold } },
    admin.token,
  );
  return setCompletionRequirement as { id: string; kind: string; threshold: number };
}

/** Sessions written straight to the database (scheduling is another domain's operation). */
export async function givenSessions(
  app: TestApp,
  cohortId: string,
  kind: SessionKind,
  count: number,
  options: { durationMinutes?: number; ceEligible?: boolean; cancelled?: boolean } = {},
): Promise<string[]> {
  const { rows } = await app.db.query(
    `INSERT INTO session (cohort_id, kind, title, starts_at, duration_minutes, ce_eligible, cancelled_at)
     SELECT $1, $2::session_kind, $2::text || ' ' || n, '2026-03-02T17:00:00Z'::timestamptz + n * interval '7 days', $4, $5,
            CASE WHEN $6 THEN now() END
     FROM generate_series(1, $3::int) AS n RETURNING id`,
    [cohortId, kind, count, options.durationMinutes ?? 120, options.ceEligible ?? false, options.cancelled ?? false],
  );
  return rows.map((row: { id: string }) => row.id);
}

/** Everyone listed attends every listed session with `status` (minutes default to the full session when PRESENT). */
export async function givenAttendance(
  app: TestApp,
  sessionIds: string[],
  userIds: string[],
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED' = 'PRESENT',
  minutes?: number,
): Promise<void> {
  await app.db.query(
    `INSERT INTO attendance (session_id, user_id, status, minutes_attended)
     SELECT s.id, u.id, $3::attendance_status, CASE WHEN $3::text = 'PRESENT' THEN coalesce($4, s.duration_minutes) ELSE 0 END
     FROM session s CROSS JOIN unnest($2::uuid[]) AS u(id) WHERE s.id = ANY($1::uuid[])`,
    [sessionIds, userIds, status, minutes ?? null],
  );
}

/** `count` journal submissions with `status` for the participant, each assignment expecting `expectedMinutes`. */
export async function givenJournals(
  app: TestApp,
  cohortId: string,
  participantId: string,
  count: number,
  options: { status?: string; expectedMinutes?: number } = {},
): Promise<void> {
  await app.db.query(
    `WITH module AS (
       INSERT INTO course_module (cohort_id, title, position) VALUES ($1, 'Journals module', 1) RETURNING id
     ), assignment AS (
       INSERT INTO journal_assignment (module_id, cohort_id, title, prompt, due_at, expected_minutes)
       SELECT module.id, $1, 'Journal ' || n, 'Reflect.', '2026-06-01T00:00:00Z', $4 FROM module, generate_series(1, $3::int) AS n
       RETURNING id
     )
     INSERT INTO journal_submission (assignment_id, participant_id, cohort_id, status, body)
     SELECT assignment.id, $2, $1, $5::journal_submission_status, 'A private reflection.' FROM assignment`,
    [cohortId, participantId, count, options.expectedMinutes ?? 90, options.status ?? 'SATISFACTORY'],
  );
}

/** Practicum log entries of `minutes` each, with `status`, at one fresh placement. */
export async function givenPracticum(
  app: TestApp,
  cohortId: string,
  participantId: string,
  minutesPerEntry: number[],
  status: 'PENDING' | 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED',
): Promise<void> {
  await app.db.query(
    `WITH placement AS (
       INSERT INTO practicum_placement (cohort_id, participant_id, provider_code, setting_type)
       VALUES ($1, $2, 'FCC-' || upper(substr(md5(random()::text), 1, 6)), 'FAMILY_CHILD_CARE_HOME') RETURNING id
     )
     INSERT INTO practicum_log_entry (placement_id, participant_id, cohort_id, date, minutes, activity, reflection, status)
     SELECT placement.id, $2, $1, '2026-04-01', m, 'OBSERVATION', 'A private reflection.', $4::practicum_entry_status
     FROM placement, unnest($3::int[]) AS m`,
    [cohortId, participantId, minutesPerEntry, status],
  );
}

/**
 * Makes the participants eligible under a one-seminar requirement: one CE-eligible faculty seminar
 * of `minutes` that they all attended.
 */
export async function givenEligible(app: TestApp, admin: SignedIn, cohortId: string, userIds: string[], minutes = 150): Promise<void> {
  await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 1);
  const sessions = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1, { durationMinutes: minutes, ceEligible: true });
  await givenAttendance(app, sessions, userIds);
}

export async function issueCertificate(app: TestApp, admin: SignedIn, cohortId: string, userId: string) {
  const { issueCertificate: certificate } = await app.ok(
    `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`,
    { input: { cohortId, userId } },
    admin.token,
  );
  return certificate;
}

export async function countRows(app: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n;
}
