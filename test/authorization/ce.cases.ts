import { randomBytes } from 'node:crypto';
import { ADMIN_ONLY, AuthzCaseSet, SIGNED_IN } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'approveCe',
      allowed: ADMIN_ONLY,
      request: (world) => ({
        query: `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
        variables: {
          input: { cohortId: world.cohort.cohortId, board: `Fictional Board ${randomBytes(4).toString('hex')}`, approvalNumber: 'MATRIX-1' },
        },
      }),
    },
    { operation: 'ceRecords', allowed: SIGNED_IN, request: () => ({ query: `{ ceRecords { board hours } }` }) },
  ],
};

export default set;
