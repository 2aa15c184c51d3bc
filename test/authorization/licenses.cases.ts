import { AuthzCaseSet, AuthzWorld, refuseAs, SIGNED_IN } from './matrix';

const SET_LICENSES = `mutation($input: SetLicensesInput!) { setLicenses(input: $input) { id licenses { type state } } }`;
const LICENSES = [{ type: 'LMFT', state: 'CA', number: 'LMFT-100200', status: 'ACTIVE' }];

const set: AuthzCaseSet = {
  cases: [
    { operation: 'licenseTypes', allowed: SIGNED_IN, request: () => ({ query: `{ licenseTypes { code name } }` }) },
    {
      operation: 'setLicenses',
      label: 'own',
      allowed: SIGNED_IN,
      request: (world: AuthzWorld, actor) => ({
        query: SET_LICENSES,
        // Whoever asks names themself; anonymous names world.participant.
        variables: { input: { userId: actor === 'anonymous' ? world.participant.id : world[actor].id, licenses: LICENSES } },
      }),
    },
    {
      operation: 'setLicenses',
      label: "world.participant's",
      allowed: ['participant', 'admin'],
      refusals: refuseAs(
        ['peerParticipant', 'faculty', 'facilitator', 'otherFacilitator'],
        'NOT_FOUND',
        'a person belongs to no cohort: only they themself and admins are related to them in an access check',
      ),
      request: (world) => ({ query: SET_LICENSES, variables: { input: { userId: world.participant.id, licenses: LICENSES } } }),
    },
  ],
};

export default set;
