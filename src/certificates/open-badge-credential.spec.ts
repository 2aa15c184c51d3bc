import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { buildAchievement, buildIssuerProfile, buildOpenBadgeCredential, CredentialInput, signCredential, withContext } from './open-badge-credential';
import { SigningKeyRing } from './signing-keys';

const SCHEMA_PATH = resolve(__dirname, '../../test/fixtures/ob_v3p0_achievementcredential.schema.json');

function rsaPem(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

function input(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    publicBaseUrl: 'https://training.example.org',
    issuer: {
      issuerName: 'Example Early Childhood Consultation Institute',
      issuerUrl: 'https://institute.example.org',
      issuerEmail: 'certificates@institute.example.org',
      signatoryName: 'Dr. Rosa Example',
      signatoryTitle: 'Program Director',
      certificateTitle: 'Certificate of Completion',
    },
    programId: '3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d',
    code: '7K3M9QXR2B4TZ8WNJ6HC5DPF0GAV',
    userId: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
    holderName: 'Ana Quintero',
    programName: 'IECMHC Consultant Training',
    cohortId: '0c9d8e7f-6a5b-4c3d-9e1f-2a3b4c5d6e7f',
    cohortName: '2025-2026',
    cohortStartsOn: '2025-09-04',
    cohortEndsOn: '2026-06-18',
    contactMinutes: 3450,
    issuedAt: new Date('2026-06-30T17:45:12.345Z'),
    statusListIndex: 4242,
    ...overrides,
  };
}

/** Re-encodes one part of a compact JWS, keeping the other two. */
function replacePart(jwt: string, index: number, part: string): string {
  const parts = jwt.split('.');
  parts[index] = part;
  return parts.join('.');
}

describe('buildOpenBadgeCredential', () => {
  // The official schema leaves @context's tuple open on purpose (extra contexts are allowed).
  const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

  it("validates against 1EdTech's OB 3.0 AchievementCredential JSON Schema", () => {
    const credential = buildOpenBadgeCredential(input());
    expect(validate(credential) ? [] : validate.errors).toEqual([]);
  });

  it('is refused by the same schema when the achievement lacks its criteria', () => {
    const credential = buildOpenBadgeCredential(input());
    const { criteria: _criteria, ...achievement } = credential.credentialSubject.achievement;
    const broken = { ...credential, credentialSubject: { ...credential.credentialSubject, achievement } };
    expect(validate(broken)).toBe(false);
  });

  it('states the holder, contact hours, cohort dates and revocation entry', () => {
    const credential = buildOpenBadgeCredential(input());
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'https://training.example.org/verify/7K3M9QXR2B4TZ8WNJ6HC5DPF0GAV',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: {
        id: 'https://training.example.org/issuers/3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d',
        type: ['Profile'],
        name: 'Example Early Childhood Consultation Institute',
        url: 'https://institute.example.org',
        email: 'certificates@institute.example.org',
      },
      name: 'IECMHC Consultant Training Certificate of Completion',
      validFrom: '2026-06-30T17:45:12Z',
      credentialSubject: {
        id: 'urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
        type: ['AchievementSubject'],
        name: 'Ana Quintero',
        creditsEarned: 57.5,
        activityStartDate: '2025-09-04T00:00:00Z',
        activityEndDate: '2026-06-18T00:00:00Z',
        achievement: {
          id: 'https://training.example.org/achievements/0c9d8e7f-6a5b-4c3d-9e1f-2a3b4c5d6e7f',
          type: ['Achievement'],
          achievementType: 'Certificate',
          creator: { id: 'https://training.example.org/issuers/3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d', type: ['Profile'] },
        },
      },
      credentialStatus: {
        id: 'https://training.example.org/credentials/status/revocation#4242',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '4242',
        statusListCredential: 'https://training.example.org/credentials/status/revocation',
      },
    });
  });

  it('names the issuer without url or e-mail when the program gives none, and titles the achievement with its certificate title', () => {
    const issuer = { ...input().issuer, issuerUrl: null, issuerEmail: null, certificateTitle: 'Advanced Certificate' };
    const credential = buildOpenBadgeCredential(input({ issuer }));
    expect(credential.issuer).toEqual({
      id: 'https://training.example.org/issuers/3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d',
      type: ['Profile'],
      name: 'Example Early Childhood Consultation Institute',
    });
    expect(credential.name).toBe('IECMHC Consultant Training Advanced Certificate');
    expect(validate(credential) ? [] : validate.errors).toEqual([]);
  });

  it('embeds exactly the profile and achievement served at their ids, which validate as OB 3.0 Profile and Achievement', () => {
    const credential = buildOpenBadgeCredential(input());
    const profile = withContext(buildIssuerProfile(credential.issuer.id, input().issuer));
    const achievement = withContext(buildAchievement(input()));
    const { '@context': profileContext, ...profileContent } = profile;
    const { '@context': achievementContext, ...achievementContent } = achievement;
    expect(profileContent).toEqual(credential.issuer);
    expect(achievementContent).toEqual(credential.credentialSubject.achievement);
    expect(profileContext).toEqual(credential['@context']);
    expect(achievementContext).toEqual(credential['@context']);
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    for (const [definition, document] of [['Profile', profile], ['Achievement', achievement]] as const) {
      const check = ajv.getSchema(`${schema.$id}#/$defs/${definition}`)!;
      expect(check(document) ? [] : check.errors).toEqual([]);
    }
  });

  it('rounds contact hours to two decimals', () => {
    expect(buildOpenBadgeCredential(input({ contactMinutes: 100 })).credentialSubject.creditsEarned).toBe(1.67);
  });

  it('refuses a malformed cohort date or status index', () => {
    expect(() => buildOpenBadgeCredential(input({ cohortEndsOn: '18/06/2026' }))).toThrow(/YYYY-MM-DD/);
    expect(() => buildOpenBadgeCredential(input({ statusListIndex: -1 }))).toThrow(/status list index/);
  });
});

describe('signCredential', () => {
  const [retiredPem, activePem] = [rsaPem(), rsaPem()];
  let ring: SigningKeyRing;
  beforeAll(async () => (ring = await SigningKeyRing.fromPems([activePem, retiredPem])));

  it('produces a VC-JWT that verifies from the JWKS alone, with exactly alg, kid and typ', async () => {
    const credential = buildOpenBadgeCredential(input());
    const jwt = await signCredential(credential, ring);
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(ring.publicJwks()), {
      algorithms: ['RS256'],
      typ: 'JWT',
    });
    expect(protectedHeader).toEqual({ alg: 'RS256', kid: ring.active.kid, typ: 'JWT' });
    const { iss, jti, nbf, sub, ...rest } = payload;
    expect({ iss, jti, nbf, sub }).toEqual({
      iss: 'https://training.example.org/issuers/3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d',
      jti: credential.id,
      nbf: Date.parse('2026-06-30T17:45:12Z') / 1000,
      sub: 'urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
    });
    expect(payload).not.toHaveProperty('vc');
    expect(rest).toEqual(credential);
  });

  it('fails verification when the payload is altered', async () => {
    const jwt = await signCredential(buildOpenBadgeCredential(input()), ring);
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
    payload.credentialSubject.creditsEarned = 99;
    const forged = replacePart(jwt, 1, Buffer.from(JSON.stringify(payload)).toString('base64url'));
    await expect(jwtVerify(forged, createLocalJWKSet(ring.publicJwks()))).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it('fails verification when the signature is altered', async () => {
    const jwt = await signCredential(buildOpenBadgeCredential(input()), ring);
    const signature = Buffer.from(jwt.split('.')[2], 'base64url');
    signature[0] ^= 0xff;
    const forged = replacePart(jwt, 2, signature.toString('base64url'));
    await expect(jwtVerify(forged, createLocalJWKSet(ring.publicJwks()))).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it('keeps credentials signed by a retired key verifiable after rotation', async () => {
    const before = await SigningKeyRing.fromPems([retiredPem]);
    const jwt = await signCredential(buildOpenBadgeCredential(input()), before);
    expect(decodeProtectedHeader(jwt).kid).toBe(before.active.kid);
    expect(ring.active.kid).not.toBe(before.active.kid);
    await expect(jwtVerify(jwt, createLocalJWKSet(ring.publicJwks()))).resolves.toBeDefined();
    const withoutRetired = await SigningKeyRing.fromPems([activePem]);
    await expect(jwtVerify(jwt, createLocalJWKSet(withoutRetired.publicJwks()))).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });
});
