import { PASSWORD, givenUser, uniqueEmail } from '../support/factories';
import { ADMIN_ONLY, AuthzCaseSet, EVERYONE, SIGNED_IN } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'login',
      allowed: EVERYONE,
      request: (world) => ({
        query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email: world.participant.email, password: PASSWORD } },
      }),
    },
    { operation: 'me', allowed: SIGNED_IN, request: () => ({ query: `{ me { id } }` }) },
    {
      operation: 'createUser',
      allowed: ADMIN_ONLY,
      request: () => ({
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email: uniqueEmail(), fullName: 'Matrix Person', password: PASSWORD } },
      }),
    },
    {
      operation: 'createProgram',
      allowed: ADMIN_ONLY,
      request: () => ({
        query: `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
        variables: { input: { name: 'Matrix program' } },
      }),
    },
    { operation: 'programs', allowed: SIGNED_IN, request: () => ({ query: `{ programs { id } }` }) },
    {
      operation: 'createCohort',
      allowed: ADMIN_ONLY,
      request: (world) => ({
        query: `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
        variables: { input: { programId: world.cohort.programId, name: 'Matrix cohort', startsOn: '2026-01-01', endsOn: '2026-06-30', capacity: 5 } },
      }),
    },
    {
      operation: 'cohort',
      allowed: ['participant', 'faculty', 'facilitator', 'admin'],
      request: (world) => ({ query: `query($id: ID!) { cohort(id: $id) { id members { id } } }`, variables: { id: world.cohort.cohortId } }),
    },
    { operation: 'cohorts', allowed: SIGNED_IN, request: () => ({ query: `{ cohorts { id } }` }) },
    { operation: 'myCohorts', allowed: SIGNED_IN, request: () => ({ query: `{ myCohorts { id cohort { id } } }` }) },
    {
      operation: 'enroll',
      allowed: ADMIN_ONLY,
      request: async (world) => {
        const user = await givenUser(world.app, world.admin);
        return {
          query: `mutation($input: EnrollInput!) { enroll(input: $input) { id } }`,
          variables: { input: { cohortId: world.cohort.cohortId, userId: user.id, role: 'PARTICIPANT' } },
        };
      },
    },
  ],
};

export default set;
