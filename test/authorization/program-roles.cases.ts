import { givenUser } from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, AuthzWorld } from './matrix';

const ROLE_INPUT = 'mutation($input: ProgramRoleInput!)';

/** Someone new to make (or unmake) a coordinator of world.cohort's program. */
async function roleFor(world: AuthzWorld) {
  const person = await givenUser(world.app, world.admin);
  return { programId: world.cohort.programId, userId: person.id, role: 'COORDINATOR' };
}

const set: AuthzCaseSet = {
  cases: [
    {
      // Granting is for administrators only: a coordinator makes no one else one.
      operation: 'grantProgramRole',
      adminOnly: true,
      request: async (world) => ({ query: `${ROLE_INPUT} { grantProgramRole(input: $input) { id role } }`, variables: { input: await roleFor(world) } }),
    },
    {
      operation: 'revokeProgramRole',
      adminOnly: true,
      request: async (world) => {
        const input = await roleFor(world);
        await world.app.ok(`${ROLE_INPUT} { grantProgramRole(input: $input) { id } }`, { input }, world.admin.token);
        return { query: `${ROLE_INPUT} { revokeProgramRole(input: $input) }`, variables: { input } };
      },
    },
    {
      operation: 'programRoles',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `query($programId: ID!) { programRoles(programId: $programId) { role user { id } } }`,
        variables: { programId: world.cohort.programId },
      }),
    },
  ],
};

export default set;
