import {
  CERTIFICATE_FIELDS,
  countRows,
  enroll,
  enrollmentIdOf,
  errorCode,
  givenAttendance,
  givenEligible,
  givenMember,
  givenSessions,
  givenUser,
  issueCertificate,
  setRequirement,
  SignedIn,
  signInAdmin,
  uniqueEmail,
  UPDATE_COHORT,
  WITHDRAW,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const GRANT_FIELDS = 'id role user { id fullName email } grantedAt';
const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { ${GRANT_FIELDS} } }`;
const REVOKE_ROLE = `mutation($input: ProgramRoleInput!) { revokeProgramRole(input: $input) }`;
const PROGRAM_ROLES = `query($programId: ID!) { programRoles(programId: $programId) { ${GRANT_FIELDS} } }`;

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id name description signatoryName } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name program { id } } }`;
const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { id role status user { id } } }`;
const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id name members { id } facilitators { id } } }`;
const SET_REQUIREMENT = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id kind threshold } }`;
const APPROVE_CE = `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id board approvalNumber } }`;
const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
const ISSUE_ALL = `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued alreadyHeld notEligible } }`;
const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id code status holderName } }`;
const REVOKE_CERTIFICATE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id status } }`;
const COPY = `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id name startsOn program { id } } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid status code holderName revokedAt revocationReason } }`;
const MY_CERTIFICATES = `{ myCertificates { id code status revokedAt } }`;

const PROGRAMS = `{ programs { id name } }`;
const COHORTS = `query($programId: ID) { cohorts(programId: $programId) { id program { id } } }`;
const COHORT = `query($id: ID!) { cohort(id: $id) { id name program { id } members { role user { id fullName email } } } }`;

/** Everything an administrator reads of a program and its first cohort: what a refused call must leave as it was. */
const PROGRAM_AS_ADMIN = `query($programId: ID!, $cohortId: ID!) {
  programs { id name description signatoryName }
  cohorts(programId: $programId) { id }
  cohort(id: $cohortId) { name startsOn endsOn capacity members { id role status withdrawnOn user { id } } communities { id name } }
  cohortRequirements(cohortId: $cohortId) { id kind threshold }
  ceApprovals(cohortId: $cohortId) { id }
  certificates(cohortId: $cohortId) { id code status }
}`;

/** What an administrator reads of a cohort and one participant's records in it. */
const COHORT_RECORDS = `query($cohortId: ID!, $userId: ID!) {
  cohort(id: $cohortId) {
    name members { id role status withdrawnOn withdrawalReason user { id fullName email } }
    communities { id name members { id } facilitators { id } }
    sessions { id title attendance { status minutesAttended user { id } } }
  }
  cohortRequirements(cohortId: $cohortId) { id kind threshold }
  cohortProgress(cohortId: $cohortId) { eligible withdrawnOn user { id email } }
  progress(cohortId: $cohortId, userId: $userId) { eligible requirements { kind threshold achieved met waived } }
  hoursTranscript(cohortId: $cohortId, userId: $userId) { contactMinutes madeUpMinutes }
  certificates(cohortId: $cohortId) { id code status holderName }
  ceApprovals(cohortId: $cohortId) { id board }
}`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Program {
  programId: string;
  cohortId: string;
}

describe('program coordinators', () => {
  let app: TestApp;
  let admin: SignedIn;
  let prairie: Program;
  let lakeshore: Program;
  /** Coordinator of Prairie, and of nothing else. */
  let marisol: SignedIn;
  let prairieFacilitator: SignedIn;
  let pia: SignedIn;
  /** Lakeshore participants: Lena holds a certificate issued by the admin, Leo is eligible for one. */
  let lena: SignedIn;
  let leo: SignedIn;
  let lenaCertificate: { id: string; code: string };

  const grant = (programId: string, userId: string, token = admin.token, role: unknown = 'COORDINATOR') =>
    app.gql(GRANT, { input: { programId, userId, role } }, token);
  const revoke = (programId: string, userId: string, token = admin.token) => app.gql(REVOKE_ROLE, { input: { programId, userId, role: 'COORDINATOR' } }, token);
  const adminView = (program: Program) => app.ok(PROGRAM_AS_ADMIN, { ...program }, admin.token);

  /** Expects `code` from the call, and that the admin reads the program and the trail just as before it. */
  async function expectRefused(code: string, program: Program, request: () => Promise<GraphQLResponse>): Promise<void> {
    const before = { view: await adminView(program), audited: await countRows(app, 'audit_event'), roles: await countRows(app, 'program_role') };
    const result = await request();
    expect(errorCode(result)).toBe(code);
    expect(result.data ?? null).toBeNull();
    expect({ view: await adminView(program), audited: await countRows(app, 'audit_event'), roles: await countRows(app, 'program_role') }).toEqual(before);
  }

  async function givenProgram(name: string): Promise<Program> {
    const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name } }, admin.token);
    const { createCohort } = await app.ok(
      CREATE_COHORT,
      { input: { programId: createProgram.id, name: `${name} 2026`, startsOn: '2026-01-05', endsOn: '2026-12-18', capacity: 20 } },
      admin.token,
    );
    return { programId: createProgram.id, cohortId: createCohort.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    prairie = await givenProgram('Prairie Infant Mental Health Consultation');
    lakeshore = await givenProgram('Lakeshore Early Childhood Consultation');
    marisol = await givenUser(app, admin, { fullName: 'Marisol Vega' });
    expect((await grant(prairie.programId, marisol.id)).errors).toBeUndefined();
    prairieFacilitator = await givenMember(app, admin, prairie.cohortId, 'FACILITATOR', { fullName: 'Farah Prairie' });
    pia = await givenMember(app, admin, prairie.cohortId, 'PARTICIPANT', { fullName: 'Pia Prairie' });
    lena = await givenMember(app, admin, lakeshore.cohortId, 'PARTICIPANT', { fullName: 'Lena Lakeshore' });
    leo = await givenMember(app, admin, lakeshore.cohortId, 'PARTICIPANT', { fullName: 'Leo Lakeshore' });
    await givenEligible(app, admin, lakeshore.cohortId, [lena.id, leo.id]);
    lenaCertificate = await issueCertificate(app, admin, lakeshore.cohortId, lena.id);
  });

  afterAll(() => app?.stop());

  describe('granting the role', () => {
    let dana: SignedIn;

    beforeAll(async () => {
      dana = await givenUser(app, admin, { fullName: 'Dana Okafor' });
    });

    it('an admin grants it and gets the grant back, audited; granting it again is a CONFLICT', async () => {
      const granted = await grant(prairie.programId, dana.id);
      expect(granted.errors).toBeUndefined();
      expect(granted.data.grantProgramRole).toEqual({
        id: expect.any(String), role: 'COORDINATOR', user: { id: dana.id, fullName: 'Dana Okafor', email: dana.email }, grantedAt: expect.any(String),
      });
      const { rows } = await app.db.query(`SELECT actor_id, after FROM audit_event WHERE action = 'program_role.granted' AND entity_id = $1`, [granted.data.grantProgramRole.id]);
      expect(rows).toEqual([{ actor_id: admin.id, after: { programId: prairie.programId, userId: dana.id, role: 'COORDINATOR' } }]);

      await expectRefused('CONFLICT', prairie, () => grant(prairie.programId, dana.id));
    });

    it("lists the program's coordinators by name for an admin and for a coordinator, with their e-mail addresses", async () => {
      const expected = [
        { id: expect.any(String), role: 'COORDINATOR', user: { id: dana.id, fullName: 'Dana Okafor', email: dana.email }, grantedAt: expect.any(String) },
        { id: expect.any(String), role: 'COORDINATOR', user: { id: marisol.id, fullName: 'Marisol Vega', email: marisol.email }, grantedAt: expect.any(String) },
      ];
      expect((await app.ok(PROGRAM_ROLES, { programId: prairie.programId }, admin.token)).programRoles).toEqual(expected);
      expect((await app.ok(PROGRAM_ROLES, { programId: prairie.programId }, marisol.token)).programRoles).toEqual(expected);
      expect((await app.ok(PROGRAM_ROLES, { programId: lakeshore.programId }, admin.token)).programRoles).toEqual([]);
    });

    it('is FORBIDDEN to a member of one of its cohorts, who sees the program listed', async () => {
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: prairie.programId }, pia.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: prairie.programId }, prairieFacilitator.token))).toBe('FORBIDDEN');
    });

    it("answers NOT_FOUND to anyone not related to the program: another program's participant or coordinator, as for an unknown id", async () => {
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: prairie.programId }, lena.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: lakeshore.programId }, marisol.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: UNKNOWN_ID }, admin.token))).toBe('NOT_FOUND');
    });

    it('is FORBIDDEN to anyone but an admin, writing nothing', async () => {
      const someone = await givenUser(app, admin);
      await expectRefused('FORBIDDEN', prairie, () => grant(prairie.programId, someone.id, pia.token));
      await expectRefused('FORBIDDEN', prairie, () => grant(prairie.programId, someone.id, prairieFacilitator.token));
    });

    it('answers NOT_FOUND for an unknown program or person, writing nothing', async () => {
      const someone = await givenUser(app, admin);
      await expectRefused('NOT_FOUND', prairie, () => grant(UNKNOWN_ID, someone.id));
      await expectRefused('NOT_FOUND', prairie, () => grant(prairie.programId, UNKNOWN_ID));
    });

    it('refuses a role that does not exist as bad input, writing nothing', async () => {
      const someone = await givenUser(app, admin);
      let result: GraphQLResponse | undefined;
      await expectRefused('BAD_USER_INPUT', prairie, async () => (result = await grant(prairie.programId, someone.id, admin.token, 'OWNER')));
      expect(result!.errors![0].extensions!.fields).toEqual(['role']);
    });
  });

  describe('a coordinator running their program', () => {
    it('changes the program and opens a cohort in it', async () => {
      const updated = await app.gql(UPDATE_PROGRAM, { input: { programId: prairie.programId, description: 'Consultation across the prairie counties', signatoryName: 'Marisol Vega' } }, marisol.token);
      expect(updated.errors).toBeUndefined();
      expect(updated.data.updateProgram).toMatchObject({ id: prairie.programId, description: 'Consultation across the prairie counties', signatoryName: 'Marisol Vega' });

      const created = await app.gql(
        CREATE_COHORT,
        { input: { programId: prairie.programId, name: 'Prairie evening 2026', startsOn: '2026-02-02', endsOn: '2026-11-30', capacity: 12 } },
        marisol.token,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data.createCohort).toEqual({ id: expect.any(String), name: 'Prairie evening 2026', program: { id: prairie.programId } });
    });

    it('enrols a person and withdraws them', async () => {
      const newcomer = await givenUser(app, admin, { fullName: 'Nadia Newcomer' });
      const enrolled = await app.gql(ENROLL, { input: { cohortId: prairie.cohortId, userId: newcomer.id, role: 'PARTICIPANT', enrolledAt: '2026-01-05T00:00:00Z' } }, marisol.token);
      expect(enrolled.errors).toBeUndefined();
      expect(enrolled.data.enroll).toMatchObject({ role: 'PARTICIPANT', status: 'ACTIVE', user: { id: newcomer.id } });

      const withdrawn = await app.gql(WITHDRAW, { input: { enrollmentId: enrolled.data.enroll.id, effectiveOn: '2026-06-01', reason: 'Took a position in another state' } }, marisol.token);
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data.withdraw).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-06-01', withdrawalReason: 'Took a position in another state' });
    });

    it('sets up a community of practice and a CE approval', async () => {
      const community = await app.gql(CREATE_COMMUNITY, { input: { cohortId: prairie.cohortId, name: 'North counties', facilitatorIds: [prairieFacilitator.id], memberIds: [pia.id] } }, marisol.token);
      expect(community.errors).toBeUndefined();
      expect(community.data.createCommunity).toMatchObject({ name: 'North counties', members: [{ id: pia.id }], facilitators: [{ id: prairieFacilitator.id }] });

      const approval = await app.gql(APPROVE_CE, { input: { cohortId: prairie.cohortId, board: 'Fictional Board of Behavioral Sciences', approvalNumber: 'FB-2026-7', licenseTypes: ['LCSW'] } }, marisol.token);
      expect(approval.errors).toBeUndefined();
      expect(approval.data.approveCe).toMatchObject({ board: 'Fictional Board of Behavioral Sciences', approvalNumber: 'FB-2026-7' });
    });

    it('sets a requirement, issues a certificate early with a reason, and reissues it', async () => {
      const requirement = await app.gql(SET_REQUIREMENT, { input: { cohortId: prairie.cohortId, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 1 } }, marisol.token);
      expect(requirement.errors).toBeUndefined();
      expect(requirement.data.setCompletionRequirement).toMatchObject({ kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 1 });
      await givenAttendance(app, await givenSessions(app, prairie.cohortId, 'FACULTY_SEMINAR', 1, { durationMinutes: 150, ceEligible: true }), [pia.id]);
      const [closing] = await givenSessions(app, prairie.cohortId, 'FACULTY_SEMINAR', 1);
      await app.db.query(`UPDATE session SET starts_at = now() + interval '2 days' WHERE id = $1`, [closing]);

      const reason = 'Moving away before the closing seminar; every requirement met';
      const issued = await app.gql(ISSUE, { input: { cohortId: prairie.cohortId, userId: pia.id, earlyCompletionReason: reason } }, marisol.token);
      expect(issued.errors).toBeUndefined();
      expect(issued.data.issueCertificate).toMatchObject({ status: 'VALID', userId: pia.id, holderName: 'Pia Prairie', programName: 'Prairie Infant Mental Health Consultation' });

      const reissued = await app.gql(REISSUE, { input: { certificateId: issued.data.issueCertificate.id, reason: 'Corrected spelling of the name' } }, marisol.token);
      expect(reissued.errors).toBeUndefined();
      expect(reissued.data.reissueCertificate).toMatchObject({ status: 'VALID', holderName: 'Pia Prairie' });
      expect(reissued.data.reissueCertificate.code).not.toBe(issued.data.issueCertificate.code);
      const { verifyCertificate: old } = await app.ok(VERIFY, { code: issued.data.issueCertificate.code });
      expect(old).toMatchObject({ valid: false, status: 'REVOKED', revocationReason: 'Corrected spelling of the name' });
    });

    it('copies a cohort of the program into next year', async () => {
      const copied = await app.gql(COPY, { input: { cohortId: prairie.cohortId, name: 'Prairie 2027', startsOn: '2027-01-04' } }, marisol.token);
      expect(copied.errors).toBeUndefined();
      expect(copied.data.copyCohort).toEqual({ id: expect.any(String), name: 'Prairie 2027', startsOn: '2027-01-04', program: { id: prairie.programId } });
    });

    it('is named in the audit trail as the one who made each change', async () => {
      const { rows } = await app.db.query(`SELECT DISTINCT action FROM audit_event WHERE actor_id = $1 ORDER BY action`, [marisol.id]);
      expect(rows.map((row: { action: string }) => row.action)).toEqual(
        expect.arrayContaining([
          'program.updated', 'cohort.created', 'enrollment.created', 'enrollment.withdrawn', 'community.created', 'ce_approval.created',
          'completion_requirement.set', 'certificate.issued', 'certificate.revoked', 'cohort.copied',
        ]),
      );
    });
  });

  describe('what a coordinator sees', () => {
    it('lists only the programs they coordinate', async () => {
      expect((await app.ok(PROGRAMS, {}, marisol.token)).programs).toEqual([{ id: prairie.programId, name: 'Prairie Infant Mental Health Consultation' }]);
      const everything = (await app.ok(PROGRAMS, {}, admin.token)).programs.map((program: { id: string }) => program.id);
      expect(everything).toEqual(expect.arrayContaining([prairie.programId, lakeshore.programId]));
    });

    it("lists only their programs' cohorts, all of them", async () => {
      const own = (await app.ok(COHORTS, {}, marisol.token)).cohorts;
      const prairieCohorts = (await app.ok(COHORTS, { programId: prairie.programId }, admin.token)).cohorts;
      expect(own).toEqual(prairieCohorts);
      expect(own.map((cohort: { id: string }) => cohort.id)).toContain(prairie.cohortId);
      expect((await app.ok(COHORTS, { programId: lakeshore.programId }, marisol.token)).cohorts).toEqual([]);
    });

    it("answers NOT_FOUND for another program's cohort, as for an unknown id", async () => {
      const other = await app.gql(COHORT, { id: lakeshore.cohortId }, marisol.token);
      expect(errorCode(other)).toBe('NOT_FOUND');
      expect(other.errors![0].message).toBe((await app.gql(COHORT, { id: UNKNOWN_ID }, marisol.token)).errors![0].message);
    });

    it("sees every member of their program's cohort with e-mail addresses", async () => {
      const { cohort } = await app.ok(COHORT, { id: prairie.cohortId }, marisol.token);
      expect(cohort.program).toEqual({ id: prairie.programId });
      expect(cohort.members).toEqual(
        expect.arrayContaining([
          { role: 'FACILITATOR', user: { id: prairieFacilitator.id, fullName: 'Farah Prairie', email: prairieFacilitator.email } },
          { role: 'PARTICIPANT', user: { id: pia.id, fullName: 'Pia Prairie', email: pia.email } },
        ]),
      );
    });
  });

  describe('what a coordinator reads', () => {
    it("reads their program's cohort and a participant's records there as an administrator does", async () => {
      const variables = { cohortId: prairie.cohortId, userId: pia.id };
      const asAdmin = await app.ok(COHORT_RECORDS, variables, admin.token);
      expect(asAdmin.cohort.members.length).toBeGreaterThan(1);
      expect(await app.ok(COHORT_RECORDS, variables, marisol.token)).toEqual(asAdmin);
    });

    it("answers NOT_FOUND for the same reads in another program's cohort", async () => {
      const result = await app.gql(COHORT_RECORDS, { cohortId: lakeshore.cohortId, userId: lena.id }, marisol.token);
      expect(result.data ?? null).toBeNull();
      expect(new Set(result.errors!.map((error) => error.extensions!.code))).toEqual(new Set(['NOT_FOUND']));
    });
  });

  describe('a coordinator acting on another program', () => {
    let outsider: SignedIn;

    beforeAll(async () => {
      outsider = await givenUser(app, admin, { fullName: 'Olive Outsider' });
    });

    const refusals: [string, () => Promise<GraphQLResponse>][] = [
      ['enroll', () => app.gql(ENROLL, { input: { cohortId: lakeshore.cohortId, userId: outsider.id, role: 'PARTICIPANT' } }, marisol.token)],
      ['enroll (themself)', () => app.gql(ENROLL, { input: { cohortId: lakeshore.cohortId, userId: marisol.id, role: 'FACULTY' } }, marisol.token)],
      ['withdraw', async () => app.gql(WITHDRAW, { input: { enrollmentId: await enrollmentIdOf(app, lakeshore.cohortId, leo.id), effectiveOn: '2026-06-01', reason: 'Moved' } }, marisol.token)],
      ['updateCohort', () => app.gql(UPDATE_COHORT, { input: { cohortId: lakeshore.cohortId, name: 'Taken over', capacity: 3 } }, marisol.token)],
      ['createCommunity', () => app.gql(CREATE_COMMUNITY, { input: { cohortId: lakeshore.cohortId, name: 'Shoreline', facilitatorIds: [], memberIds: [leo.id] } }, marisol.token)],
      ['setCompletionRequirement', () => app.gql(SET_REQUIREMENT, { input: { cohortId: lakeshore.cohortId, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 9 } }, marisol.token)],
      ['approveCe', () => app.gql(APPROVE_CE, { input: { cohortId: lakeshore.cohortId, board: 'Fictional Board', approvalNumber: 'FB-9', licenseTypes: ['LCSW'] } }, marisol.token)],
      ['issueCertificate', () => app.gql(ISSUE, { input: { cohortId: lakeshore.cohortId, userId: leo.id } }, marisol.token)],
      ['issueCertificates', () => app.gql(ISSUE_ALL, { cohortId: lakeshore.cohortId }, marisol.token)],
      ['copyCohort', () => app.gql(COPY, { input: { cohortId: lakeshore.cohortId, name: 'Lakeshore 2027', startsOn: '2027-01-04' } }, marisol.token)],
      ['updateProgram', () => app.gql(UPDATE_PROGRAM, { input: { programId: lakeshore.programId, description: 'Taken over', signatoryName: 'Marisol Vega' } }, marisol.token)],
      [
        'createCohort',
        () => app.gql(CREATE_COHORT, { input: { programId: lakeshore.programId, name: 'Lakeshore evening', startsOn: '2026-02-02', endsOn: '2026-11-30', capacity: 12 } }, marisol.token),
      ],
    ];

    it.each(refusals)('%s answers NOT_FOUND and writes nothing', async (_operation, request) => {
      await expectRefused('NOT_FOUND', lakeshore, request);
    });

    it('leaves Leo, who was eligible all along, without a certificate', async () => {
      expect(await countRows(app, 'certificate', 'cohort_id = $1 AND user_id = $2', [lakeshore.cohortId, leo.id])).toBe(0);
    });
  });

  describe("reissuing a certificate of another program as a coordinator", () => {
    it.each([
      ['reissueCertificate', () => app.gql(REISSUE, { input: { certificateId: lenaCertificate.id, reason: 'Legal name change' } }, marisol.token)],
      ['revokeCertificate', () => app.gql(REVOKE_CERTIFICATE, { input: { certificateId: lenaCertificate.id, reason: 'Issued in error' } }, marisol.token)],
    ])('%s answers NOT_FOUND, and the certificate stays valid for the holder and for anyone checking it', async (_operation, request) => {
      const held = (await app.ok(MY_CERTIFICATES, {}, lena.token)).myCertificates;
      expect(held).toEqual([{ id: lenaCertificate.id, code: lenaCertificate.code, status: 'VALID', revokedAt: null }]);

      await expectRefused('NOT_FOUND', lakeshore, request);

      const { verifyCertificate } = await app.ok(VERIFY, { code: lenaCertificate.code });
      expect(verifyCertificate).toEqual({ valid: true, status: 'VALID', code: lenaCertificate.code, holderName: 'Lena Lakeshore', revokedAt: null, revocationReason: null });
      expect((await app.ok(MY_CERTIFICATES, {}, lena.token)).myCertificates).toEqual(held);
    });
  });

  describe('what stays for admins alone', () => {
    const refusals: [string, () => Promise<GraphQLResponse>][] = [
      ['createProgram', () => app.gql(CREATE_PROGRAM, { input: { name: 'Prairie North' } }, marisol.token)],
      ['createUser', () => app.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: uniqueEmail(), fullName: 'New Consultant', password: 'a-long-enough-password', credentials: [] } }, marisol.token)],
      ['inviteUser', () => app.gql(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, { input: { email: uniqueEmail(), fullName: 'Invited Consultant' } }, marisol.token)],
      ['users', () => app.gql(`{ users { totalCount nodes { id email } } }`, {}, marisol.token)],
      ['updateUser (e-mail of a participant)', () => app.gql(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id email } }`, { input: { userId: pia.id, email: uniqueEmail('pia') } }, marisol.token)],
      ['deactivateUser', () => app.gql(`mutation($id: ID!) { deactivateUser(userId: $id) { id deactivatedAt } }`, { id: pia.id }, marisol.token)],
      ['grantProgramRole (themself, in another program)', () => grant(lakeshore.programId, marisol.id, marisol.token)],
      ['grantProgramRole (someone else, in their program)', () => grant(prairie.programId, pia.id, marisol.token)],
      ['revokeProgramRole (their own)', () => revoke(prairie.programId, marisol.id, marisol.token)],
    ];

    it.each(refusals)('%s is FORBIDDEN and writes nothing', async (_operation, request) => {
      const people = async () => ({ count: await countRows(app, 'app_user'), pia: (await app.ok(`query($search: String) { users(search: $search) { nodes { email deactivatedAt } } }`, { search: pia.email }, admin.token)).users.nodes });
      const before = await people();
      expect(before.pia).toEqual([{ email: pia.email, deactivatedAt: null }]);
      await expectRefused('FORBIDDEN', prairie, request);
      expect(await people()).toEqual(before);
      expect((await app.ok(PROGRAMS, {}, marisol.token)).programs).toEqual([{ id: prairie.programId, name: 'Prairie Infant Mental Health Consultation' }]);
    });
  });

  describe('revoking the role', () => {
    it('takes effect on the next request with the same token, and revoking again answers false', async () => {
      const rafael = await givenUser(app, admin, { fullName: 'Rafael Lindqvist' });
      expect((await grant(prairie.programId, rafael.id)).errors).toBeUndefined();
      const renamed = await app.gql(UPDATE_COHORT, { input: { cohortId: prairie.cohortId, name: 'Prairie 2026 (renamed)' } }, rafael.token);
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data.updateCohort.name).toBe('Prairie 2026 (renamed)');

      const revoked = await revoke(prairie.programId, rafael.id);
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data.revokeProgramRole).toBe(true);
      const { rows } = await app.db.query(`SELECT actor_id, before FROM audit_event WHERE action = 'program_role.revoked'`);
      expect(rows).toEqual([{ actor_id: admin.id, before: { programId: prairie.programId, userId: rafael.id, role: 'COORDINATOR' } }]);

      await expectRefused('NOT_FOUND', prairie, () => app.gql(UPDATE_COHORT, { input: { cohortId: prairie.cohortId, name: 'Prairie 2026 (again)' } }, rafael.token));
      expect((await app.ok(COHORT, { id: prairie.cohortId }, admin.token)).cohort.name).toBe('Prairie 2026 (renamed)');
      expect((await app.ok(PROGRAMS, {}, rafael.token)).programs).toEqual([]);
      expect((await app.ok(COHORTS, {}, rafael.token)).cohorts).toEqual([]);
      expect(errorCode(await app.gql(PROGRAM_ROLES, { programId: prairie.programId }, rafael.token))).toBe('NOT_FOUND');

      const again = await revoke(prairie.programId, rafael.id);
      expect(again.errors).toBeUndefined();
      expect(again.data.revokeProgramRole).toBe(false);
      expect(await countRows(app, 'audit_event', `action = 'program_role.revoked'`)).toBe(1);
    });
  });
});
