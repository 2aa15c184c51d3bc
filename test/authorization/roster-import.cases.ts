import { uniqueEmail } from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, givenSiblingCohort, STRANGERS_TO_SIBLING } from './matrix';

const IMPORT = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { applied created refused { line reason } } }`;

/** One new person, so an allowed call has something to do and nothing to refuse. */
const roster = () => `e-mail,full name,role\n${uniqueEmail('matrix-roster')},Matrix Roster Person,participant\n`;

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'importRoster',
      label: 'dry run',
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: IMPORT, variables: { input: { cohortId: world.cohort.cohortId, csv: roster() } } }),
    },
    {
      // Applied to a cohort of its own, so world.cohort's seats and members stay as the other rows expect.
      operation: 'importRoster',
      label: 'applied',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => ({ query: IMPORT, variables: { input: { cohortId: await givenSiblingCohort(world), csv: roster(), apply: true } } }),
    },
  ],
};

export default set;
