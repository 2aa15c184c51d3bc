import { givenMember, setRequirement } from '../support/factories';
import {
  ADMINISTRATORS,
  AuthzCaseSet,
  COHORT_MEMBERS_AND_ADMIN,
  COHORT_STAFF_AND_ADMIN,
  givenSiblingCohort,
  PARTICIPANT_AND_STAFF,
  STRANGERS_TO_SIBLING,
} from './matrix';

const set: AuthzCaseSet = {
  async prepare(world) {
    // Requirements change here only on a cohort of their own, so other rows' eligibility stays put.
    const cohortId = await givenSiblingCohort(world);
    const requirement = await setRequirement(world.app, world.admin, cohortId, 'COMMUNITY_SESSIONS_ATTENDED', 4);
    world.fixtures.completion = { cohortId, requirementId: requirement.id };
  },
  cases: [
    {
      operation: 'setCompletionRequirement',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: (world) => ({
        query: `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`,
        variables: { input: { cohortId: world.fixtures.completion.cohortId, kind: 'JOURNALS_SATISFACTORY', threshold: 8 } },
      }),
    },
    {
      operation: 'removeCompletionRequirement',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      async request(world) {
        const { id } = await setRequirement(world.app, world.admin, world.fixtures.completion.cohortId, 'REFLECTIVE_PRACTICE_MINUTES', 60);
        return { query: `mutation($id: ID!) { removeCompletionRequirement(id: $id) }`, variables: { id } };
      },
    },
    {
      operation: 'waiveRequirement',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => {
        const { cohortId, requirementId } = world.fixtures.completion;
        const participant = await givenMember(world.app, world.admin, cohortId, 'PARTICIPANT');
        return {
          query: `mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { id } }`,
          variables: { input: { cohortId, userId: participant.id, requirementId, reason: 'Attended elsewhere' } },
        };
      },
    },
    {
      operation: 'cohortRequirements',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({
        query: `query($cohortId: ID!) { cohortRequirements(cohortId: $cohortId) { id } }`,
        variables: { cohortId: world.cohort.cohortId },
      }),
    },
    {
      // world.participant's progress: they ask for their own (no userId), everyone else names them.
      operation: 'progress',
      allowed: PARTICIPANT_AND_STAFF,
      request: (world, actor) => ({
        query: `query($cohortId: ID!, $userId: ID) { progress(cohortId: $cohortId, userId: $userId) { eligible } }`,
        variables: { cohortId: world.cohort.cohortId, userId: actor === 'participant' ? undefined : world.participant.id },
      }),
    },
    {
      // The same people as progress: world.participant's own hours, or theirs named by staff.
      operation: 'hoursTranscript',
      allowed: PARTICIPANT_AND_STAFF,
      request: (world, actor) => ({
        query: `query($cohortId: ID!, $userId: ID) { hoursTranscript(cohortId: $cohortId, userId: $userId) { contactMinutes } }`,
        variables: { cohortId: world.cohort.cohortId, userId: actor === 'participant' ? undefined : world.participant.id },
      }),
    },
    {
      operation: 'cohortProgress',
      allowed: COHORT_STAFF_AND_ADMIN,
      request: (world) => ({
        query: `query($cohortId: ID!) { cohortProgress(cohortId: $cohortId) { eligible user { id } } }`,
        variables: { cohortId: world.cohort.cohortId },
      }),
    },
  ],
};

export default set;
