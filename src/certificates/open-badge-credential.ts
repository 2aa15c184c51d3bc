import { SignJWT } from 'jose';
import { contactHours, isoSeconds } from './certificate-format';
import { IssuerProfile } from './issuer';
import { SIGNING_ALGORITHM, SigningKeyRing } from './signing-keys';

export const STATUS_LIST_PATH = '/credentials/status/revocation';

/** The contexts of every Open Badges 3.0 document served: credentials, profiles and achievements. */
export const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** What an issuer profile and an achievement are built from. */
export interface AchievementFacts {
  publicBaseUrl: string;
  /** The program's profile (a certificate's snapshot of it, in a credential). */
  issuer: IssuerProfile;
  programId: string;
  programName: string;
  cohortId: string;
  cohortName: string;
}

export interface CredentialInput extends AchievementFacts {
  /** The normalized certificate code. */
  code: string;
  userId: string;
  holderName: string;
  /** `YYYY-MM-DD` */
  cohortStartsOn: string;
  /** `YYYY-MM-DD` */
  cohortEndsOn: string;
  contactMinutes: number;
  issuedAt: Date;
  statusListIndex: number;
}

/** An OB 3.0 Profile: the issuer, embedded in a credential and served at its id. */
export interface IssuerProfileDocument {
  id: string;
  type: string[];
  name: string;
  url?: string;
  email?: string;
}

/** An OB 3.0 Achievement, embedded in a credential and served at its id. */
export interface AchievementDocument {
  id: string;
  type: string[];
  achievementType: 'Certificate';
  name: string;
  description: string;
  criteria: { narrative: string };
  creator: IssuerProfileDocument;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: IssuerProfileDocument;
  validFrom: string;
  name: string;
  credentialSubject: {
    id: string;
    type: string[];
    name: string;
    creditsEarned: number;
    activityStartDate: string;
    activityEndDate: string;
    achievement: AchievementDocument;
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

/** The deployment's own issuer: the status list's, and that of credentials issued before programs had profiles. */
export function deploymentIssuerId(publicBaseUrl: string): string {
  return `${publicBaseUrl}/issuer`;
}

export function issuerId(publicBaseUrl: string, programId: string): string {
  return `${publicBaseUrl}/issuers/${encodeURIComponent(programId)}`;
}

export function achievementId(publicBaseUrl: string, cohortId: string): string {
  return `${publicBaseUrl}/achievements/${encodeURIComponent(cohortId)}`;
}

export function verifyUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/verify/${encodeURIComponent(code)}`;
}

/** The Profile a credential names as its issuer; `id` is where it is served. Optional fields only when set. */
export function buildIssuerProfile(id: string, issuer: IssuerProfile): IssuerProfileDocument {
  return {
    id,
    // An array: the OB 3.0 schema requires Profile.type to be one.
    type: ['Profile'],
    name: issuer.issuerName,
    ...(issuer.issuerUrl ? { url: issuer.issuerUrl } : {}),
    ...(issuer.issuerEmail ? { email: issuer.issuerEmail } : {}),
  };
}

/** The Achievement of a cohort's certificates, created by its program's issuer. */
export function buildAchievement(facts: AchievementFacts): AchievementDocument {
  return {
    id: achievementId(facts.publicBaseUrl, facts.cohortId),
    type: ['Achievement'],
    achievementType: 'Certificate',
    name: achievementName(facts),
    description: `Completed the ${facts.programName}, cohort ${facts.cohortName}.`,
    criteria: {
      narrative:
        'Met every completion requirement the program set for the cohort (such as session attendance, ' +
        'satisfactory reflective journals and approved practicum hours), as recorded by the program.',
    },
    creator: buildIssuerProfile(issuerId(facts.publicBaseUrl, facts.programId), facts.issuer),
  };
}

/** A profile or an achievement served on its own, as a JSON-LD document. */
export function withContext<T extends object>(document: T): T & { '@context': string[] } {
  return { '@context': OB_CONTEXT, ...document };
}

/** The Open Badges 3.0 credential for one certificate, as API.md "The signed credential" states it. */
export function buildOpenBadgeCredential(input: CredentialInput): OpenBadgeCredential {
  const id = verifyUrl(input.publicBaseUrl, input.code);
  const statusList = `${input.publicBaseUrl}${STATUS_LIST_PATH}`;
  const index = statusIndex(input.statusListIndex);
  const achievement = buildAchievement(input);
  return {
    '@context': OB_CONTEXT,
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: achievement.creator,
    validFrom: isoSeconds(input.issuedAt),
    name: achievement.name,
    credentialSubject: {
      id: `urn:uuid:${input.userId}`,
      type: ['AchievementSubject'],
      name: input.holderName,
      creditsEarned: contactHours(input.contactMinutes),
      activityStartDate: startOfDay(input.cohortStartsOn),
      activityEndDate: startOfDay(input.cohortEndsOn),
      achievement,
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

/** "Test Program Certificate of Completion": the program, then the certificate's title. */
function achievementName(facts: AchievementFacts): string {
  return `${facts.programName} ${facts.issuer.certificateTitle}`;
}

function startOfDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Expected a YYYY-MM-DD date, got ${day}`);
  return `${day}T00:00:00Z`;
}

function statusIndex(index: number): number {
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`Invalid status list index ${index}`);
  return index;
}
