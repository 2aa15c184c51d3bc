import { ADMINISTRATORS, AuthzCaseSet } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'copyCohort',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id name startsOn } }`,
        variables: { input: { cohortId: world.cohort.cohortId, name: 'Next year', startsOn: '2027-01-04' } },
      }),
    },
  ],
};

export default set;
