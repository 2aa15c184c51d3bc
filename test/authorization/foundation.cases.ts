import { PASSWORD, givenUser, uniqueEmail } from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, COHORT_MEMBERS_AND_ADMIN, EVERYONE, SIGNED_IN } from './matrix';

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
    // The caller's own things: no record to be related to, so anyone signed in, outsiders too.
    { operation: 'me', allowed: SIGNED_IN, request: () => ({ query: `{ me { id } }` }) },
    { operation: 'programs', allowed: SIGNED_IN, request: () => ({ query: `{ programs { id } }` }) },
    { operation: 'cohorts', allowed: SIGNED_IN, request: () => ({ query: `{ cohorts { id } }` }) },
    { operation: 'myCohorts', allowed: SIGNED_IN, request: () => ({ query: `{ myCohorts { id cohort { id } } }` }) },
    {
      operation: 'createUser',
      adminOnly: true,
      request: () => ({
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email: uniqueEmail(), fullName: 'Matrix Person', password: PASSWORD } },
      }),
    },
    {
      operation: 'createProgram',
      adminOnly: true,
      request: () => ({
        query: `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
        variables: { input: { name: 'Matrix program' } },
      }),
    },
    {
      operation: 'createCohort',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
        variables: { input: { programId: world.cohort.programId, name: 'Matrix cohort', startsOn: '2026-01-01', endsOn: '2026-06-30', capacity: 5 } },
      }),
    },
    {
      operation: 'cohort',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { cohort(id: $id) { id members { id } } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'enroll',
      allowed: ADMINISTRATORS,
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
