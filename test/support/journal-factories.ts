import { GivenCohort, givenCohort, givenMember, SignedIn, signInAdmin } from './factories';
import { TestApp } from './test-app';

export const SUBMISSION_FIELDS = `id status version body submittedAt late feedback score assignment { id title } participant { id fullName }`;

export const CREATE_ASSIGNMENT = `mutation($input: CreateJournalAssignmentInput!) {
  createJournalAssignment(input: $input) { id title prompt dueAt expectedMinutes moduleId cohortId rubric { criteria { key title levels { key title points } } } }
}`;
export const UPDATE_ASSIGNMENT = `mutation($input: UpdateJournalAssignmentInput!) { updateJournalAssignment(input: $input) { id title dueAt expectedMinutes } }`;
export const SAVE_DRAFT = `mutation($input: SaveJournalDraftInput!) { saveJournalDraft(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMIT = `mutation($input: SubmitJournalInput!) { submitJournal(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const GRADE = `mutation($input: GradeJournalInput!) { gradeJournal(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const GRANT_EXTENSION = `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id dueAt participant { id } assignment { id } } }`;
export const SUBMISSION = `query($id: ID!) {
  journalSubmission(id: $id) { ${SUBMISSION_FIELDS} versions { attempt version body submittedAt } grades { outcome feedback score gradedVersion rubricLevels { criterion level } grader { id } } }
}`;
export const ASSIGNMENT_SUBMISSIONS = `query($assignmentId: ID!) { assignmentSubmissions(assignmentId: $assignmentId) { id status body } }`;
export const MY_JOURNALS = `query($cohortId: ID!) { myJournals(cohortId: $cohortId) { ${SUBMISSION_FIELDS} } }`;
export const GRADING_QUEUE = `query($cohortId: ID!) { gradingQueue(cohortId: $cohortId) { ${SUBMISSION_FIELDS} } }`;

export const RUBRIC = {
  criteria: [
    { key: 'stance', title: 'Consultative stance', levels: [{ key: 'emerging', title: 'Emerging', points: 1 }, { key: 'proficient', title: 'Proficient', points: 2 }] },
    { key: 'parallel', title: 'Parallel process', levels: [{ key: 'emerging', title: 'Emerging' }, { key: 'proficient', title: 'Proficient' }] },
  ],
};

/** A course module written straight to the database (journals only need it to exist). */
export async function givenModule(app: TestApp, cohortId: string, position = 1): Promise<string> {
  const { rows } = await app.db.query(
    `INSERT INTO course_module (cohort_id, title, position) VALUES ($1, $2, $3) RETURNING id`,
    [cohortId, `Module ${position}`, position],
  );
  return rows[0].id;
}

/** A journal assignment created through the API by `author` (faculty or admin). */
export async function givenAssignment(
  app: TestApp,
  author: SignedIn,
  moduleId: string,
  fields: { dueAt?: string; rubric?: unknown; expectedMinutes?: number; title?: string } = {},
): Promise<string> {
  const input = {
    moduleId,
    title: fields.title ?? 'Entering the consultative stance',
    prompt: 'Reflect on a moment this month when you slowed down.',
    dueAt: fields.dueAt ?? '2026-10-18T23:59:00Z',
    expectedMinutes: fields.expectedMinutes ?? 90,
    ...(fields.rubric ? { rubric: fields.rubric } : {}),
  };
  const { createJournalAssignment } = await app.ok(CREATE_ASSIGNMENT, { input }, author.token);
  return createJournalAssignment.id;
}

export async function givenSubmitted(app: TestApp, participant: SignedIn, assignmentId: string, body = 'My reflection on the visit.') {
  const { submitJournal } = await app.ok(SUBMIT, { input: { assignmentId, body } }, participant.token);
  return submitJournal as { id: string; version: number; status: string; late: boolean };
}

export interface JournalWorld {
  admin: SignedIn;
  cohort: GivenCohort;
  faculty: SignedIn;
  facilitator: SignedIn;
  participant: SignedIn;
  moduleId: string;
  assignmentId: string;
}

/** A cohort with one person per role, a module and an assignment (due 2026-10-18) with a rubric. */
export async function givenJournalWorld(app: TestApp): Promise<JournalWorld> {
  const admin = await signInAdmin(app);
  const cohort = await givenCohort(app, admin);
  const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
  const facilitator = await givenMember(app, admin, cohort.cohortId, 'FACILITATOR');
  const participant = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
  const moduleId = await givenModule(app, cohort.cohortId);
  const assignmentId = await givenAssignment(app, faculty, moduleId, { rubric: RUBRIC });
  return { admin, cohort, faculty, facilitator, participant, moduleId, assignmentId };
}

export async function countRows(app: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n;
}
