import {
  enroll,
  errorCode,
  givenCohort,
  givenMember,
  givenTwoCommunities,
  givenUser,
  PROGRAM_PROFILE_FIELDS,
  signInAdmin,
  SignedIn,
  updateProgram,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name startsOn endsOn capacity program { id name } } }`;
const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { id role user { id } cohort { id } } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM_PROFILE_FIELDS} } }`;
const COHORT_MEMBERS = `query($id: ID!) { cohort(id: $id) { id members { role user { id fullName email } } } }`;

describe('programs, cohorts and enrollment', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app.stop());

  const count = async (table: string) => Number((await app.db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  it('creates a program and a cohort with its dates and capacity', async () => {
    const { createProgram } = await app.ok(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name description } }`,
      { input: { name: 'Agency IECMHC Course', description: 'Weekly seminars' } },
      admin.token,
    );
    expect(createProgram).toMatchObject({ name: 'Agency IECMHC Course', description: 'Weekly seminars' });
    const { createCohort } = await app.ok(
      CREATE_COHORT,
      { input: { programId: createProgram.id, name: '2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 12 } },
      admin.token,
    );
    expect(createCohort).toMatchObject({ name: '2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 12, program: { id: createProgram.id } });
    const { programs } = await app.ok(`{ programs { id cohorts { id } } }`, {}, admin.token);
    expect(programs).toContainEqual({ id: createProgram.id, cohorts: [{ id: createCohort.id }] });
  });

  it.each([
    ['endsOn', { startsOn: '2026-09-01', endsOn: '2026-08-01' }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: -3 }],
    ['name', { name: ' ' }],
    ['startsOn', { startsOn: '2026-02-30' }],
    ['startsOn', { startsOn: '0000-01-01' }],
  ])('refuses a cohort with a bad %s, writing nothing', async (field, override) => {
    const { cohortId, programId } = await givenCohort(app, admin);
    expect(cohortId).toBeDefined();
    const before = await count('cohort');
    const input = { programId, name: 'Bad', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 10, ...override };
    const result = await app.gql(CREATE_COHORT, { input }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([field]);
    expect(await count('cohort')).toBe(before);
  });

  describe('updateProgram', () => {
    const PROFILE = {
      issuerName: 'Example Early Childhood Consultation Institute',
      issuerUrl: 'https://institute.example.org/consultation',
      issuerEmail: 'certificates@institute.example.org',
      signatoryName: 'Dr. Rosa Example',
      signatoryTitle: 'Program Director',
      certificateTitle: 'Certificate in Reflective Consultation',
    };
    const programRow = async (programId: string) => (await app.db.query('SELECT * FROM program WHERE id = $1', [programId])).rows[0];

    it('changes the fields given, keeps the others, shows them to whoever reads the program, and audits the change without the e-mail address', async () => {
      const { programId, cohortId } = await givenCohort(app, admin);
      const updated = await updateProgram(app, admin, programId, { ...PROFILE, name: '  Statewide IECMHC Course ', timeZone: 'America/Los_Angeles' });
      expect(updated).toEqual({ id: programId, name: 'Statewide IECMHC Course', description: null, timeZone: 'America/Los_Angeles', ...PROFILE });
      // Left out: kept.
      expect(await updateProgram(app, admin, programId, { description: 'Weekly seminars' })).toEqual({ ...updated, description: 'Weekly seminars' });
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { program { ${PROGRAM_PROFILE_FIELDS} } } }`, { id: cohortId }, participant.token);
      expect(cohort.program).toEqual({ ...updated, description: 'Weekly seminars' });

      const { rows } = await app.db.query(
        `SELECT actor_id, before, after FROM audit_event WHERE action = 'program.updated' AND entity_id = $1 ORDER BY occurred_at`, [programId]);
      expect(rows).toEqual([
        {
          actor_id: admin.id,
          before: { name: 'Test IECMHC Program', timeZone: 'UTC', issuerName: null, issuerUrl: null, issuerEmail: null, signatoryName: null, signatoryTitle: null, certificateTitle: null },
          after: { ...PROFILE, name: 'Statewide IECMHC Course', timeZone: 'America/Los_Angeles', issuerEmail: 'set' },
        },
        { actor_id: admin.id, before: { description: null }, after: { description: 'Weekly seminars' } },
      ]);
      expect(JSON.stringify(rows)).not.toContain(PROFILE.issuerEmail);
    });

    it('clears an optional field given null; the name and time zone cannot be cleared', async () => {
      const { programId } = await givenCohort(app, admin);
      await updateProgram(app, admin, programId, { ...PROFILE, description: 'Weekly seminars' });
      const cleared = await updateProgram(app, admin, programId, {
        description: null, issuerName: null, issuerUrl: null, issuerEmail: null, signatoryName: null, signatoryTitle: null, certificateTitle: null,
      });
      expect(cleared).toMatchObject({
        name: 'Test IECMHC Program', description: null, issuerName: null, issuerUrl: null, issuerEmail: null,
        signatoryName: null, signatoryTitle: null, certificateTitle: null,
      });
      for (const field of ['name', 'timeZone']) {
        const result = await app.gql(UPDATE_PROGRAM, { input: { programId, [field]: null } }, admin.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.fields).toEqual([field]);
      }
    });

    it.each([
      ['issuerUrl', 'not a url'],
      ['issuerUrl', 'ftp://institute.example.org/'],
      ['issuerUrl', 'institute.example.org'],
      ['issuerUrl', `https://institute.example.org/${'a'.repeat(2000)}`],
      ['issuerEmail', 'x'],
      ['issuerEmail', 'certificates@'],
      ['name', '   '],
      ['name', 'Two\nlines'],
      ['issuerName', '\u200B '],
      ['issuerName', 'I'.repeat(201)],
      ['signatoryName', 'Dr. Rosa\tExample'],
      ['certificateTitle', 'C'.repeat(121)],
      ['timeZone', 'Mars/Olympus_Mons'],
      ['description', 'd'.repeat(5001)],
    ])('refuses a bad %s (case %#), naming it and writing nothing', async (field, value) => {
      const { programId } = await givenCohort(app, admin);
      const before = await programRow(programId);
      const result = await app.gql(UPDATE_PROGRAM, { input: { programId, ...PROFILE, [field]: value } }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
      expect(await programRow(programId)).toEqual(before);
      expect(Number((await app.db.query(`SELECT count(*) FROM audit_event WHERE action = 'program.updated' AND entity_id = $1`, [programId])).rows[0].count)).toBe(0);
    });

    it('is for admins only, and answers NOT_FOUND for an unknown program', async () => {
      const { programId, cohortId } = await givenCohort(app, admin);
      const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      const before = await programRow(programId);
      expect(errorCode(await app.gql(UPDATE_PROGRAM, { input: { programId, issuerName: 'Not theirs' } }, faculty.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(UPDATE_PROGRAM, { input: { programId, issuerName: 'Not theirs' } }))).toBe('UNAUTHENTICATED');
      expect(await programRow(programId)).toEqual(before);
      const unknown = await app.gql(UPDATE_PROGRAM, { input: { programId: '00000000-0000-4000-8000-000000000000', issuerName: 'Nobody' } }, admin.token);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });
  });

  it('answers NOT_FOUND for unknown program, cohort and user ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cohortResult = await app.gql(CREATE_COHORT, { input: { programId: unknown, name: 'X', startsOn: '2026-01-01', endsOn: '2026-02-01', capacity: 1 } }, admin.token);
    expect(errorCode(cohortResult)).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(COHORT_MEMBERS, { id: unknown }, admin.token))).toBe('NOT_FOUND');
    const { cohortId } = await givenCohort(app, admin);
    expect(errorCode(await app.gql(ENROLL, { input: { cohortId, userId: unknown, role: 'PARTICIPANT' } }, admin.token))).toBe('NOT_FOUND');
    const user = await givenUser(app, admin);
    expect(errorCode(await app.gql(ENROLL, { input: { cohortId: unknown, userId: user.id, role: 'FACULTY' } }, admin.token))).toBe('NOT_FOUND');
  });

  it('refuses a participant beyond capacity with BAD_USER_INPUT and writes no row; staff do not count', async () => {
    const { cohortId } = await givenCohort(app, admin, { capacity: 2 });
    await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenMember(app, admin, cohortId, 'FACULTY');
    const extra = await givenUser(app, admin);
    const before = await count('enrollment');
    const result = await app.gql(ENROLL, { input: { cohortId, userId: extra.id, role: 'PARTICIPANT' } }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['cohortId']);
    expect(await count('enrollment')).toBe(before);
  });

  it('fills the last seat only once when two enrollments race for it', async () => {
    const { cohortId } = await givenCohort(app, admin, { capacity: 1 });
    const [first, second] = [await givenUser(app, admin), await givenUser(app, admin)];
    const results = await Promise.all(
      [first, second].map((user) => app.gql(ENROLL, { input: { cohortId, userId: user.id, role: 'PARTICIPANT' } }, admin.token)),
    );
    expect(results.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined]);
  });

  it('refuses an enrollment date outside any plausible range, naming it', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const user = await givenUser(app, admin);
    const result = await app.gql(ENROLL, { input: { cohortId, userId: user.id, role: 'PARTICIPANT', enrolledAt: '+100000-01-01T00:00:00Z' } }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['enrolledAt']);
  });

  it('refuses the same person twice in the same role with CONFLICT, allows another role, and audits each enrollment', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const user = await givenUser(app, admin);
    await enroll(app, admin, cohortId, user.id, 'FACULTY');
    expect(errorCode(await app.gql(ENROLL, { input: { cohortId, userId: user.id, role: 'FACULTY' } }, admin.token))).toBe('CONFLICT');
    expect(errorCode(await app.gql(ENROLL, { input: { cohortId, userId: user.id, role: 'FACILITATOR' } }, admin.token))).toBeUndefined();
    const { rows } = await app.db.query(
      `SELECT actor_id, after->>'role' AS role FROM audit_event WHERE action = 'enrollment.created' AND after->>'userId' = $1 ORDER BY occurred_at`,
      [user.id],
    );
    expect(rows).toEqual([{ actor_id: admin.id, role: 'FACULTY' }, { actor_id: admin.id, role: 'FACILITATOR' }]);
  });

  it('shows the whole member list with e-mails to faculty and admins; a participant sees staff and themselves only', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const me = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const other = await givenMember(app, admin, cohortId, 'PARTICIPANT');

    for (const staff of [faculty, admin]) {
      const { cohort } = await app.ok(COHORT_MEMBERS, { id: cohortId }, staff.token);
      const emails = cohort.members.map((member: any) => member.user.email);
      expect(emails).toEqual(expect.arrayContaining([faculty.email, facilitator.email, me.email, other.email]));
    }
    const { cohort } = await app.ok(COHORT_MEMBERS, { id: cohortId }, me.token);
    const seen = cohort.members.map((member: any) => member.user.id);
    expect(seen.sort()).toEqual([faculty.id, facilitator.id, me.id].sort());
    expect(JSON.stringify(cohort)).not.toContain(other.email);
  });

  it("shows a facilitator the staff and their own communities' members, nothing of another group", async () => {
    const world = await givenTwoCommunities(app);
    const { cohort } = await app.ok(COHORT_MEMBERS, { id: world.cohortId }, world.facilitator.token);
    const seen = cohort.members.map((member: any) => member.user.id);
    expect(seen.sort()).toEqual([world.faculty.id, world.facilitator.id, world.otherFacilitator.id, world.ana.id, world.ben.id].sort());
    expect(JSON.stringify(cohort)).not.toContain(world.cleo.email);
  });

  it('hides a cohort from people outside it and lists only their own cohorts', async () => {
    const mine = await givenCohort(app, admin);
    const theirs = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, mine.cohortId, 'PARTICIPANT');
    // an outsider learns nothing from a real id: the same NOT_FOUND as for an id that does not exist
    const real = await app.gql(COHORT_MEMBERS, { id: theirs.cohortId }, participant.token);
    const unknown = await app.gql(COHORT_MEMBERS, { id: '00000000-0000-4000-8000-000000000000' }, participant.token);
    expect(errorCode(real)).toBe('NOT_FOUND');
    expect(real.errors![0].message).toBe(unknown.errors![0].message);
    const { cohorts, myCohorts, programs } = await app.ok(
      `{ cohorts { id } myCohorts { role cohort { id myRoles } } programs { id } }`, {}, participant.token);
    expect(cohorts).toEqual([{ id: mine.cohortId }]);
    expect(myCohorts).toEqual([{ role: 'PARTICIPANT', cohort: { id: mine.cohortId, myRoles: ['PARTICIPANT'] } }]);
    expect(programs).toEqual([{ id: mine.programId }]);
  });
});
