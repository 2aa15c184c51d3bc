import { ADMINISTRATORS, AuthzCaseSet, COHORT_MEMBERS_AND_ADMIN } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'updateProgram',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id issuerName } }`,
        variables: { input: { programId: world.cohort.programId, signatoryTitle: 'Program Director' } },
      }),
    },
    {
      // The issuer profile is what certificates print for anyone: whoever may read the cohort reads its program's.
      operation: 'cohort',
      label: "its program's issuer profile",
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({
        query: `query($id: ID!) { cohort(id: $id) { program { issuerName issuerUrl issuerEmail signatoryName signatoryTitle certificateTitle } } }`,
        variables: { id: world.cohort.cohortId },
      }),
    },
  ],
};

export default set;
