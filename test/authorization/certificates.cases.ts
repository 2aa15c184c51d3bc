import { givenEligible, givenMember, issueCertificate } from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, AuthzWorld, COHORT_STAFF_AND_ADMIN, EVERYONE, givenSiblingCohort, SIGNED_IN, STRANGERS_TO_SIBLING } from './matrix';

/** A fresh certificate in a cohort of its own, for rows that change one. */
async function freshCertificate(world: AuthzWorld) {
  const cohortId = await givenSiblingCohort(world);
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
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, userId: world.participant.id } },
      }),
    },
    {
      operation: 'issueCertificates',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued alreadyHeld notEligible } }`,
        variables: { cohortId: world.cohort.cohortId },
      }),
    },
    {
      operation: 'revokeCertificate',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => ({
        query: `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id status } }`,
        variables: { input: { certificateId: (await freshCertificate(world)).id, reason: 'Matrix revocation' } },
      }),
    },
    {
      operation: 'reissueCertificate',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => ({
        query: `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id status } }`,
        variables: { input: { certificateId: (await freshCertificate(world)).id, reason: 'New legal name' } },
      }),
    },
    {
      operation: 'certificates',
      allowed: COHORT_STAFF_AND_ADMIN,
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
