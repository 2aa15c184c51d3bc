import { TestApp } from '../test-app';
import { givenAttendance, givenSessions } from './curriculum';
import { SignedIn } from './people';

export const CERTIFICATE_FIELDS = `id code status issuedAt userId holderName programName cohortName contactMinutes
  credentialJwt verifyUrl pdfUrl revokedAt revocationReason`;

export async function setRequirement(app: TestApp, admin: SignedIn, cohortId: string, kind: string, threshold: number) {
  const { setCompletionRequirement } = await app.ok(
    `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id kind threshold } }`,
    { input: { cohortId, kind, threshold } },
    admin.token,
  );
  return setCompletionRequirement as { id: string; kind: string; threshold: number };
}

/**
 * Makes the participants eligible under a one-seminar requirement: one CE-eligible faculty seminar
 * of `minutes` that they all attended.
 */
export async function givenEligible(app: TestApp, admin: SignedIn, cohortId: string, userIds: string[], minutes = 150): Promise<void> {
  await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 1);
  const sessions = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1, { durationMinutes: minutes, ceEligible: true });
  await givenAttendance(app, sessions, userIds);
}

/** `earlyCompletionReason` for cohorts with required sessions still to come. */
export async function issueCertificate(app: TestApp, admin: SignedIn, cohortId: string, userId: string, earlyCompletionReason?: string) {
  const { issueCertificate: certificate } = await app.ok(
    `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`,
    { input: { cohortId, userId, earlyCompletionReason } },
    admin.token,
  );
  return certificate;
}

export const PROGRAM_PROFILE_FIELDS = 'id name description timeZone issuerName issuerUrl issuerEmail signatoryName signatoryTitle certificateTitle';

/** updateProgram by an admin, answering the program with its issuer profile. */
export async function updateProgram(app: TestApp, admin: SignedIn, programId: string, fields: Record<string, unknown>) {
  const { updateProgram: program } = await app.ok(
    `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM_PROFILE_FIELDS} } }`,
    { input: { programId, ...fields } },
    admin.token,
  );
  return program;
}
