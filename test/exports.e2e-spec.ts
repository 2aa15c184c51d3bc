import { parse } from 'csv-parse/sync';
import {
  errorCode,
  givenAssignment,
  givenAttendance,
  givenCeApproval,
  givenCohort,
  givenEntry,
  givenLicenses,
  givenManyParticipants,
  givenMember,
  givenModule,
  givenPlacement,
  givenSession,
  givenSessions,
  givenSubmitted,
  givenUser,
  issueCertificate,
  LATER_PAST,
  PASSWORD,
  PAST,
  recordSessionAttendance,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const FORMULA_NAME = '=HYPERLINK("http://x","y")';
const JOURNAL_TEXT = 'Private journal text: I felt unsure during the home visit.';
const REFLECTION_TEXT = 'Private practicum reflection: the provider and I planned the next visit.';
const BOARD = 'Fictional Board of Behavioral Sciences';
const FORMULA_BOARD = '=Fictional Chapter of Social Workers';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;
const SET_REQUIREMENT = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`;
const WAIVE = `mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { id } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`;

const PROGRESS_EXPORT = `query($cohortId: ID!, $first: Int, $offset: Int) {
  cohortProgressExport(cohortId: $cohortId, first: $first, offset: $offset) {
    cohortId totalCount requirements { id kind threshold label }
    rows { eligible withdrawnOn user { id fullName } requirements { requirementId kind threshold achieved waived met } }
  }
}`;
const ATTENDANCE_EXPORT = `query($cohortId: ID!, $first: Int, $offset: Int) {
  attendanceExport(cohortId: $cohortId, first: $first, offset: $offset) {
    cohortId timeZone totalCount
    rows { participant { id fullName } sessionId sessionTitle kind startsAt localDate localTime durationMinutes optional status minutesAttended creditedMinutes }
  }
}`;
const TRANSCRIPTS_EXPORT = `query($cohortId: ID!, $first: Int, $offset: Int) {
  transcriptsExport(cohortId: $cohortId, first: $first, offset: $offset) {
    cohortId totalCount rows { participant { id fullName } contactMinutes contactHours optionalMinutes madeUpMinutes lines { category sessions minutes } pdfUrl }
  }
}`;
const CERTIFICATES_EXPORT = `query($cohortId: ID!, $first: Int, $offset: Int) {
  certificatesExport(cohortId: $cohortId, first: $first, offset: $offset) {
    cohortId timeZone totalCount rows { id holderName code status issuedAt contactHours revokedAt revocationReason verifyUrl }
  }
}`;
const CE_ROSTER = `query($approvalId: ID!, $first: Int, $offset: Int) {
  ceRoster(approvalId: $approvalId, first: $first, offset: $offset) {
    approvalId cohortId board approvalNumber unit courseHours totalCount
    rows { participant { id fullName } licenseType licenseState licenseNumber completedOn minutes hours ceus credit partialCredit }
  }
}`;

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The body decoded, without its byte order mark. */
  text: string;
  rows: string[][];
}

/** A cohort in Los Angeles time with four participants, two seminars, a waiver, a journal, a practicum entry, certificates and two CE approvals. */
interface World {
  admin: SignedIn;
  cohortId: string;
  programId: string;
  faculty: SignedIn;
  coordinator: SignedIn;
  otherCoordinator: SignedIn;
  ana: SignedIn;
  formula: SignedIn;
  cleo: SignedIn;
  devon: SignedIn;
  seminars: string[];
  stateApprovalId: string;
  chapterApprovalId: string;
  anaCertificateDay: string;
}

describe('exports', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await startTestApp();
    world = await givenWorld(app);
  }, 60_000);

  afterAll(() => app.stop());

  async function download(path: string, auth: { token?: string; cookie?: string } = { token: world.coordinator.token }): Promise<Download> {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const response = await fetch(`${app.baseUrl}${path}`, { headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const rows = response.ok ? (parse(text, { relax_column_count: true }) as string[][]) : [];
    return { status: response.status, headers: response.headers, bytes, text, rows };
  }

  const cohortPath = (file: string) => `/cohorts/${world.cohortId}/exports/${file}`;
  const rowOf = (rows: string[][], name: string) => rows.find((row) => row[0] === name)!;

  async function exportAuditRows(entityId: string): Promise<{ entity_type: string; cohort_id: string; actor_id: string; before: unknown; after: Record<string, unknown> }[]> {
    const { rows } = await app.db.query(
      `SELECT entity_type, cohort_id, actor_id, before, after FROM audit_event WHERE action = 'export.downloaded' AND entity_id = $1 ORDER BY occurred_at`,
      [entityId],
    );
    return rows;
  }

  describe('progress.csv', () => {
    it('is a UTF-8 CSV attachment with a byte order mark: a row per participant, a column per requirement', async () => {
      const file = await download(cohortPath('progress.csv'));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="test-cohort-progress.csv"');
      expect(file.headers.get('cache-control')).toBe('no-store');
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.text).toContain('\r\n');
      const [header, ...rows] = file.rows;
      expect(header).toEqual(['Participant', 'Withdrawn on', 'All requirements met', 'Faculty sessions attended', "'=SUM(1+1) contact hours"]);
      expect(rows).toHaveLength(4);
      expect(rowOf(rows, 'Ana Beltrán')).toEqual(['Ana Beltrán', '', 'yes', '2 of 2', '5 of 5 h']);
      expect(rowOf(rows, 'Cleo Ito')).toEqual(['Cleo Ito', '', 'no', '0 of 2, waived', '0 of 5 h']);
      expect(rowOf(rows, 'Devon Carter')).toEqual(['Devon Carter', '', 'yes', '2 of 2', '5 of 5 h']);
    });

    it("neutralises a name that would run as a formula, prefixing it with '", async () => {
      const file = await download(cohortPath('progress.csv'));
      expect(rowOf(file.rows, `'${FORMULA_NAME}`)).toEqual([`'${FORMULA_NAME}`, '', 'no', '1 of 2', '2.5 of 5 h']);
      expect(file.text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
      expect(file.rows.some((row) => row.some((cell) => cell.startsWith('=')))).toBe(false);
    });
  });

  describe('attendance.csv', () => {
    it('has a row per participant and session on the cohort’s clock, with recorded and credited minutes', async () => {
      const [header, ...rows] = (await download(cohortPath('attendance.csv'))).rows;
      expect(header).toEqual(['Participant', 'Session date', 'Start time', 'Session', 'Kind', 'Optional', 'Duration (minutes)', 'Status', 'Minutes attended', 'Minutes credited']);
      expect(rows).toHaveLength(8);
      const of = (name: string) => rows.filter((row) => row[0] === name);
      expect(of('Ana Beltrán')).toEqual([
        ['Ana Beltrán', '2026-03-10', '10:00', 'Monthly seminar', 'Faculty seminar', 'no', '150', 'Present', '150', '150'],
        ['Ana Beltrán', '2026-04-14', '10:00', 'Monthly seminar', 'Faculty seminar', 'no', '150', 'Present', '150', '150'],
      ]);
      // 60 of 150 minutes is under the cohort's 80 %: recorded, not credited.
      expect(of(`'${FORMULA_NAME}`)[1].slice(7)).toEqual(['Present', '60', '0']);
      expect(of('Cleo Ito').map((row) => row[7])).toEqual(['Absent', 'Excused']);
    });
  });

  describe('transcripts.csv', () => {
    it('has each participant’s transcript figures: contact hours, then count and minutes by category', async () => {
      const [header, ...rows] = (await download(cohortPath('transcripts.csv'))).rows;
      expect(header).toEqual([
        'Participant', 'Contact hours', 'Contact minutes', 'Optional session minutes', 'Made-up minutes',
        'Faculty seminars: count', 'Faculty seminars: minutes',
        'Practicum (approved entries): count', 'Practicum (approved entries): minutes',
        'Reflective journals (expected time, an estimate): count', 'Reflective journals (expected time, an estimate): minutes',
      ]);
      expect(rowOf(rows, 'Ana Beltrán')).toEqual(['Ana Beltrán', '5', '300', '0', '0', '2', '300', '0', '0', '0', '0']);
      expect(rowOf(rows, `'${FORMULA_NAME}`)).toEqual([`'${FORMULA_NAME}`, '2.5', '150', '0', '0', '1', '150', '0', '0', '0', '0']);
    });

    it('gives the same figures as each participant’s hoursTranscript', async () => {
      const { hoursTranscript } = await app.ok(
        `query($cohortId: ID!, $userId: ID) { hoursTranscript(cohortId: $cohortId, userId: $userId) { contactMinutes lines { category sessions minutes } } }`,
        { cohortId: world.cohortId, userId: world.devon.id },
        world.coordinator.token,
      );
      const { transcriptsExport } = await app.ok(TRANSCRIPTS_EXPORT, { cohortId: world.cohortId }, world.coordinator.token);
      const devon = transcriptsExport.rows.find((row: { participant: { id: string } }) => row.participant.id === world.devon.id);
      expect({ contactMinutes: devon.contactMinutes, lines: devon.lines }).toEqual(hoursTranscript);
    });
  });

  describe('certificates.csv', () => {
    it('lists certificates issued and revoked, with the reason', async () => {
      const [header, ...rows] = (await download(cohortPath('certificates.csv'))).rows;
      expect(header).toEqual(['Holder', 'Certificate code', 'Status', 'Issued on', 'Contact hours', 'Revoked on', 'Reason for revocation', 'Verification page']);
      expect(rows).toHaveLength(2);
      expect(rowOf(rows, 'Ana Beltrán')).toEqual(['Ana Beltrán', expect.stringMatching(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/), 'valid', world.anaCertificateDay, '5', '', '', expect.stringMatching(/^http:\/\/verify\.test\.example\/verify\//)]);
      expect(rowOf(rows, 'Devon Carter').slice(2)).toEqual(['revoked', expect.any(String), '5', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'Issued before the last review', expect.any(String)]);
    });
  });

  describe('CE roster', () => {
    it("lists the board's licensed participants: name, licence, completion date, hours, approval number and board", async () => {
      const file = await download(`/ce-approvals/${world.stateApprovalId}/roster.csv`);
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="ce-roster-fictional-board-of-behavioral-sciences-20-4242.csv"');
      // Devon's certificate was revoked: his record stays hidden until a new certificate takes it over.
      expect(file.rows).toEqual([
        ['Name on licence', 'Licence type', 'Licence state', 'Licence number', 'Completion date', 'CE hours', 'Approval number', 'Board'],
        ['Ana Beltrán', 'LCSW', 'CA', 'LCSW 12345', world.anaCertificateDay, '5', '20-4242', BOARD],
      ]);
    });

    it('dates credit that needs no completion by the last CE session attended live, counts CEUs, and neutralises the board', async () => {
      const file = await download(`/ce-approvals/${world.chapterApprovalId}/roster.csv`);
      const [header, ...rows] = file.rows;
      expect(header[5]).toBe('CEUs');
      expect(rowOf(rows, 'Ana Beltrán')).toEqual(['Ana Beltrán', 'LCSW', 'CA', 'LCSW 12345', '2026-04-14', '0.5', 'SW-77', `'${FORMULA_BOARD}`]);
      expect(rowOf(rows, `'${FORMULA_NAME}`)).toEqual([`'${FORMULA_NAME}`, 'LMFT', 'CA', 'LMFT 777', '2026-03-10', '0.25', 'SW-77', `'${FORMULA_BOARD}`]);
      expect(rows).toHaveLength(3);
    });

    it("writes CE Broker's columns A to J: course number, licence, m/d/yyyy, State=, Profession=, hours only for partial credit", async () => {
      const [month, day, year] = [world.anaCertificateDay.slice(5, 7), world.anaCertificateDay.slice(8), world.anaCertificateDay.slice(0, 4)];
      const state = await download(`/ce-approvals/${world.stateApprovalId}/roster.csv?layout=ce-broker`);
      expect(state.headers.get('content-disposition')).toBe('attachment; filename="ce-broker-roster-fictional-board-of-behavioral-sciences-20-4242.csv"');
      expect(state.rows).toEqual([
        ['Provider tracking number', 'Course tracking number', 'Provider course ID', 'Publishing number', 'License number', 'Date completed', 'State', 'Profession', 'Subject area code', 'Partial credit hours'],
        ['', '4242', '', '', 'LCSW 12345', `${Number(month)}/${Number(day)}/${year}`, 'State=CA', 'Profession=LCSW', '', ''],
      ]);
      const chapter = await download(`/ce-approvals/${world.chapterApprovalId}/roster.csv?layout=ce-broker`);
      expect(chapter.rows.slice(1)).toEqual(
        expect.arrayContaining([
          ['', 'SW-77', '', '', 'LCSW 12345', '4/14/2026', 'State=CA', 'Profession=LCSW', '', ''],
          ['', 'SW-77', '', '', 'LMFT 777', '3/10/2026', 'State=CA', 'Profession=LMFT', '', '2.5'],
        ]),
      );
    });

    it('refuses a layout it does not know, naming it', async () => {
      const file = await download(`/ce-approvals/${world.stateApprovalId}/roster.csv?layout=excel`);
      expect(file.status).toBe(400);
      expect(file.text).toContain('layout');
    });
  });

  describe('the same data through GraphQL', () => {
    it('answers typed rows, a page at a time, with the total', async () => {
      const { cohortProgressExport } = await app.ok(PROGRESS_EXPORT, { cohortId: world.cohortId, first: 2, offset: 1 }, world.coordinator.token);
      expect(cohortProgressExport.totalCount).toBe(4);
      expect(cohortProgressExport.rows).toHaveLength(2);
      expect(cohortProgressExport.requirements.map((requirement: { kind: string }) => requirement.kind)).toEqual(['FACULTY_SESSIONS_ATTENDED', 'TOTAL_CONTACT_MINUTES']);
      const { cohortProgressExport: all } = await app.ok(PROGRESS_EXPORT, { cohortId: world.cohortId }, world.coordinator.token);
      expect(all.rows.slice(1, 3)).toEqual(cohortProgressExport.rows);
      const cleo = all.rows.find((row: { user: { id: string } }) => row.user.id === world.cleo.id);
      expect(cleo.requirements[0]).toMatchObject({ achieved: 0, threshold: 2, waived: true, met: true });

      const { attendanceExport } = await app.ok(ATTENDANCE_EXPORT, { cohortId: world.cohortId }, world.coordinator.token);
      expect(attendanceExport).toMatchObject({ timeZone: 'America/Los_Angeles', totalCount: 8 });
      expect(attendanceExport.rows.find((row: { participant: { id: string }; minutesAttended: number }) => row.participant.id === world.formula.id && row.minutesAttended === 60)).toMatchObject({
        participant: { fullName: FORMULA_NAME }, kind: 'FACULTY_SEMINAR', localDate: '2026-04-14', localTime: '10:00', status: 'PRESENT', creditedMinutes: 0,
      });

      const { certificatesExport } = await app.ok(CERTIFICATES_EXPORT, { cohortId: world.cohortId }, world.coordinator.token);
      expect(certificatesExport.rows.map((row: { status: string }) => row.status).sort()).toEqual(['REVOKED', 'VALID']);

      const { ceRoster } = await app.ok(CE_ROSTER, { approvalId: world.chapterApprovalId }, world.coordinator.token);
      expect(ceRoster).toMatchObject({ board: FORMULA_BOARD, approvalNumber: 'SW-77', unit: 'CEUS', courseHours: 5, totalCount: 3 });
      expect(ceRoster.rows.find((row: { participant: { id: string } }) => row.participant.id === world.formula.id)).toEqual({
        participant: { id: world.formula.id, fullName: FORMULA_NAME }, licenseType: 'LMFT', licenseState: 'CA', licenseNumber: 'LMFT 777',
        completedOn: '2026-03-10', minutes: 150, hours: 2.5, ceus: 0.25, credit: 0.25, partialCredit: true,
      });
    });

    it('refuses a negative offset and a page over 500, naming the argument', async () => {
      const negative = await app.gql(PROGRESS_EXPORT, { cohortId: world.cohortId, offset: -1 }, world.coordinator.token);
      expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['offset'] });
      const large = await app.gql(PROGRESS_EXPORT, { cohortId: world.cohortId, first: 501 }, world.coordinator.token);
      expect(large.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });
  });

  describe('no journal or practicum text', () => {
    it('appears in no export, CSV or GraphQL', async () => {
      const files = [
        cohortPath('progress.csv'), cohortPath('attendance.csv'), cohortPath('transcripts.csv'), cohortPath('certificates.csv'),
        ...[world.stateApprovalId, world.chapterApprovalId].flatMap((id) => [`/ce-approvals/${id}/roster.csv`, `/ce-approvals/${id}/roster.csv?layout=ce-broker`]),
      ];
      const texts = await Promise.all(files.map(async (path) => (await download(path)).text));
      const answers = await Promise.all([
        app.ok(PROGRESS_EXPORT, { cohortId: world.cohortId }, world.coordinator.token),
        app.ok(ATTENDANCE_EXPORT, { cohortId: world.cohortId }, world.coordinator.token),
        app.ok(TRANSCRIPTS_EXPORT, { cohortId: world.cohortId }, world.coordinator.token),
        app.ok(CERTIFICATES_EXPORT, { cohortId: world.cohortId }, world.coordinator.token),
        app.ok(CE_ROSTER, { approvalId: world.stateApprovalId }, world.coordinator.token),
      ]);
      const everything = [...texts, ...answers.map((answer) => JSON.stringify(answer))].join('\n');
      expect(everything).toContain('Ana Beltrán');
      for (const secret of [JOURNAL_TEXT, REFLECTION_TEXT, 'Private journal', 'Private practicum', 'PROVIDER-CODE-9']) expect(everything).not.toContain(secret);
    });
  });

  describe('who may export', () => {
    it('serves admins and the program’s coordinators, with a bearer token or the browser’s session', async () => {
      expect((await download(cohortPath('progress.csv'), { token: world.admin.token })).status).toBe(200);
      const cookie = await browserSession(app, world.coordinator.email);
      const viaPage = await download(cohortPath('attendance.csv'), { cookie });
      expect(viaPage.status).toBe(200);
      expect(viaPage.rows).toHaveLength(9);
      expect((await download(`/ce-approvals/${world.stateApprovalId}/roster.csv`, { cookie })).status).toBe(200);
    });

    it('refuses everyone else, writing no audit row: 401 signed out, 403 the cohort’s own people, 404 strangers', async () => {
      const before = (await exportAuditRows(world.cohortId)).length;
      const paths = [cohortPath('progress.csv'), cohortPath('attendance.csv'), cohortPath('transcripts.csv'), cohortPath('certificates.csv'), `/ce-approvals/${world.stateApprovalId}/roster.csv`];
      for (const path of paths) {
        expect((await download(path, {})).status).toBe(401);
        expect((await download(path, { token: world.faculty.token })).status).toBe(403);
        expect((await download(path, { token: world.ana.token })).status).toBe(403);
        expect((await download(path, { token: world.otherCoordinator.token })).status).toBe(404);
      }
      expect((await download(`/cohorts/00000000-0000-4000-8000-000000000000/exports/progress.csv`, { token: world.admin.token })).status).toBe(404);
      expect((await download(`/cohorts/not-a-uuid/exports/progress.csv`, { token: world.admin.token })).status).toBe(400);
      const participantSession = await browserSession(app, world.ana.email);
      expect((await download(cohortPath('progress.csv'), { cookie: participantSession })).status).toBe(403);
      expect(errorCode(await app.gql(PROGRESS_EXPORT, { cohortId: world.cohortId }, world.faculty.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CE_ROSTER, { approvalId: world.stateApprovalId }, world.otherCoordinator.token))).toBe('NOT_FOUND');
      expect(await exportAuditRows(world.cohortId)).toHaveLength(before);
    });
  });

  describe('audit', () => {
    it('writes one row per download or query: kind, format and row count, and nothing about anyone', async () => {
      const before = (await exportAuditRows(world.cohortId)).length;
      await download(cohortPath('progress.csv'));
      await app.ok(ATTENDANCE_EXPORT, { cohortId: world.cohortId, first: 3 }, world.coordinator.token);
      const rows = (await exportAuditRows(world.cohortId)).slice(before);
      expect(rows).toEqual([
        { entity_type: 'cohort', cohort_id: world.cohortId, actor_id: world.coordinator.id, before: null, after: { kind: 'progress', format: 'csv', rows: 4 } },
        { entity_type: 'cohort', cohort_id: world.cohortId, actor_id: world.coordinator.id, before: null, after: { kind: 'attendance', format: 'graphql', rows: 3 } },
      ]);
      await download(`/ce-approvals/${world.stateApprovalId}/roster.csv?layout=ce-broker`);
      const [roster] = (await exportAuditRows(world.stateApprovalId)).slice(-1);
      expect(roster).toEqual({ entity_type: 'ce_approval', cohort_id: world.cohortId, actor_id: world.coordinator.id, before: null, after: { kind: 'ce-broker-roster', format: 'csv', rows: 1 } });
    });
  });

  describe('a cohort of 500', () => {
    async function largeCohort(participants: number): Promise<string> {
      const { cohortId } = await givenCohort(app, world.admin, { capacity: 500 });
      const people = await givenManyParticipants(app, cohortId, participants);
      const sessions = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 3, { durationMinutes: 90, ceEligible: true });
      await givenAttendance(app, sessions, people);
      await app.ok(SET_REQUIREMENT, { input: { cohortId, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 3 } }, world.admin.token);
      return cohortId;
    }

    it('streams every row of each export within seconds', async () => {
      const cohortId = await largeCohort(500);
      const started = Date.now();
      const sizes = await Promise.all(
        ['progress.csv', 'attendance.csv', 'transcripts.csv'].map(async (file) => (await download(`/cohorts/${cohortId}/exports/${file}`, { token: world.admin.token })).rows.length),
      );
      expect(sizes).toEqual([501, 1501, 501]);
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('answers each GraphQL export in as many statements for 12 participants as for 500', async () => {
      const [small, large] = [await largeCohort(12), await largeCohort(500)];
      const statements = async (query: string, cohortId: string) => {
        const result = await app.gql(query, { cohortId, first: 500 }, world.admin.token);
        expect(result.errors).toBeUndefined();
        return result.extensions!.sqlStatements!;
      };
      for (const query of [PROGRESS_EXPORT, ATTENDANCE_EXPORT, TRANSCRIPTS_EXPORT, CERTIFICATES_EXPORT]) {
        expect(await statements(query, large)).toBe(await statements(query, small));
      }
      // Signing in, the access check, the transcripts, and the audit row's transaction (BEGIN, INSERT, COMMIT).
      expect(await statements(TRANSCRIPTS_EXPORT, large)).toBeLessThanOrEqual(6);
    });
  });
});

/** Signs in through the sign-in page, as a browser does (double-submit form token), and answers the session cookie. */
async function browserSession(app: TestApp, email: string): Promise<string> {
  const formToken = 'exports-suite-form-token';
  const response = await fetch(`${app.baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `iecmhc_form=${formToken}` },
    body: new URLSearchParams({ _csrf: formToken, email, password: PASSWORD, next: '/home' }).toString(),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('iecmhc_session='));
  if (!session) throw new Error(`No session cookie after signing in (${response.status})`);
  return session.split(';')[0];
}

async function givenWorld(app: TestApp): Promise<World> {
  const admin = await signInAdmin(app);
  const { cohortId, programId } = await givenCohort(app, admin, { timeZone: 'America/Los_Angeles' });
  const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
  const coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
  await app.ok(GRANT, { input: { programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
  const elsewhere = await givenCohort(app, admin);
  const otherCoordinator = await givenUser(app, admin);
  await app.ok(GRANT, { input: { programId: elsewhere.programId, userId: otherCoordinator.id, role: 'COORDINATOR' } }, admin.token);

  const participant = (fullName: string) => givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName });
  const [ana, formula, cleo, devon] = [await participant('Ana Beltrán'), await participant(FORMULA_NAME), await participant('Cleo Ito'), await participant('Devon Carter')];
  const seminars = [
    await givenSession(app, faculty.token, cohortId, { title: 'Monthly seminar', startsAt: PAST, durationMinutes: 150, ceEligible: true }),
    await givenSession(app, faculty.token, cohortId, { title: 'Monthly seminar', startsAt: LATER_PAST, durationMinutes: 150, ceEligible: true }),
  ];
  const attend = (sessionId: string, entries: { userId: string; status: string; minutesAttended?: number }[]) => recordSessionAttendance(app, faculty.token, sessionId, entries);
  await attend(seminars[0], [{ userId: ana.id, status: 'PRESENT' }, { userId: formula.id, status: 'PRESENT' }, { userId: cleo.id, status: 'ABSENT' }, { userId: devon.id, status: 'PRESENT' }]);
  await attend(seminars[1], [{ userId: ana.id, status: 'PRESENT' }, { userId: formula.id, status: 'PRESENT', minutesAttended: 60 }, { userId: cleo.id, status: 'EXCUSED' }, { userId: devon.id, status: 'PRESENT' }]);

  const { setCompletionRequirement: sessions } = await app.ok(SET_REQUIREMENT, { input: { cohortId, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 2 } }, admin.token);
  await app.ok(SET_REQUIREMENT, { input: { cohortId, kind: 'TOTAL_CONTACT_MINUTES', threshold: 300, label: '=SUM(1+1) contact hours' } }, admin.token);
  await app.ok(WAIVE, { input: { cohortId, userId: cleo.id, requirementId: sessions.id, reason: 'Joined late' } }, admin.token);

  // Texts that must never leave in an export.
  const moduleId = await givenModule(app, faculty.token, cohortId);
  await givenSubmitted(app, ana, await givenAssignment(app, faculty, moduleId), JOURNAL_TEXT);
  await givenEntry(app, ana, await givenPlacement(app, ana, cohortId, { providerCode: 'PROVIDER-CODE-9' }), { reflection: REFLECTION_TEXT });

  await givenLicenses(app, admin, ana.id, [{ type: 'LCSW', number: 'LCSW 12345' }]);
  await givenLicenses(app, admin, formula.id, [{ type: 'LMFT', number: 'LMFT 777' }]);
  await givenLicenses(app, admin, devon.id, [{ type: 'LCSW', number: 'LCSW 55555' }]);
  const state = await givenCeApproval(app, admin, { cohortId, board: BOARD, approvalNumber: '20-4242', licenseTypes: ['LCSW', 'LMFT'], licenseStates: ['CA'] });
  const chapter = await givenCeApproval(app, admin, {
    cohortId, board: FORMULA_BOARD, approvalNumber: 'SW-77', licenseTypes: ['LCSW', 'LMFT'], requiresCompletion: false, incrementMinutes: 30, unit: 'CEUS',
  });
  const anaCertificate = await issueCertificate(app, admin, cohortId, ana.id);
  const devonCertificate = await issueCertificate(app, admin, cohortId, devon.id);
  await app.ok(REVOKE, { input: { certificateId: devonCertificate.id, reason: 'Issued before the last review' } }, admin.token);
  const anaCertificateDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(anaCertificate.issuedAt));

  return {
    admin, cohortId, programId, faculty, coordinator, otherCoordinator, ana, formula, cleo, devon, seminars,
    stateApprovalId: state.id, chapterApprovalId: chapter.id, anaCertificateDay,
  };
}
