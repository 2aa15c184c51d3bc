import { givenCohort } from '../support/factories';
import { AuthzCaseSet, COHORT_STAFF_AND_ADMIN, PARTICIPANT_AND_STAFF } from './matrix';

const set: AuthzCaseSet = {
  async prepare(world) {
    // Requirements change here only on a cohort of their own, so other rows' eligibility stays put.
    world.fixtures.completion = { cohortId: (await givenCohort(world.app, world.admin)).cohortId };
  },
  cases: [
    {
      operation: 'setCompletionRequirement',
      adminOnly: true,
      request: (world) => ({
        query: `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`,
        variables: { input: { cohortId: world.fixtures.completion.cohortId, kind: 'JOURNALS_SATISFACTORY', threshold: 8 } },
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
