import { givenMember } from '../support/factories';
import { CREATE_ASSIGNMENT, givenAssignment, givenModule, givenSubmitted, RUBRIC, SUBMISSION_FIELDS } from '../support/journal-factories';
import { AuthzCaseSet, AuthzWorld, SIGNED_IN, STAFF_AND_ADMIN } from './matrix';

const FACULTY_AND_ADMIN = ['faculty', 'admin'] as const;

interface JournalFixtures {
  moduleId: string;
  assignmentId: string;
  ownSubmissionId: string;
  classmateSubmissionId: string;
}

const fixtures = (world: AuthzWorld): JournalFixtures => world.fixtures.journals;

/** A fresh assignment nobody has written for, so state-changing rows start clean on every call. */
const freshAssignment = (world: AuthzWorld) => givenAssignment(world.app, world.admin, fixtures(world).moduleId, { rubric: RUBRIC, dueAt: '2026-12-01T12:00:00Z' });

const set: AuthzCaseSet = {
  async prepare(world) {
    const moduleId = await givenModule(world.app, world.cohort.cohortId);
    const assignmentId = await givenAssignment(world.app, world.faculty, moduleId, { rubric: RUBRIC });
    const classmate = await givenMember(world.app, world.admin, world.cohort.cohortId, 'PARTICIPANT');
    world.fixtures.journals = {
      moduleId,
      assignmentId,
      ownSubmissionId: (await givenSubmitted(world.app, world.participant, assignmentId)).id,
      classmateSubmissionId: (await givenSubmitted(world.app, classmate, assignmentId)).id,
    } satisfies JournalFixtures;
  },
  cases: [
    {
      operation: 'createJournalAssignment',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: CREATE_ASSIGNMENT,
        variables: { input: { moduleId: fixtures(world).moduleId, title: 'Matrix journal', prompt: 'Reflect.', dueAt: '2026-11-30T12:00:00Z', expectedMinutes: 90 } },
      }),
    },
    {
      operation: 'updateJournalAssignment',
      allowed: FACULTY_AND_ADMIN,
      request: async (world) => ({
        query: `mutation($input: UpdateJournalAssignmentInput!) { updateJournalAssignment(input: $input) { id } }`,
        variables: { input: { assignmentId: await freshAssignment(world), title: 'Renamed' } },
      }),
    },
    {
      operation: 'journalAssignment',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { journalAssignment(id: $id) { id rubric { criteria { key } } } }`, variables: { id: fixtures(world).assignmentId } }),
    },
    {
      operation: 'journalAssignments',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { journalAssignments(moduleId: $id) { id module { id } } }`, variables: { id: fixtures(world).moduleId } }),
    },
    {
      operation: 'cohortJournalAssignments',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { cohortJournalAssignments(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'grantExtension',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id dueAt } }`,
        variables: { input: { assignmentId: fixtures(world).assignmentId, userId: world.participant.id, dueAt: '2026-12-01T12:00:00Z' } },
      }),
    },
    {
      operation: 'saveJournalDraft',
      allowed: ['participant'],
      request: async (world) => ({
        query: `mutation($input: SaveJournalDraftInput!) { saveJournalDraft(input: $input) { id } }`,
        variables: { input: { assignmentId: await freshAssignment(world), body: 'A draft' } },
      }),
    },
    {
      operation: 'submitJournal',
      allowed: ['participant'],
      request: async (world) => ({
        query: `mutation($input: SubmitJournalInput!) { submitJournal(input: $input) { id } }`,
        variables: { input: { assignmentId: await freshAssignment(world), body: 'A reflection' } },
      }),
    },
    {
      operation: 'gradeJournal',
      allowed: ['faculty'],
      request: async (world) => {
        const submission = await givenSubmitted(world.app, world.participant, await freshAssignment(world));
        return {
          query: `mutation($input: GradeJournalInput!) { gradeJournal(input: $input) { id status } }`,
          variables: { input: { submissionId: submission.id, outcome: 'SATISFACTORY', feedback: 'Well done.', version: submission.version } },
        };
      },
    },
    {
      operation: 'journalSubmission',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { journalSubmission(id: $id) { ${SUBMISSION_FIELDS} } }`, variables: { id: fixtures(world).ownSubmissionId } }),
    },
    {
      // The same query for a classmate's journal: the participant is told it does not exist.
      operation: 'journalSubmission',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { journalSubmission(id: $id) { ${SUBMISSION_FIELDS} } }`, variables: { id: fixtures(world).classmateSubmissionId } }),
    },
    {
      operation: 'myJournals',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { myJournals(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'gradingQueue',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { gradingQueue(cohortId: $id) { ${SUBMISSION_FIELDS} } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'assignmentSubmissions',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { assignmentSubmissions(assignmentId: $id) { id status } }`, variables: { id: fixtures(world).assignmentId } }),
    },
  ],
};

export default set;
