import { TestApp } from '../test-app';
import { givenModule } from './curriculum';
import { GivenCohort, givenCohort, givenMember, SignedIn, signInAdmin } from './people';

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
  const moduleId = await givenModule(app, faculty.token, cohort.cohortId);
  const assignmentId = await givenAssignment(app, faculty, moduleId, { rubric: RUBRIC });
  return { admin, cohort, faculty, facilitator, participant, moduleId, assignmentId };
}

/**
 * `count` journal submissions with `status` for the participant, each assignment expecting
 * `expectedMinutes`, written straight to the database with a module of their own (set-up for completion and CE).
 */
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
