import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, JSONWebKeySet, jwtVerify } from 'jose';
import { gunzipSync } from 'node:zlib';
import {
  CERTIFICATE_FIELDS,
  countRows,
  errorCode,
  givenAttendance,
  givenCohort,
  givenEligible,
  givenManyParticipants,
  givenMember,
  givenSessions,
  givenTwoCommunities,
  issueCertificate,
  setRequirement,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { ROOT } from './support/paths';
import { startTestApp, TestApp } from './support/test-app';

const SCHEMA = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/ob_v3p0_achievementcredential.schema.json'), 'utf8'));
const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id status revokedAt revocationReason } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) {
  valid status code holderName programName cohortName issuedAt contactMinutes revokedAt revocationReason } }`;

describe('certificates', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  async function eligibleParticipant(fields: { fullName?: string } = {}) {
    const cohort = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', fields);
    await givenEligible(app, admin, cohort.cohortId, [participant.id]);
    return { cohort, participant };
  }

  describe('issueCertificate', () => {
    it('issues a certificate with snapshots, a dashed code and a signed credential', async () => {
      const { cohort, participant } = await eligibleParticipant({ fullName: 'Ana Beltrán' });
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      expect(certificate).toMatchObject({
        status: 'VALID',
        userId: participant.id,
        holderName: 'Ana Beltrán',
        programName: 'Test IECMHC Program',
        cohortName: 'Test cohort',
        contactMinutes: 150,
        revokedAt: null,
      });
      expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
      expect(certificate.verifyUrl).toBe(`http://verify.test.example/verify/${certificate.code.replace(/-/g, '')}`);
      const { rows } = await app.db.query('SELECT code FROM certificate WHERE id = $1', [certificate.id]);
      expect(rows[0].code).toBe(certificate.code.replace(/-/g, ''));
      // the snapshot does not follow later renames
      await app.db.query('UPDATE app_user SET full_name = $1 WHERE id = $2', ['Renamed Person', participant.id]);
      expect((await issueCertificate(app, admin, cohort.cohortId, participant.id)).holderName).toBe('Ana Beltrán');
    });

    it('returns the same certificate again, with one audit row', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const first = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const again = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      expect(again).toEqual(first);
      expect(await countRows(app, 'audit_event', `action = 'certificate.issued' AND entity_id = $1`, [first.id])).toBe(1);
    });

    it('refuses a participant who is not eligible, and writes nothing', async () => {
      const cohort = await givenCohort(app, admin);
      const participant = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
      await setRequirement(app, admin, cohort.cohortId, 'FACULTY_SESSIONS_ATTENDED', 2);
      await givenAttendance(app, await givenSessions(app, cohort.cohortId, 'FACULTY_SEMINAR', 1), [participant.id]);
      const result = await app.gql(ISSUE, { input: { cohortId: cohort.cohortId, userId: participant.id } }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['userId']);
      expect(await countRows(app, 'certificate', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
      expect(await countRows(app, 'audit_event', `action = 'certificate.issued' AND cohort_id = $1`, [cohort.cohortId])).toBe(0);
    });

    it('refuses someone who is not a participant of the cohort, and writes nothing', async () => {
      const { cohort } = await eligibleParticipant();
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      const elsewhere = await eligibleParticipant();
      for (const userId of [faculty.id, elsewhere.participant.id]) {
        const result = await app.gql(ISSUE, { input: { cohortId: cohort.cohortId, userId } }, admin.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.fields).toEqual(['userId']);
      }
      expect(await countRows(app, 'certificate', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
    });

    it('answers NOT_FOUND for an unknown cohort and FORBIDDEN for staff', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      const unknown = { cohortId: '00000000-0000-4000-8000-000000000000', userId: participant.id };
      expect(errorCode(await app.gql(ISSUE, { input: unknown }, admin.token))).toBe('NOT_FOUND');
      const input = { cohortId: cohort.cohortId, userId: participant.id };
      expect(errorCode(await app.gql(ISSUE, { input }, faculty.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(ISSUE, { input }, participant.token))).toBe('FORBIDDEN');
      expect(await countRows(app, 'certificate', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
    });
  });

  describe('issueCertificates', () => {
    it('issues for everyone eligible and reports issued, already held and not eligible', async () => {
      const cohort = await givenCohort(app, admin);
      const eligible = await givenManyParticipants(app, cohort.cohortId, 4);
      await givenManyParticipants(app, cohort.cohortId, 2);
      await givenEligible(app, admin, cohort.cohortId, eligible);
      await issueCertificate(app, admin, cohort.cohortId, eligible[0]);
      const query = `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) {
        issued alreadyHeld notEligible certificates { id userId status } } }`;
      const { issueCertificates } = await app.ok(query, { cohortId: cohort.cohortId }, admin.token);
      expect(issueCertificates).toMatchObject({ issued: 3, alreadyHeld: 1, notEligible: 2 });
      expect(issueCertificates.certificates.map((c: { userId: string }) => c.userId).sort()).toEqual([...eligible].sort());
      expect(await countRows(app, 'audit_event', `action = 'certificate.issued' AND cohort_id = $1`, [cohort.cohortId])).toBe(4);
      const again = (await app.ok(query, { cohortId: cohort.cohortId }, admin.token)).issueCertificates;
      expect(again).toMatchObject({ issued: 0, alreadyHeld: 4, notEligible: 2 });
      const { rows } = await app.db.query('SELECT count(DISTINCT status_list_index)::int AS n FROM certificate WHERE cohort_id = $1', [cohort.cohortId]);
      expect(rows[0].n).toBe(4);
    });
  });

  describe('corrections and timing', () => {
    const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id code status holderName } }`;

    it('reissues under a new legal name: the old certificate is revoked with the reason, the new one has a new code, and CE records move', async () => {
      const cohort = await givenCohort(app, admin);
      const holder = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { fullName: 'Maria Lopez', credentials: ['LCSW'] });
      await givenEligible(app, admin, cohort.cohortId, [holder.id]);
      await app.ok(
        `mutation($input: SetLicensesInput!) { setLicenses(input: $input) { id } }`,
        { input: { userId: holder.id, licenses: [{ type: 'LCSW', state: 'CA', number: 'LCSW-10101', status: 'ACTIVE' }] } },
        admin.token,
      );
      await app.ok(
        `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`,
        { input: { cohortId: cohort.cohortId, board: 'Fictional Board', approvalNumber: 'FB-1', licenseTypes: ['LCSW'] } },
        admin.token,
      );
      const old = await issueCertificate(app, admin, cohort.cohortId, holder.id);
      await app.db.query('UPDATE app_user SET full_name = $2 WHERE id = $1', [holder.id, 'Maria Lopez Reyes']);

      const { reissueCertificate } = await app.ok(REISSUE, { input: { certificateId: old.id, reason: 'Legal name change' } }, admin.token);
      expect(reissueCertificate).toMatchObject({ status: 'VALID', holderName: 'Maria Lopez Reyes' });
      expect(reissueCertificate.code).not.toBe(old.code);
      const verified = (await app.ok(VERIFY, { code: old.code })).verifyCertificate;
      expect(verified).toMatchObject({ valid: false, status: 'REVOKED', revocationReason: 'Legal name change' });
      expect(await countRows(app, 'ce_record', 'certificate_id = $1', [reissueCertificate.id])).toBe(1);
      expect(await countRows(app, 'ce_record', 'certificate_id = $1', [old.id])).toBe(0);
      const actions = await app.db.query(`SELECT action FROM audit_event WHERE entity_id = ANY ($1::uuid[]) ORDER BY occurred_at, action`, [[old.id, reissueCertificate.id]]);
      expect(actions.rows.map((row: { action: string }) => row.action).sort()).toEqual(['certificate.issued', 'certificate.issued', 'certificate.revoked']);

      const again = await app.gql(REISSUE, { input: { certificateId: old.id, reason: 'Twice' } }, admin.token);
      expect(errorCode(again)).toBe('CONFLICT');
    });

    it('issues only once the last required session has been held, unless an admin gives an early-completion reason (audited)', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const [later] = await givenSessions(app, cohort.cohortId, 'FACULTY_SEMINAR', 1);
      await app.db.query(`UPDATE session SET starts_at = now() + interval '2 days' WHERE id = $1`, [later]);
      const early = await app.gql(ISSUE, { input: { cohortId: cohort.cohortId, userId: participant.id } }, admin.token);
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0].extensions!.fields).toEqual(['earlyCompletionReason']);
      const batch = await app.gql(`mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued } }`, { cohortId: cohort.cohortId }, admin.token);
      expect(errorCode(batch)).toBe('BAD_USER_INPUT');
      const blank = await app.gql(
        `mutation($cohortId: ID!, $reason: String) { issueCertificates(cohortId: $cohortId, earlyCompletionReason: $reason) { issued } }`,
        { cohortId: cohort.cohortId, reason: '   ' },
        admin.token,
      );
      expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['earlyCompletionReason'] });
      expect(await countRows(app, 'certificate', 'cohort_id = $1', [cohort.cohortId])).toBe(0);

      const reason = 'Moving out of state; completed every requirement early';
      const { issueCertificate: issued } = await app.ok(ISSUE, { input: { cohortId: cohort.cohortId, userId: participant.id, earlyCompletionReason: reason } }, admin.token);
      const { rows } = await app.db.query(`SELECT after FROM audit_event WHERE action = 'certificate.issued' AND entity_id = $1`, [issued.id]);
      expect(rows[0].after.earlyCompletionReason).toBe(reason);
    });

    it('is not held back by an optional session still to come', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const [optional] = await givenSessions(app, cohort.cohortId, 'CIRCLE_OF_SECURITY', 1);
      await app.db.query(`UPDATE session SET starts_at = now() + interval '2 days', optional = true WHERE id = $1`, [optional]);
      expect((await app.ok(ISSUE, { input: { cohortId: cohort.cohortId, userId: participant.id } }, admin.token)).issueCertificate.id).toBeDefined();
    });
  });

  describe('revokeCertificate', () => {
    it('revokes with a reason, audits it, and answers CONFLICT to a second revocation', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const { revokeCertificate } = await app.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'Issued in error' } }, admin.token);
      expect(revokeCertificate).toMatchObject({ status: 'REVOKED', revocationReason: 'Issued in error' });
      const again = await app.gql(REVOKE, { input: { certificateId: certificate.id, reason: 'Twice' } }, admin.token);
      expect(errorCode(again)).toBe('CONFLICT');
      const { rows } = await app.db.query('SELECT revocation_reason FROM certificate WHERE id = $1', [certificate.id]);
      expect(rows[0].revocation_reason).toBe('Issued in error');
      expect(await countRows(app, 'audit_event', `action = 'certificate.revoked' AND entity_id = $1`, [certificate.id])).toBe(1);
      // Issuing again issues a new certificate; the revoked one stays on record.
      const anew = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      expect(anew).toMatchObject({ status: 'VALID' });
      expect(anew.code).not.toBe(certificate.code);
      expect(await countRows(app, 'certificate', 'cohort_id = $1 AND user_id = $2', [cohort.cohortId, participant.id])).toBe(2);
    });

    it.each(['', '   '])('refuses the empty reason %j and writes nothing', async (reason) => {
      const { cohort, participant } = await eligibleParticipant();
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const result = await app.gql(REVOKE, { input: { certificateId: certificate.id, reason } }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['reason']);
      expect(await countRows(app, 'certificate', 'id = $1 AND revoked_at IS NULL', [certificate.id])).toBe(1);
      expect(await countRows(app, 'audit_event', `action = 'certificate.revoked' AND entity_id = $1`, [certificate.id])).toBe(0);
    });

    it('answers NOT_FOUND for an unknown certificate and FORBIDDEN for non-admins', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const unknown = { certificateId: '00000000-0000-4000-8000-000000000000', reason: 'x' };
      expect(errorCode(await app.gql(REVOKE, { input: unknown }, admin.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(REVOKE, { input: { certificateId: certificate.id, reason: 'x' } }, participant.token))).toBe('FORBIDDEN');
    });
  });

  describe('verifyCertificate', () => {
    it('answers VALID for the code however it is typed, then REVOKED', async () => {
      const { cohort, participant } = await eligibleParticipant({ fullName: 'Marcus Reed' });
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      for (const typed of [certificate.code, certificate.code.toLowerCase(), ` ${certificate.code.replace(/-/g, ' ')} `]) {
        const { verifyCertificate } = await app.ok(VERIFY, { code: typed });
        expect(verifyCertificate).toMatchObject({
          valid: true, status: 'VALID', code: certificate.code, holderName: 'Marcus Reed', contactMinutes: 150, revokedAt: null,
        });
      }
      await app.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'Requirements not met' } }, admin.token);
      const { verifyCertificate } = await app.ok(VERIFY, { code: certificate.code });
      expect(verifyCertificate).toMatchObject({ valid: false, status: 'REVOKED', revocationReason: 'Requirements not met' });
      expect(verifyCertificate.revokedAt).toEqual(expect.any(String));
    });

    it.each([
      ['random garbage', 'not a code at all'],
      ['a well-formed unknown code', '0000-0000-0000-0000-0000-0000-0000'],
      ['10 kB of input', 'A'.repeat(10_240)],
      ['SQL', "' OR 1=1; DROP TABLE certificate; --"],
      ['SQL padded to a code’s length', "AAAA' OR ''='AAAAAAAAAAAAAAAAAAAAA"],
    ])('answers NOT_FOUND, not an error, for %s', async (_label, code) => {
      const result = await app.gql(VERIFY, { code });
      expect(result.errors).toBeUndefined();
      expect(result.data.verifyCertificate).toEqual({
        valid: false, status: 'NOT_FOUND', code: null, holderName: null, programName: null, cohortName: null,
        issuedAt: null, contactMinutes: null, revokedAt: null, revocationReason: null,
      });
    });
  });

  describe('credentialJwt', () => {
    const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);

    it('verifies with a standard JOSE library from the JWKS fetched over HTTP and carries the OB 3.0 fields', async () => {
      const { cohort, participant } = await eligibleParticipant({ fullName: 'Priya Natarajan' });
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const jwks = createRemoteJWKSet(new URL(`${app.baseUrl}/.well-known/jwks.json`));
      const { payload, protectedHeader } = await jwtVerify(certificate.credentialJwt, jwks, { algorithms: ['RS256'], typ: 'JWT' });
      expect(Object.keys(protectedHeader).sort()).toEqual(['alg', 'kid', 'typ']);
      expect(protectedHeader.alg).toBe('RS256');
      const verifyUrl = `http://verify.test.example/verify/${certificate.code.replace(/-/g, '')}`;
      expect(payload).toMatchObject({
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        id: verifyUrl,
        jti: verifyUrl,
        iss: `http://verify.test.example/issuers/${cohort.programId}`,
        // A program that names no issuer: the deployment's default.
        issuer: { id: `http://verify.test.example/issuers/${cohort.programId}`, type: ['Profile'], name: 'IECMHC Consultant Training' },
        sub: `urn:uuid:${participant.id}`,
        nbf: Math.floor(Date.parse(certificate.issuedAt) / 1000),
        credentialSubject: {
          id: `urn:uuid:${participant.id}`,
          type: ['AchievementSubject'],
          name: 'Priya Natarajan',
          creditsEarned: 2.5,
          activityStartDate: '2026-01-05T00:00:00Z',
          activityEndDate: '2026-12-18T00:00:00Z',
          achievement: {
            id: `http://verify.test.example/achievements/${cohort.cohortId}`,
            type: ['Achievement'],
            achievementType: 'Certificate',
            name: 'Test IECMHC Program Certificate of Completion',
            criteria: { narrative: expect.any(String) },
          },
        },
        credentialStatus: {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListCredential: 'http://verify.test.example/credentials/status/revocation',
        },
      });
      expect(payload).not.toHaveProperty('vc');
      const { iss: _iss, jti: _jti, nbf: _nbf, sub: _sub, ...credential } = payload;
      expect(validate(credential) ? [] : validate.errors).toEqual([]);
    });

    it('fails verification with the published JWKS when the payload or the signature is tampered with', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const { credentialJwt } = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const jwks = createLocalJWKSet((await (await fetch(`${app.baseUrl}/.well-known/jwks.json`)).json()) as JSONWebKeySet);
      const [header, body, signature] = credentialJwt.split('.');
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
      payload.credentialSubject.creditsEarned = 99;
      const forgedPayload = [header, Buffer.from(JSON.stringify(payload)).toString('base64url'), signature].join('.');
      const bytes = Buffer.from(signature, 'base64url');
      bytes[10] ^= 0x01;
      const forgedSignature = [header, body, bytes.toString('base64url')].join('.');
      for (const forged of [forgedPayload, forgedSignature]) {
        await expect(jwtVerify(forged, jwks)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
      }
      await expect(jwtVerify(credentialJwt, jwks)).resolves.toBeDefined();
    });

    it('publishes public keys only, with the kid the credentials name', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const { credentialJwt } = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const response = await fetch(`${app.baseUrl}/.well-known/jwks.json`);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const { keys } = (await response.json()) as JSONWebKeySet;
      expect(keys.map((key) => key.kid)).toContain(decodeProtectedHeader(credentialJwt).kid);
      for (const key of keys) expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    });

    it('publishes revocations in the signed Bitstring Status List the credential points to', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const jwks = createRemoteJWKSet(new URL(`${app.baseUrl}/.well-known/jwks.json`));
      const { payload } = await jwtVerify(certificate.credentialJwt, jwks);
      const index = Number((payload.credentialStatus as { statusListIndex: string }).statusListIndex);
      const isRevoked = async () => {
        const response = await fetch(`${app.baseUrl}/credentials/status/revocation`);
        expect(response.headers.get('content-type')).toMatch(/application\/vc\+jwt/);
        const list = (await jwtVerify(await response.text(), jwks)).payload as { type: string[]; credentialSubject: { encodedList: string } };
        expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
        const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
        return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
      };
      expect(await isRevoked()).toBe(false);
      await app.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'Revoked for the test' } }, admin.token);
      expect(await isRevoked()).toBe(true);
    });
  });

  describe('PDF and lists', () => {
    it('serves the certificate PDF by code and 404 for unknown codes', async () => {
      const { cohort, participant } = await eligibleParticipant();
      const certificate = await issueCertificate(app, admin, cohort.cohortId, participant.id);
      const response = await fetch(certificate.pdfUrl.replace('http://verify.test.example', app.baseUrl));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      const lower = await fetch(`${app.baseUrl}/certificates/${certificate.code.toLowerCase()}.pdf`);
      expect(lower.status).toBe(200);
      expect((await fetch(`${app.baseUrl}/certificates/${'Z'.repeat(28)}.pdf`)).status).toBe(404);
      expect((await fetch(`${app.baseUrl}/certificates/${encodeURIComponent("' OR 1=1 --")}.pdf`)).status).toBe(404);
    });

    it("lists a cohort's certificates for faculty, a facilitator's own communities' members', and a holder's own", async () => {
      const { cohortId, faculty, facilitator, otherFacilitator, ana, cleo } = await givenTwoCommunities(app);
      await givenEligible(app, admin, cohortId, [ana.id, cleo.id]);
      const anas = await issueCertificate(app, admin, cohortId, ana.id);
      const cleos = await issueCertificate(app, admin, cohortId, cleo.id);
      const list = `query($cohortId: ID!) { certificates(cohortId: $cohortId) { ${CERTIFICATE_FIELDS} } }`;
      const listedFor = async (token: string) => (await app.ok(list, { cohortId }, token)).certificates;
      expect(await listedFor(faculty.token)).toEqual([anas, cleos]);
      expect(await listedFor(facilitator.token)).toEqual([anas]);
      expect(await listedFor(otherFacilitator.token)).toEqual([cleos]);
      expect(errorCode(await app.gql(list, { cohortId }, ana.token))).toBe('FORBIDDEN');
      const outsider = await givenMember(app, admin, (await givenCohort(app, admin)).cohortId, 'FACULTY');
      expect(errorCode(await app.gql(list, { cohortId }, outsider.token))).toBe('NOT_FOUND');
      const mine = await app.ok(`{ myCertificates { id } }`, {}, ana.token);
      expect(mine.myCertificates).toEqual([{ id: anas.id }]);
      expect((await app.ok(`{ myCertificates { id } }`, {}, facilitator.token)).myCertificates).toEqual([]);
    });
  });
});
