import { SignJWT } from 'jose';
import { contactHours, isoSeconds } from './certificate-format';
import { SIGNING_ALGORITHM, SigningKeyRing } from './signing-keys';

export const STATUS_LIST_PATH = '/credentials/status/revocation';

export interface CredentialInput {
  publicBaseUrl: string;
  issuerName: string;
  /** The normalized certificate code. */
  code: string;
  userId: string;
  holderName: string;
  programName: string;
  cohortId: string;
  cohortName: string;
  /** `YYYY-MM-DD` */
  cohortStartsOn: string;
  /** `YYYY-MM-DD` */
  cohortEndsOn: string;
  contactMinutes: number;
  issuedAt: Date;
  statusListIndex: number;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; type: string[]; name: string };
  validFrom: string;
  name: string;
  credentialSubject: {
    id: string;
    type: string[];
    name: string;
    creditsEarned: number;
    activityStartDate: string;
    activityEndDate: string;
    achievement: {
      id: string;
      type: string[];
      achievementType: 'Certificate';
      name: string;
      description: string;
      criteria: { narrative: string };
    };
  };
  credentialStatus: {
    id: string;
    type: 'BitstringStatusListEntry';
    statusPurpose: 'revocation';
    statusListIndex: string;
    statusListCredential: string;
  };
}

/** What a VC-JWT needs from any credential, this one or the status list. */
export interface SignableCredential {
  id: string;
  issuer: { id: string };
  validFrom: string;
  credentialSubject: { id: string };
}

export function issuerId(publicBaseUrl: string): string {
  return `${publicBaseUrl}/issuer`;
}

export function verifyUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/verify/${encodeURIComponent(code)}`;
}

/** The Open Badges 3.0 credential for one certificate, as API.md "The signed credential" states it. */
export function buildOpenBadgeCredential(input: CredentialInput): OpenBadgeCredential {
  const id = verifyUrl(input.publicBaseUrl, input.code);
  const statusList = `${input.publicBaseUrl}${STATUS_LIST_PATH}`;
  const index = statusIndex(input.statusListIndex);
  const achievementName = `${input.programName} Certificate of Completion`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    // An array: the OB 3.0 schema requires Profile.type to be one.
    issuer: { id: issuerId(input.publicBaseUrl), type: ['Profile'], name: input.issuerName },
    validFrom: isoSeconds(input.issuedAt),
    name: achievementName,
    credentialSubject: {
      id: `urn:uuid:${input.userId}`,
      type: ['AchievementSubject'],
      name: input.holderName,
      creditsEarned: contactHours(input.contactMinutes),
      activityStartDate: startOfDay(input.cohortStartsOn),
      activityEndDate: startOfDay(input.cohortEndsOn),
      achievement: {
        id: `${input.publicBaseUrl}/achievements/${input.cohortId}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: achievementName,
        description: `Completed the ${input.programName}, cohort ${input.cohortName}.`,
        criteria: {
          narrative:
            'Met every completion requirement the program set for the cohort (such as session attendance, ' +
            'satisfactory reflective journals and approved practicum hours), as recorded by the program.',
        },
      },
    },
    credentialStatus: {
      id: `${statusList}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: statusList,
    },
  };
}

/** VC-JWT per OB 3.0: header {alg, kid, typ} only; the credential itself is the payload. */
export function signCredential(credential: SignableCredential, keyRing: SigningKeyRing): Promise<string> {
  const { kid, privateKey } = keyRing.active;
  return new SignJWT({
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    sub: credential.credentialSubject.id,
  })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: 'JWT' })
    .sign(privateKey);
}

function startOfDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Expected a YYYY-MM-DD date, got ${day}`);
  return `${day}T00:00:00Z`;
}

function statusIndex(index: number): number {
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`Invalid status list index ${index}`);
  return index;
}
