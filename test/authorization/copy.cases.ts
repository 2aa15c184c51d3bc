import { AuthzCaseSet } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      // Coordinators of a program will come through the same access layer; today only admins set up cohorts.
      operation: 'copyCohort',
      adminOnly: true,
      request: (world) => ({
        query: `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id name startsOn } }`,
        variables: { input: { cohortId: world.cohort.cohortId, name: 'Next year', startsOn: '2027-01-04' } },
      }),
    },
  ],
};

export default set;
