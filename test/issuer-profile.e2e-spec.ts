import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import {
  CERTIFICATE_FIELDS,
  givenCohort,
  givenEligible,
  givenMember,
  issueCertificate,
  SignedIn,
  signInAdmin,
  updateProgram,
} from './support/factories';
import { ROOT } from './support/paths';
import { pdfText } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';

const SCHEMA = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/ob_v3p0_achievementcredential.schema.json'), 'utf8'));
/** PUBLIC_BASE_URL in the suites: what credentials, QR codes and links name. */
const PUBLIC_BASE = 'http://verify.test.example';
const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

const PROFILE = {
  issuerName: 'Example Early Childhood Consultation Institute',
  issuerUrl: 'https://institute.example.org/consultation',
  issuerEmail: 'certificates@institute.example.org',
  signatoryName: 'Dr. Rosa Example',
  signatoryTitle: 'Program Director',
  certificateTitle: 'Certificate in Reflective Consultation',
};

const LATER_PROFILE = {
  issuerName: 'Example Consultation Institute of the North',
  issuerUrl: null,
  issuerEmail: null,
  signatoryName: 'Dr. Tomas Example',
  signatoryTitle: 'Dean of Training',
  certificateTitle: null,
};

const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;

describe('certificates that name their issuer', () => {
  let app: TestApp;
  let admin: SignedIn;
  const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
  addFormats(ajv);
  const validateCredential = ajv.compile(SCHEMA);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  /** A served URL (PUBLIC_BASE_URL) fetched from the suite's app. */
  const get = (url: string, token?: string) =>
    fetch(url.replace(PUBLIC_BASE, app.baseUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const pdfOf = async (url: string, token?: string) => pdfText(Buffer.from(await (await get(url, token)).arrayBuffer()));
  const verifyPageOf = async (certificate: { verifyUrl: string }) => (await get(certificate.verifyUrl)).text();
  const credentialOf = async (certificate: { credentialJwt: string }) =>
    (await jwtVerify(certificate.credentialJwt, createRemoteJWKSet(new URL(`${app.baseUrl}/.well-known/jwks.json`)))).payload as any;

  /** A cohort with `count` participants eligible for a certificate. */
  async function eligibleCohort(count = 1) {
    const cohort = await givenCohort(app, admin);
    const participants = await Promise.all(Array.from({ length: count }, () => givenMember(app, admin, cohort.cohortId, 'PARTICIPANT')));
    await givenEligible(app, admin, cohort.cohortId, participants.map((participant) => participant.id));
    return { cohort, participants };
  }

  /** The OB 3.0 document at `url`, answered as JSON-LD, and valid against 1EdTech's definition of it. */
  async function resolveDocument(url: string, definition: 'Profile' | 'Achievement') {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const document = await response.json();
    const validate = ajv.getSchema(`${SCHEMA.$id}#/$defs/${definition}`)!;
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    return document;
  }

  it('prints, shows and signs the profile a certificate is issued under; its issuer.id and achievement.id resolve to what it embeds', async () => {
    const { cohort, participants } = await eligibleCohort();
    await updateProgram(app, admin, cohort.programId, PROFILE);
    const certificate = await issueCertificate(app, admin, cohort.cohortId, participants[0].id);

    const pdf = await pdfOf(certificate.pdfUrl);
    for (const printed of [PROFILE.issuerName.toUpperCase(), PROFILE.certificateTitle, `${PROFILE.signatoryName}\n${PROFILE.signatoryTitle}`]) {
      expect(pdf).toContain(printed);
    }
    expect(pdf).not.toContain('Certificate of Completion');

    expect(await verifyPageOf(certificate)).toContain(
      `<dt>Issued by</dt><dd><a href="${PROFILE.issuerUrl}" rel="noreferrer"><bdi>${PROFILE.issuerName}</bdi></a></dd>`,
    );

    const credential = await credentialOf(certificate);
    const issuer = {
      id: `${PUBLIC_BASE}/issuers/${cohort.programId}`,
      type: ['Profile'],
      name: PROFILE.issuerName,
      url: PROFILE.issuerUrl,
      email: PROFILE.issuerEmail,
    };
    expect(credential.issuer).toEqual(issuer);
    expect(credential.iss).toBe(issuer.id);
    const { achievement } = credential.credentialSubject;
    expect(achievement).toMatchObject({
      id: `${PUBLIC_BASE}/achievements/${cohort.cohortId}`,
      name: `Test IECMHC Program ${PROFILE.certificateTitle}`,
      creator: issuer,
    });
    expect(credential.name).toBe(achievement.name);
    const { iss: _iss, jti: _jti, nbf: _nbf, sub: _sub, ...unsigned } = credential;
    expect(validateCredential(unsigned) ? [] : validateCredential.errors).toEqual([]);

    expect(await resolveDocument(issuer.id, 'Profile')).toEqual({ '@context': OB_CONTEXT, ...credential.issuer });
    expect(await resolveDocument(achievement.id, 'Achievement')).toEqual({ '@context': OB_CONTEXT, ...achievement });
  });

  it('keeps an issued certificate, its PDF, page and credential as issued when the program changes; the next one and a reissue take the new profile', async () => {
    const { cohort, participants } = await eligibleCohort(2);
    const [first, second] = participants;
    await updateProgram(app, admin, cohort.programId, PROFILE);
    const issued = await issueCertificate(app, admin, cohort.cohortId, first.id);
    const pdfBefore = await pdfOf(issued.pdfUrl);
    const pageBefore = await verifyPageOf(issued);

    await updateProgram(app, admin, cohort.programId, LATER_PROFILE);

    const [mine] = (await app.ok(`{ myCertificates { ${CERTIFICATE_FIELDS} } }`, {}, first.token)).myCertificates;
    expect(mine.credentialJwt).toBe(issued.credentialJwt);
    expect(await pdfOf(issued.pdfUrl)).toBe(pdfBefore);
    expect(await verifyPageOf(issued)).toBe(pageBefore);
    expect((await credentialOf(mine)).issuer.name).toBe(PROFILE.issuerName);

    const later = await issueCertificate(app, admin, cohort.cohortId, second.id);
    const laterPdf = await pdfOf(later.pdfUrl);
    for (const printed of [LATER_PROFILE.issuerName.toUpperCase(), 'Certificate of Completion', `${LATER_PROFILE.signatoryName}\n${LATER_PROFILE.signatoryTitle}`]) {
      expect(laterPdf).toContain(printed);
    }
    expect(laterPdf).not.toContain(PROFILE.issuerName.toUpperCase());
    expect(await verifyPageOf(later)).toContain(`<dt>Issued by</dt><dd><bdi>${LATER_PROFILE.issuerName}</bdi></dd>`);
    const laterCredential = await credentialOf(later);
    expect(laterCredential.issuer).toEqual({ id: `${PUBLIC_BASE}/issuers/${cohort.programId}`, type: ['Profile'], name: LATER_PROFILE.issuerName });
    expect(laterCredential.credentialSubject.achievement.name).toBe('Test IECMHC Program Certificate of Completion');
    // What the ids resolve to follows the program: the later credential's content.
    expect(await resolveDocument(laterCredential.issuer.id, 'Profile')).toEqual({ '@context': OB_CONTEXT, ...laterCredential.issuer });
    expect(await resolveDocument(laterCredential.credentialSubject.achievement.id, 'Achievement')).toEqual({
      '@context': OB_CONTEXT,
      ...laterCredential.credentialSubject.achievement,
    });

    const { reissueCertificate: reissued } = await app.ok(REISSUE, { input: { certificateId: issued.id, reason: 'Legal name change' } }, admin.token);
    expect((await credentialOf(reissued)).issuer.name).toBe(LATER_PROFILE.issuerName);
    expect(await pdfOf(reissued.pdfUrl)).toContain(LATER_PROFILE.issuerName.toUpperCase());
  });

  it('names the deployment default when the program names none', async () => {
    const { cohort, participants } = await eligibleCohort();
    const certificate = await issueCertificate(app, admin, cohort.cohortId, participants[0].id);
    const pdf = await pdfOf(certificate.pdfUrl);
    expect(pdf).toContain('IECMHC CONSULTANT TRAINING');
    expect(pdf).toContain('Certificate of Completion');
    expect(await verifyPageOf(certificate)).toContain('<dt>Issued by</dt><dd><bdi>IECMHC Consultant Training</bdi></dd>');
    const credential = await credentialOf(certificate);
    expect(credential.issuer).toEqual({ id: `${PUBLIC_BASE}/issuers/${cohort.programId}`, type: ['Profile'], name: 'IECMHC Consultant Training' });
    expect(await resolveDocument(credential.issuer.id, 'Profile')).toEqual({ '@context': OB_CONTEXT, ...credential.issuer });
  });

  it('keeps answering the deployment issuer that the status list and older credentials name', async () => {
    const deployment = { id: `${PUBLIC_BASE}/issuer`, type: ['Profile'], name: 'IECMHC Consultant Training' };
    expect(await resolveDocument(`${PUBLIC_BASE}/issuer`, 'Profile')).toEqual({ '@context': OB_CONTEXT, ...deployment });
    const statusList = decodeJwt(await (await get(`${PUBLIC_BASE}/credentials/status/revocation`)).text()) as any;
    expect(statusList.issuer).toEqual({ id: deployment.id, name: deployment.name });
    expect(statusList.iss).toBe(deployment.id);
  });

  it('answers 404 in JSON for unknown and malformed ids, and for a cohort that has issued no certificate', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/issuers/${unknown}`,
      '/issuers/not-a-uuid',
      `/issuers/${encodeURIComponent("' OR 1=1 --")}`,
      `/achievements/${unknown}`,
      '/achievements/42',
      `/achievements/${cohortId}`,
    ]) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ statusCode: 404 });
    }
  });

  it("prints the program's issuer as of today on the hours transcript", async () => {
    const { cohort, participants } = await eligibleCohort();
    const transcript = `${app.baseUrl}/cohorts/${cohort.cohortId}/transcripts/${participants[0].id}.pdf`;
    expect(await pdfOf(transcript, participants[0].token)).toContain('IECMHC CONSULTANT TRAINING');
    await updateProgram(app, admin, cohort.programId, PROFILE);
    expect(await pdfOf(transcript, participants[0].token)).toContain(PROFILE.issuerName.toUpperCase());
  });
});
