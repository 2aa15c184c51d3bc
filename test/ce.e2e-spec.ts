import {
  CE_APPROVAL_FIELDS,
  ceRecordsOf,
  countRows,
  errorCode,
  givenAttendance,
  givenCeApproval,
  givenCohort,
  givenEligible,
  givenLicenses,
  givenManyParticipants,
  givenMember,
  givenSessions,
  issueCertificate,
  recordAttendance,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { pdfText } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';

const APPROVE = `mutation($input: ApproveCeInput!) { approveCe(input: $input) { ${CE_APPROVAL_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCeApprovalInput!) { updateCeApproval(input: $input) { ${CE_APPROVAL_FIELDS} } }`;
const REMOVE = `mutation($approvalId: ID!) { removeCeApproval(approvalId: $approvalId) }`;
const APPROVALS = `query($cohortId: ID!) { ceApprovals(cohortId: $cohortId) { ${CE_APPROVAL_FIELDS} } }`;

const BOARD = 'Fictional Board of Behavioral Sciences';

describe('continuing education', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

  function approve(cohortId: string, fields: Record<string, unknown> = {}) {
    return givenCeApproval(app, admin, { cohortId, board: BOARD, approvalNumber: 'TEST-0001', licenseTypes: ['LCSW'], ...fields });
  }

  /** A licensed (LCSW) and an unlicensed participant, eligible with 150 + 100 CE-eligible minutes and 60 ineligible ones. */
  async function givenCohortWithAttendance() {
    const cohort = await givenCohort(app, admin);
    const licensed = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { credentials: ['LCSW'] });
    const unlicensed = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { credentials: ['M.Ed.'] });
    await givenLicenses(app, admin, licensed.id, [{ type: 'LCSW', number: 'LCSW 12345' }]);
    const people = [licensed.id, unlicensed.id];
    await givenEligible(app, admin, cohort.cohortId, people, 150);
    await givenAttendance(app, await givenSessions(app, cohort.cohortId, 'REFLECTIVE_PRACTICE', 1, { ceEligible: true, durationMinutes: 100 }), people);
    await givenAttendance(app, await givenSessions(app, cohort.cohortId, 'OTHER', 1, { durationMinutes: 60 }), people);
    return { cohort, licensed, unlicensed };
  }

  describe('approvals that require completion', () => {
    it('give records with the certificate, to covered licences only, rounded down to the increment', async () => {
      const { cohort, licensed, unlicensed } = await givenCohortWithAttendance();
      const bbs = await approve(cohort.cohortId, { statement: 'Course meets the qualifications for CE credit.' });
      await approve(cohort.cohortId, { board: 'Fictional Board of Psychology', licenseTypes: ['PSYCHOLOGIST'] });
      expect(bbs).toMatchObject({ approvalNumber: 'TEST-0001', licenseTypes: ['LCSW'], licenseStates: null, requiresCompletion: true,
        partialCredit: true, incrementMinutes: 15, unit: 'HOURS', recordCount: 0 });
      expect(await ceRecordsOf(app, licensed.token)).toEqual([]);
      const certificate = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      await issueCertificate(app, admin, cohort.cohortId, unlicensed.id);
      // 250 CE-eligible minutes = 4 h 10 min, rounded down to 4 hours; the non-CE session does not count
      expect(await ceRecordsOf(app, licensed.token)).toEqual([
        expect.objectContaining({ board: BOARD, approvalId: bbs.id, hours: 4, ceus: 0.4, minutes: 240, unit: 'HOURS', cohortName: 'Test cohort',
          userId: licensed.id, licenseType: 'LCSW', licenseState: 'CA', licenseNumber: 'LCSW 12345', certificateId: certificate.id,
          statement: 'Course meets the qualifications for CE credit.' }),
      ]);
      expect(await ceRecordsOf(app, unlicensed.token)).toEqual([]);
    });

    it('give holders of earlier certificates a record when a board approves later', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const approval = await approve(cohort.cohortId, { board: 'Fictional Board of Counseling' });
      expect(approval.recordCount).toBe(1);
      expect(await ceRecordsOf(app, licensed.token)).toMatchObject([{ board: 'Fictional Board of Counseling', hours: 4 }]);
      expect(await countRows(app, 'audit_event', `action = 'ce_approval.created' AND entity_id = $1`, [approval.id])).toBe(1);
    });

    it('hide the record of a revoked certificate, and move it to the reissued one', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      await approve(cohort.cohortId);
      const certificate = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const [record] = await ceRecordsOf(app, licensed.token);
      await app.ok(`mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
        { input: { certificateId: certificate.id, reason: 'Issued to the wrong cohort' } }, admin.token);
      expect(await ceRecordsOf(app, licensed.token)).toEqual([]);
      const again = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      expect(await ceRecordsOf(app, licensed.token)).toEqual([expect.objectContaining({ id: record.id, certificateId: again.id, hours: 4 })]);
    });

    it('count only the licence held at issuance: a licence set afterwards waits for a correction', async () => {
      const { cohort, unlicensed } = await givenCohortWithAttendance();
      await approve(cohort.cohortId);
      const certificate = await issueCertificate(app, admin, cohort.cohortId, unlicensed.id);
      await givenLicenses(app, admin, unlicensed.id, [{ type: 'LCSW' }]);
      expect(await ceRecordsOf(app, unlicensed.token)).toEqual([]);
      await app.ok(`mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id } }`,
        { input: { certificateId: certificate.id, reason: 'Licence added after issuance' } }, admin.token);
      expect(await ceRecordsOf(app, unlicensed.token)).toMatchObject([{ licenseType: 'LCSW', hours: 4 }]);
    });

    it('keep through a reissue what was earned under a licence since lapsed', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      await approve(cohort.cohortId);
      const certificate = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const [record] = await ceRecordsOf(app, licensed.token);
      await givenLicenses(app, admin, licensed.id, [{ type: 'LCSW', number: 'LCSW 12345', status: 'INACTIVE' }]);
      const { reissueCertificate } = await app.ok(`mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id } }`,
        { input: { certificateId: certificate.id, reason: 'New legal name' } }, admin.token);
      expect(await ceRecordsOf(app, licensed.token)).toEqual([
        expect.objectContaining({ id: record.id, certificateId: reissueCertificate.id, licenseNumber: 'LCSW 12345', hours: 4 }),
      ]);
    });
  });

  describe('approvals that award per attended hour', () => {
    it('follow attendance and licences as they are recorded, with no certificate', async () => {
      const cohort = await givenCohort(app, admin);
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      const person = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
      await givenLicenses(app, admin, person.id, [{ type: 'LMFT', number: 'LMFT 777' }]);
      const [first, second] = await givenSessions(app, cohort.cohortId, 'FACULTY_SEMINAR', 2, { ceEligible: true, durationMinutes: 120 });
      const approval = await approve(cohort.cohortId, { licenseTypes: ['LMFT'], requiresCompletion: false });
      expect(approval.recordCount).toBe(0);

      await recordAttendance(app, faculty.token, { sessionId: first, userId: person.id, status: 'PRESENT' });
      expect(await ceRecordsOf(app, person.token)).toEqual([expect.objectContaining({ hours: 2, certificateId: null, licenseNumber: 'LMFT 777' })]);
      await recordAttendance(app, faculty.token, { sessionId: second, userId: person.id, status: 'PRESENT', minutesAttended: 100 });
      expect(await ceRecordsOf(app, person.token)).toMatchObject([{ hours: 3.5, minutes: 210 }]);
      // MADE_UP counts toward completion, never toward CE
      await recordAttendance(app, faculty.token, { sessionId: second, userId: person.id, status: 'MADE_UP', minutesAttended: 120 });
      expect(await ceRecordsOf(app, person.token)).toMatchObject([{ hours: 2 }]);
      await givenLicenses(app, admin, person.id, [{ type: 'LMFT', status: 'INACTIVE' }]);
      expect(await ceRecordsOf(app, person.token)).toEqual([]);
      await givenLicenses(app, admin, person.id, [{ type: 'LMFT', status: 'ASSOCIATE', number: 'AMFT 1' }]);
      expect(await ceRecordsOf(app, person.token)).toMatchObject([{ hours: 2, licenseNumber: 'AMFT 1' }]);
      await recordAttendance(app, faculty.token, { sessionId: first, userId: person.id, status: 'ABSENT' });
      expect(await ceRecordsOf(app, person.token)).toEqual([]);
    });

    it('count only sessions attended in full without partial credit, in the increment and unit of the board', async () => {
      const cohort = await givenCohort(app, admin, { minimumAttendancePercent: 50 });
      const person = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
      await givenLicenses(app, admin, person.id, [{ type: 'PSYCHOLOGIST' }, { type: 'LCSW', state: 'NY' }]);
      const [full, left] = await givenSessions(app, cohort.cohortId, 'FACULTY_SEMINAR', 2, { ceEligible: true, durationMinutes: 150 });
      await givenAttendance(app, [full], [person.id]);
      await givenAttendance(app, [left], [person.id], 'PRESENT', 90);
      const rules = { requiresCompletion: false };
      await approve(cohort.cohortId, { ...rules, board: 'APA', licenseTypes: ['PSYCHOLOGIST'], partialCredit: false });
      await approve(cohort.cohortId, { ...rules, board: 'Hourly', licenseTypes: ['PSYCHOLOGIST'], incrementMinutes: 60 });
      await approve(cohort.cohortId, { ...rules, board: 'IACET', licenseTypes: ['PSYCHOLOGIST'], unit: 'CEUS', incrementMinutes: 30 });
      await approve(cohort.cohortId, { ...rules, board: 'NY only', licenseTypes: ['LCSW'], licenseStates: ['NY'] });
      await approve(cohort.cohortId, { ...rules, board: 'CA only', licenseTypes: ['LCSW'], licenseStates: ['CA'] });
      const records = await ceRecordsOf(app, person.token);
      const byBoard = Object.fromEntries(records.map((record) => [record.board, record]));
      expect(Object.keys(byBoard).sort()).toEqual(['APA', 'Hourly', 'IACET', 'NY only']);
      expect(byBoard.APA).toMatchObject({ minutes: 150, hours: 2.5, unit: 'HOURS', licenseType: 'PSYCHOLOGIST' });
      expect(byBoard.Hourly).toMatchObject({ minutes: 240, hours: 4 });
      expect(byBoard.IACET).toMatchObject({ minutes: 240, hours: 4, ceus: 0.4, unit: 'CEUS' });
      expect(byBoard['NY only']).toMatchObject({ minutes: 240, licenseType: 'LCSW', licenseState: 'NY' });
    });
  });

  describe('updateCeApproval and removeCeApproval', () => {
    it('corrects an approval and computes its records again, audited', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      await givenLicenses(app, admin, licensed.id, [{ type: 'LMFT' }]);
      await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const approval = await approve(cohort.cohortId);
      expect(approval.recordCount).toBe(0);
      const { updateCeApproval } = await app.ok(UPDATE, { input: { approvalId: approval.id, approvalNumber: 'TEST-0002', licenseTypes: ['lmft', 'LCSW'], incrementMinutes: 60 } }, admin.token);
      expect(updateCeApproval).toMatchObject({ approvalNumber: 'TEST-0002', licenseTypes: ['LMFT', 'LCSW'], incrementMinutes: 60, recordCount: 1, board: BOARD });
      expect(await ceRecordsOf(app, licensed.token)).toMatchObject([{ approvalNumber: 'TEST-0002', licenseType: 'LMFT', hours: 4 }]);
      const { rows } = await app.db.query(`SELECT before, after FROM audit_event WHERE action = 'ce_approval.updated' AND entity_id = $1`, [approval.id]);
      expect(rows).toEqual([{ before: { approvalNumber: 'TEST-0001', licenseTypes: ['LCSW'], incrementMinutes: 15 },
        after: { approvalNumber: 'TEST-0002', licenseTypes: ['LMFT', 'LCSW'], incrementMinutes: 60, recordsWritten: 1, recordsRemoved: 0 } }]);
      // null: every state again; a statement cleared
      const cleared = await app.ok(UPDATE, { input: { approvalId: approval.id, licenseStates: ['NV'], statement: null } }, admin.token);
      expect(cleared.updateCeApproval).toMatchObject({ licenseStates: ['NV'], statement: null, recordCount: 0 });
    });

    it('refuses a board number the cohort already has (CONFLICT), and null for what cannot be empty', async () => {
      const cohort = await givenCohort(app, admin);
      await approve(cohort.cohortId, { approvalNumber: 'A-1' });
      const second = await approve(cohort.cohortId, { approvalNumber: 'A-2' });
      expect(errorCode(await app.gql(UPDATE, { input: { approvalId: second.id, approvalNumber: 'A-1' } }, admin.token))).toBe('CONFLICT');
      expect(errorCode(await app.gql(APPROVE, { input: { cohortId: cohort.cohortId, board: BOARD, approvalNumber: 'A-2', licenseTypes: ['LCSW'] } }, admin.token))).toBe('CONFLICT');
      const nulled = await app.gql(UPDATE, { input: { approvalId: second.id, licenseTypes: null } }, admin.token);
      expect(nulled.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['licenseTypes'] });
      expect(errorCode(await app.gql(UPDATE, { input: { approvalId: '00000000-0000-4000-8000-000000000000', board: 'X' } }, admin.token))).toBe('NOT_FOUND');
    });

    it('removes an approval while unused, and answers CONFLICT once a record exists', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      const unused = await approve(cohort.cohortId, { approvalNumber: 'UNUSED', licenseTypes: ['LEP'] });
      const used = await approve(cohort.cohortId, { approvalNumber: 'USED' });
      await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      expect((await app.ok(APPROVALS, { cohortId: cohort.cohortId }, admin.token)).ceApprovals.map((a: { approvalNumber: string; recordCount: number }) => [a.approvalNumber, a.recordCount]))
        .toEqual([['UNUSED', 0], ['USED', 1]]);
      expect((await app.ok(REMOVE, { approvalId: unused.id }, admin.token)).removeCeApproval).toBe(true);
      const refused = await app.gql(REMOVE, { approvalId: used.id }, admin.token);
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(await countRows(app, 'ce_approval', 'cohort_id = $1', [cohort.cohortId])).toBe(1);
      expect(await countRows(app, 'audit_event', `action = 'ce_approval.removed' AND entity_id = $1`, [unused.id])).toBe(1);
      expect(errorCode(await app.gql(REMOVE, { approvalId: unused.id }, admin.token))).toBe('NOT_FOUND');
    });

    it('are for admins only', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      const approval = await approve(cohort.cohortId);
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      for (const token of [faculty.token, licensed.token]) {
        expect(errorCode(await app.gql(UPDATE, { input: { approvalId: approval.id, board: 'Other' } }, token))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(REMOVE, { approvalId: approval.id }, token))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(APPROVALS, { cohortId: cohort.cohortId }, token))).toBe('FORBIDDEN');
      }
    });
  });

  describe('the CE certificate', () => {
    it('names the holder, the licence, the board and the credit, for the holder and admins only', async () => {
      const { cohort, licensed, unlicensed } = await givenCohortWithAttendance();
      await approve(cohort.cohortId, { statement: 'Provider statement.' });
      await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const [record] = await ceRecordsOf(app, licensed.token);
      const url = record.certificateUrl.replace('http://verify.test.example', app.baseUrl);
      const response = await fetch(url, { headers: { authorization: `Bearer ${licensed.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await response.arrayBuffer()));
      expect(text).toContain(licensed.fullName);
      expect(text).toContain('LCSW 12345');
      expect(text).toContain(BOARD);
      expect((await fetch(url, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(200);
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: `Bearer ${unlicensed.token}` } })).status).toBe(404);
      const unknown = url.replace(record.id, '00000000-0000-4000-8000-000000000000');
      expect((await fetch(unknown, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(404);
      expect(text.replace(/\s+/g, '')).toContain(record.verifyUrl);
    });

    it('has a public page that shows the record without the licence, and the certificate page lists it', async () => {
      const { cohort, licensed } = await givenCohortWithAttendance();
      await approve(cohort.cohortId, { unit: 'CEUS' });
      const certificate = await issueCertificate(app, admin, cohort.cohortId, licensed.id);
      const [record] = await ceRecordsOf(app, licensed.token);
      const page = await fetch(record.verifyUrl.replace('http://verify.test.example', app.baseUrl));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('This continuing education record is valid.');
      for (const shown of [licensed.fullName, BOARD, 'TEST-0001', '0.4 CEUs', 'Test cohort']) expect(html).toContain(shown);
      expect(html).not.toContain('LCSW 12345');
      expect(html).toContain(certificate.verifyUrl);
      const certificatePage = await (await fetch(certificate.verifyUrl.replace('http://verify.test.example', app.baseUrl))).text();
      expect(certificatePage).toContain(`0.4 CEUs</bdi>, <bdi>${BOARD}</bdi>`);
      expect(certificatePage).not.toContain('LCSW 12345');

      await app.ok(`mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
        { input: { certificateId: certificate.id, reason: 'Issued in error' } }, admin.token);
      const revoked = await (await fetch(record.verifyUrl.replace('http://verify.test.example', app.baseUrl))).text();
      expect(revoked).toContain('has been revoked');
      const unknown = await fetch(`${app.baseUrl}/verify/ce/00000000-0000-4000-8000-000000000000`);
      expect(unknown.status).toBe(404);
      expect((await fetch(`${app.baseUrl}/verify/ce/not-a-record`)).status).toBe(404);
    });
  });

  it("shows admins anyone's records and tells everyone else they do not exist", async () => {
    const { cohort, licensed, unlicensed } = await givenCohortWithAttendance();
    await approve(cohort.cohortId);
    await issueCertificate(app, admin, cohort.cohortId, licensed.id);
    expect(await ceRecordsOf(app, admin.token, licensed.id)).toHaveLength(1);
    // CE records are a person's own: no one else stands in a relationship to them, so NOT_FOUND, as for an unknown person
    expect(errorCode(await app.gql(`query($userId: ID) { ceRecords(userId: $userId) { id } }`, { userId: licensed.id }, unlicensed.token))).toBe('NOT_FOUND');
    const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
    expect(errorCode(await app.gql(`query($userId: ID) { ceRecords(userId: $userId) { id } }`, { userId: licensed.id }, faculty.token))).toBe('NOT_FOUND');
  });

  it('gives every licensed holder a record for every approval when approvals and issuance run concurrently', async () => {
    // Approvals spread over the issuance so that some land while its transaction is open.
    const boards = Array.from({ length: 10 }, (_, n) => `Fictional Board ${n}`);
    for (let attempt = 0; attempt < 3; attempt++) {
      const cohort = await givenCohort(app, admin);
      const licensed = await givenManyParticipants(app, cohort.cohortId, 20);
      const unlicensed = await givenManyParticipants(app, cohort.cohortId, 5);
      await app.db.query(
        `INSERT INTO license (user_id, type, state, number, status) SELECT id, 'LMFT', 'CA', 'N-' || id, 'ACTIVE' FROM unnest($1::uuid[]) AS id`,
        [licensed],
      );
      await givenEligible(app, admin, cohort.cohortId, [...licensed, ...unlicensed]);
      const [{ issueCertificates }] = await Promise.all([
        app.ok(`mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued } }`, { cohortId: cohort.cohortId }, admin.token),
        ...boards.map((board, n) => delay(n * 5).then(() => approve(cohort.cohortId, { board, licenseTypes: ['LMFT'] }))),
      ]);
      expect(issueCertificates.issued).toBe(25);
      const { rows } = await app.db.query(
        `SELECT c.user_id AS id, count(r.id)::int AS records FROM certificate c LEFT JOIN ce_record r ON r.certificate_id = c.id
         WHERE c.cohort_id = $1 GROUP BY c.user_id`,
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
      ['licenseTypes', { licenseTypes: [] }],
      ['licenseTypes', { licenseTypes: ['LCSW', 'M.Ed.'] }],
      ['licenseStates', { licenseStates: ['CA', 'ZZ'] }],
      ['licenseStates', { licenseStates: [] }],
      ['incrementMinutes', { incrementMinutes: 0 }],
      ['incrementMinutes', { incrementMinutes: 7 }],
      ['unit', { unit: 'DAYS' }],
    ])('refuses a bad %s and writes nothing', async (field, override) => {
      const cohort = await givenCohort(app, admin);
      const input = { cohortId: cohort.cohortId, board: BOARD, approvalNumber: 'TEST-1', licenseTypes: ['LCSW'], ...override };
      const result = await app.gql(APPROVE, { input }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
      expect(await countRows(app, 'ce_approval', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
    });

    it('refuses non-admins', async () => {
      const cohort = await givenCohort(app, admin);
      const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
      const input = { cohortId: cohort.cohortId, board: BOARD, approvalNumber: 'TEST-2', licenseTypes: ['LCSW'] };
      expect(errorCode(await app.gql(APPROVE, { input }, faculty.token))).toBe('FORBIDDEN');
      expect(await countRows(app, 'ce_approval', 'cohort_id = $1', [cohort.cohortId])).toBe(0);
    });
  });
});
