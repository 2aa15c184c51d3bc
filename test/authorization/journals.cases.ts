import { CREATE_ASSIGNMENT, givenAssignment, givenModule, givenSubmitted, RUBRIC, SUBMISSION_FIELDS } from '../support/factories';
import {
  AuthzCaseSet,
  AuthzWorld,
  COHORT_MEMBERS_AND_ADMIN,
  COHORT_PARTICIPANTS,
  COHORT_STAFF_AND_ADMIN,
  FACULTY_AND_ADMIN,
  PARTICIPANT_AND_STAFF,
} from './matrix';

interface JournalFixtures {
  moduleId: string;
  assignmentId: string;
  /** world.participant's submitted journal. */
  submissionId: string;
}

const fixtures = (world: AuthzWorld): JournalFixtures => world.fixtures.journals;

/** A fresh assignment nobody has written for, so state-changing rows start clean on every call. */
const freshAssignment = (world: AuthzWorld) => givenAssignment(world.app, world.admin, fixtures(world).moduleId, { rubric: RUBRIC, dueAt: '2026-12-01T12:00:00Z' });

const set: AuthzCaseSet = {
  async prepare(world) {
    const moduleId = await givenModule(world.app, world.faculty.token, world.cohort.cohortId);
    const assignmentId = await givenAssignment(world.app, world.faculty, moduleId, { rubric: RUBRIC });
    world.fixtures.journals = {
      moduleId,
      assignmentId,
      submissionId: (await givenSubmitted(world.app, world.participant, assignmentId)).id,
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
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { journalAssignment(id: $id) { id rubric { criteria { key } } } }`, variables: { id: fixtures(world).assignmentId } }),
    },
    {
      operation: 'journalAssignments',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { journalAssignments(moduleId: $id) { id module { id } } }`, variables: { id: fixtures(world).moduleId } }),
    },
    {
      operation: 'cohortJournalAssignments',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { cohortJournalAssignments(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'grantExtension',
      label: 'to world.participant',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id dueAt } }`,
        variables: { input: { assignmentId: fixtures(world).assignmentId, userId: world.participant.id, dueAt: '2026-12-01T12:00:00Z' } },
      }),
    },
    {
      // Each participant writes their own journal: there is no naming someone else's.
      operation: 'saveJournalDraft',
      allowed: COHORT_PARTICIPANTS,
      request: async (world) => ({
        query: `mutation($input: SaveJournalDraftInput!) { saveJournalDraft(input: $input) { id } }`,
        variables: { input: { assignmentId: await freshAssignment(world), body: 'A draft' } },
      }),
    },
    {
      operation: 'submitJournal',
      allowed: COHORT_PARTICIPANTS,
      request: async (world) => ({
        query: `mutation($input: SubmitJournalInput!) { submitJournal(input: $input) { id } }`,
        variables: { input: { assignmentId: await freshAssignment(world), body: 'A reflection' } },
      }),
    },
    {
      // Faculty of the cohort only: not facilitators, not admins as such.
      operation: 'gradeJournal',
      label: "world.participant's",
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
      label: "world.participant's",
      allowed: PARTICIPANT_AND_STAFF,
      request: (world) => ({ query: `query($id: ID!) { journalSubmission(id: $id) { ${SUBMISSION_FIELDS} } }`, variables: { id: fixtures(world).submissionId } }),
    },
    {
      // The caller's own journals in the cohort: anyone related to the cohort may ask.
      operation: 'myJournals',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { myJournals(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'gradingQueue',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { gradingQueue(cohortId: $id) { ${SUBMISSION_FIELDS} } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'assignmentSubmissions',
      allowed: COHORT_STAFF_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { assignmentSubmissions(assignmentId: $id) { id status } }`, variables: { id: fixtures(world).assignmentId } }),
    },
  ],
};

export default set;
