import {
  countRows,
  errorCode,
  givenAttendance,
  givenCohort,
  givenEligible,
  givenManyParticipants,
  givenMember,
  givenSessions,
  issueCertificate,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const APPROVE = `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id board approvalNumber statement recordsCreated } }`;
const RECORDS = `query($userId: ID) { ceRecords(userId: $userId) {
  id approvalId board approvalNumber statement hours ceus cohortName userId pdfUrl } }`;

describe('continuing education', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

  function approve(cohortId: string, board: string, statement?: string) {
    return app.ok(APPROVE, { input: { cohortId, board, approvalNumber: 'TEST-0001', statement } }, admin.token).then((data) => data.approveCe);
  }

  /** A licensed and an unlicensed participant, eligible with 150 + 100 CE-eligible minutes and 60 ineligible ones. */
  async function givenCohortWithAttendance() {
    const cohort = await givenCohort(app, admin);
    const licensed = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { credentials: ['LCSW'] });
    const unlicensed = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { credentials: [] });
    const people = [licensed.id, unlicensed.id];
    await givenEligible(app, admin, cohort.cohortId, people, 150);
    await givenAttendance(app, await givenSessions(app, cohort.cohortId, 'REFLECTIVE_PRACTICE', 1, { ceEligible: true, durationMinutes: 100 }), people);
    await givenAttendance(app, await givenSessions(app, cohort.cohortId, 'OTHER', 1, { durationMinutes: 60 }), people);
    return { cohort, licensed, unlicensed };
  }

  it('creates one record per board with the certificate, for licensed holders only, in quarter hours', async () => {
    const { cohort, licensed, unlicensed } = await givenCohortWithAttendance();
    const bbs = await approve(cohort.cohortId, 'Fictional Board of Behavioral Sciences', 'Course meets the qualifications for CE credit.');
    await approve(cohort.cohortId, 'Fictional Board of Psychology');
    expect(bbs).toMatchObject({ approvalNumber: 'TEST-0001', recordsCreated: 0 });
    await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    await issueCertificate(app, admin, cohort.cohortId, unlicensed.id);
    const { ceRecords } = await app.ok(RECORDS, {}, licensed.token);
    // 250 CE-eligible minutes = 4 h 10 min, rounded down to 4 hours; the non-CE session does not count
    expect(ceRecords).toEqual([
      expect.objectContaining({ board: 'Fictional Board of Behavioral Sciences', hours: 4, ceus: 0.4, cohortName: 'Test cohort', userId: licensed.id,
        statement: 'Course meets the qualifications for CE credit.' }),
      expect.objectContaining({ board: 'Fictional Board of Psychology', hours: 4, ceus: 0.4, statement: null }),
    ]);
    expect((await app.ok(RECORDS, {}, unlicensed.token)).ceRecords).toEqual([]);
  });

  it('gives holders of earlier certificates a record when a board approves later', async () => {
    const { cohort, licensed } = await givenCohortWithAttendance();
    await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    expect((await app.ok(RECORDS, {}, licensed.token)).ceRecords).toEqual([]);
    const approval = await approve(cohort.cohortId, 'Fictional Board of Counseling');
    expect(approval.recordsCreated).toBe(1);
    expect((await app.ok(RECORDS, {}, licensed.token)).ceRecords).toMatchObject([{ board: 'Fictional Board of Counseling', hours: 4 }]);
    expect(await countRows(app, 'audit_event', `action = 'ce_approval.created' AND entity_id = $1`, [approval.id])).toBe(1);
  });

  it('serves a CE certificate PDF per board, and 404 for a wrong approval or code', async () => {
    const { cohort, licensed } = await givenCohortWithAttendance();
    await approve(cohort.cohortId, 'Fictional Board of Behavioral Sciences', 'Provider statement.');
    await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    const [record] = (await app.ok(RECORDS, {}, licensed.token)).ceRecords;
    const url = record.pdfUrl.replace('http://verify.test.example', app.baseUrl);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(url.replace(record.approvalId, '00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await fetch(url.replace(record.approvalId, 'not-a-uuid'))).status).toBe(404);
    expect((await fetch(url.replace(/certificates\/[^/]+\//, `certificates/${'Z'.repeat(28)}/`))).status).toBe(404);
  });

  it('hides the records of a revoked certificate', async () => {
    const { cohort, licensed } = await givenCohortWithAttendance();
    await approve(cohort.cohortId, 'Fictional Board of Behavioral Sciences');
    const certificate = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    await app.ok(`mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
      { input: { certificateId: certificate.id, reason: 'Revoked' } }, admin.token);
    expect((await app.ok(RECORDS, {}, licensed.token)).ceRecords).toEqual([]);
  });

  it("shows admins anyone's records and tells everyone else they do not exist", async () => {
    const { cohort, licensed, unlicensed } = await givenCohortWithAttendance();
    await approve(cohort.cohortId, 'Fictional Board of Behavioral Sciences');
    await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    expect((await app.ok(RECORDS, { userId: licensed.id }, admin.token)).ceRecords).toHaveLength(1);
    // CE records are a person's own: no one else stands in a relationship to them, so NOT_FOUND, as for an unknown person
    expect(errorCode(await app.gql(RECORDS, { userId: licensed.id }, unlicensed.token))).toBe('NOT_FOUND');
    const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
    expect(errorCode(await app.gql(RECORDS, { userId: licensed.id }, faculty.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(RECORDS, { userId: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
  });

  it('gives every licensed holder a record for every approval when approvals and issuance run concurrently', async () => {
    // Approvals spread over the issuance so that some land while its transaction is open.
    const boards = Array.from({ length: 10 }, (_, n) => `Fictional Board ${n}`);
    for (let attempt = 0; attempt < 5; attempt++) {
      const cohort = await givenCohort(app, admin);
      const licensed = await givenManyParticipants(app, cohort.cohortId, 20);
      const unlicensed = await givenManyParticipants(app, cohort.cohortId, 5);
      await app.db.query(`UPDATE app_user SET credentials = '{LMFT}' WHERE id = ANY($1::uuid[])`, [licensed]);
      await givenEligible(app, admin, cohort.cohortId, [...licensed, ...unlicensed]);
      const [{ issueCertificates }] = await Promise.all([
        app.ok(`mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued } }`, { cohortId: cohort.cohortId }, admin.token),
        ...boards.map((board, n) => delay(n * 5).then(() => approve(cohort.cohortId, board))),
      ]);
      expect(issueCertificates.issued).toBe(25);
      const { rows } = await app.db.query(
        `SELECT u.id, count(r.id)::int AS records FROM certificate c
         JOIN app_user u ON u.id = c.user_id LEFT JOIN ce_record r ON r.certificate_id = c.id
         WHERE c.cohort_id = $1 GROUP BY u.id`,
        [cohort.cohortId],
      );
      const recordsOf = new Map(rows.map((row: { id: string; records: number }) => [row.id, row.records]));
      expect(licensed.map((id) => recordsOf.get(id))).toEqual(licensed.map(() => boards.length));
      expect(unlicensed.map((id) => recordsOf.get(id))).toEqual(unlicensed.map(() => 0));
    }
  });

  describe('approveCe bad input', () => {
    it.each([
      ['board', { board: '  ' }],
      ['approvalNumber', { approvalNumber: '' }],
      ['cohortId', { cohortId: 'nope' }],
    ])('refuses an empty or malformed %s and writes nothing', async (field, override) => {
      const cohort = await givenCohort(app, admin);
      const input = { cohortId: cohort.cohortId, board: 'Fictional Board', approvalNumber: 'TEST-1', ...override };
      const result = await app.gql(APPROVE, { input }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
      expect(await countRows(app, 'ce_approval', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
    });

    it('answers CONFLICT for the same board twice and FORBIDDEN for non-admins', async () => {
      const cohort = await givenCohort(app, admin);
      await approve(cohort.cohortId, 'Fictional Board');
      const input = { cohortId: cohort.cohortId, board: 'Fictional Board', approvalNumber: 'TEST-2' };
      expect(errorCode(await app.gql(APPROVE, { input }, admin.token))).toBe('CONFLICT');
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      expect(errorCode(await app.gql(APPROVE, { input: { ...input, board: 'Other' } }, faculty.token))).toBe('FORBIDDEN');
      expect(await countRows(app, 'ce_approval', 'cohort_id = $1', [cohort.cohortId])).toBe(1);
    });
  });
});
