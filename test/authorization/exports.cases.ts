import { ADMINISTRATORS, AuthzCase, AuthzCaseSet } from './matrix';

/** A cohort export read as its administrators would: a page of rows of world.cohort. */
function cohortExport(operation: string, selection: string): AuthzCase {
  return {
    operation,
    allowed: ADMINISTRATORS,
    request: (world) => ({ query: `query($cohortId: ID!) { ${operation}(cohortId: $cohortId, first: 5) { totalCount ${selection} } }`, variables: { cohortId: world.cohort.cohortId } }),
  };
}

const set: AuthzCaseSet = {
  async prepare(world) {
    const { approveCe } = await world.app.ok(
      `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
      { input: { cohortId: world.cohort.cohortId, board: 'Fictional Board of Exports', approvalNumber: 'MATRIX-ROSTER', licenseTypes: ['LCSW'] } },
      world.admin.token,
    );
    world.fixtures.exportsApprovalId = approveCe.id;
  },
  cases: [
    cohortExport('cohortProgressExport', 'rows { eligible user { id } }'),
    cohortExport('attendanceExport', 'rows { sessionId minutesAttended }'),
    cohortExport('transcriptsExport', 'rows { contactMinutes }'),
    cohortExport('certificatesExport', 'rows { id status }'),
    {
      operation: 'ceRoster',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `query($approvalId: ID!) { ceRoster(approvalId: $approvalId, first: 5) { totalCount rows { licenseNumber hours } } }`,
        variables: { approvalId: world.fixtures.exportsApprovalId },
      }),
    },
  ],
};

export default set;
