import { randomBytes } from 'node:crypto';
import { ADMINISTRATORS, AuthzCaseSet, AuthzWorld, refuseAs, SIGNED_IN } from './matrix';

const APPROVAL_FIELDS = { approvalNumber: 'MATRIX-1', licenseTypes: ['LCSW'] };

function someBoard(): string {
  return `Fictional Board ${randomBytes(4).toString('hex')}`;
}

async function approval(world: AuthzWorld): Promise<string> {
  const { approveCe } = await world.app.ok(
    `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
    { input: { cohortId: world.cohort.cohortId, board: someBoard(), ...APPROVAL_FIELDS } },
    world.admin.token,
  );
  return approveCe.id;
}

const set: AuthzCaseSet = {
  async prepare(world) {
    world.fixtures.ceApprovalToUpdate = await approval(world);
  },
  cases: [
    {
      operation: 'approveCe',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, board: someBoard(), ...APPROVAL_FIELDS } },
      }),
    },
    {
      operation: 'updateCeApproval',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: UpdateCeApprovalInput!) { updateCeApproval(input: $input) { id } }`,
        variables: { input: { approvalId: world.fixtures.ceApprovalToUpdate, incrementMinutes: 30 } },
      }),
    },
    {
      operation: 'removeCeApproval',
      allowed: ADMINISTRATORS,
      request: async (world) => ({
        query: `mutation($approvalId: ID!) { removeCeApproval(approvalId: $approvalId) }`,
        variables: { approvalId: await approval(world) },
      }),
    },
    {
      operation: 'ceApprovals',
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: `query($cohortId: ID!) { ceApprovals(cohortId: $cohortId) { id } }`, variables: { cohortId: world.cohort.cohortId } }),
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
