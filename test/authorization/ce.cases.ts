import { randomBytes } from 'node:crypto';
import { AuthzCaseSet, refuseAs, SIGNED_IN } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'approveCe',
      adminOnly: true,
      request: (world) => ({
        query: `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
        variables: {
          input: { cohortId: world.cohort.cohortId, board: `Fictional Board ${randomBytes(4).toString('hex')}`, approvalNumber: 'MATRIX-1' },
        },
      }),
    },
    { operation: 'ceRecords', label: 'own', allowed: SIGNED_IN, request: () => ({ query: `{ ceRecords { board hours } }` }) },
    {
      operation: 'ceRecords',
      label: "world.participant's",
      allowed: ['participant', 'admin'],
      refusals: refuseAs(
        ['peerParticipant', 'faculty', 'facilitator', 'otherFacilitator'],
        'NOT_FOUND',
        "a person's CE records belong to no cohort: only their holder and admins are related to them",
      ),
      request: (world) => ({ query: `query($userId: ID) { ceRecords(userId: $userId) { board hours } }`, variables: { userId: world.participant.id } }),
    },
  ],
};

export default set;
