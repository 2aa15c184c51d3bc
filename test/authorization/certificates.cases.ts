import { givenEligible, issueCertificate } from '../support/certificate-factories';
import { givenCohort, givenMember } from '../support/factories';
import { ADMIN_ONLY, AuthzCaseSet, AuthzWorld, EVERYONE, SIGNED_IN, STAFF_AND_ADMIN } from './matrix';

/** A fresh certificate in a cohort of its own, for rows that change one. */
async function freshCertificate(world: AuthzWorld) {
  const { cohortId } = await givenCohort(world.app, world.admin);
  const holder = await givenMember(world.app, world.admin, cohortId, 'PARTICIPANT');
  await givenEligible(world.app, world.admin, cohortId, [holder.id]);
  return issueCertificate(world.app, world.admin, cohortId, holder.id);
}

const set: AuthzCaseSet = {
  async prepare(world) {
    await givenEligible(world.app, world.admin, world.cohort.cohortId, [world.participant.id]);
    const certificate = await issueCertificate(world.app, world.admin, world.cohort.cohortId, world.participant.id);
    world.fixtures.certificates = { code: certificate.code };
  },
  cases: [
    {
      operation: 'issueCertificate',
      allowed: ADMIN_ONLY,
      request: (world) => ({
        query: `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, userId: world.participant.id } },
      }),
    },
    {
      operation: 'issueCertificates',
      allowed: ADMIN_ONLY,
      request: (world) => ({
        query: `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued alreadyHeld notEligible } }`,
        variables: { cohortId: world.cohort.cohortId },
      }),
    },
    {
      operation: 'revokeCertificate',
      allowed: ADMIN_ONLY,
      request: async (world) => ({
        query: `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id status } }`,
        variables: { input: { certificateId: (await freshCertificate(world)).id, reason: 'Matrix revocation' } },
      }),
    },
    {
      operation: 'certificates',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `query($cohortId: ID!) { certificates(cohortId: $cohortId) { id code } }`,
        variables: { cohortId: world.cohort.cohortId },
      }),
    },
    { operation: 'myCertificates', allowed: SIGNED_IN, request: () => ({ query: `{ myCertificates { id code } }` }) },
    {
      operation: 'verifyCertificate',
      allowed: EVERYONE,
      request: (world) => ({
        query: `query($code: String!) { verifyCertificate(code: $code) { valid status holderName } }`,
        variables: { code: world.fixtures.certificates.code },
      }),
    },
  ],
};

export default set;
