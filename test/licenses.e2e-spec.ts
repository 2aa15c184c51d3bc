import { countRows, enroll, errorCode, givenCohort, givenCommunity, givenManyParticipants, givenMember, givenUser, SignedIn, signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const SET_LICENSES = `mutation($input: SetLicensesInput!) {
  setLicenses(input: $input) { id fullName licenses { type typeName state number status } }
}`;
const MEMBERS_LICENSES = `query($cohortId: ID!) { cohort(id: $cohortId) { members { user { id licenses { type state number status } } } } }`;
/** Where participants and facilitators meet each other: a community's roster. */
const COMMUNITY_LICENSES = `query($id: ID!) { community(id: $id) { members { id licenses { type } } } }`;

const LCSW = { type: 'LCSW', state: 'CA', number: 'LCSW-90210', status: 'ACTIVE' };
const AMFT = { type: 'AMFT', state: 'CA', number: 'AMFT-123456', status: 'ASSOCIATE' };
const LPC = { type: 'LPC', state: 'OR', number: 'C-4821', status: 'INACTIVE' };

describe('licences', () => {
  let app: TestApp;
  let admin: SignedIn;
  let cohortId: string;
  /** A participant of the cohort, whose licences the tests set and read. */
  let holder: SignedIn;
  let classmate: SignedIn;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  /** A classmate who teaches another cohort, one the holder is not in. */
  let facultyElsewhere: SignedIn;
  /** The holder's community, with the classmates and the facilitator. */
  let communityId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    holder = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    classmate = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    facultyElsewhere = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await enroll(app, admin, (await givenCohort(app, admin)).cohortId, facultyElsewhere.id, 'FACULTY');
    communityId = await givenCommunity(app, admin, cohortId, [facilitator.id], [holder.id, classmate.id, facultyElsewhere.id]);
  }, 30_000);

  afterAll(() => app.stop());

  const setLicenses = (who: SignedIn, userId: string, licenses: object[]) => app.gql(SET_LICENSES, { input: { userId, licenses } }, who.token);
  const storedLicenses = async (userId: string) =>
    (await app.db.query('SELECT type, state, number, status FROM license WHERE user_id = $1 ORDER BY type, state', [userId])).rows;
  const auditRows = async (userId: string) =>
    (await app.db.query(`SELECT actor_id, entity_type, before, after FROM audit_event WHERE action = 'license.set' AND entity_id = $1 ORDER BY occurred_at, id`, [userId])).rows;
  /** What `viewer` reads as the holder's licences through the cohort's roster. */
  async function licensesSeenBy(viewer: SignedIn, personId = holder.id, inCohort = cohortId) {
    const { cohort } = await app.ok(MEMBERS_LICENSES, { cohortId: inCohort }, viewer.token);
    const member = cohort.members.find((m: { user: { id: string } }) => m.user.id === personId);
    expect(member).toBeDefined();
    return member.user.licenses;
  }

  it('lists the catalogue of licence types with their names to anyone signed in', async () => {
    const { licenseTypes } = await app.ok(`{ licenseTypes { code name } }`, {}, classmate.token);
    expect(licenseTypes.length).toBeGreaterThanOrEqual(15);
    expect(licenseTypes).toEqual(
      expect.arrayContaining([
        { code: 'LCSW', name: 'Licensed Clinical Social Worker' },
        { code: 'ASW', name: 'Associate Clinical Social Worker' },
        { code: 'PSYCHOLOGIST', name: 'Licensed Psychologist' },
      ]),
    );
    expect(errorCode(await app.gql(`{ licenseTypes { code } }`))).toBe('UNAUTHENTICATED');
  });

  it('lets a person set their own licences, trimmed and in capitals, with one audit row', async () => {
    const result = await setLicenses(holder, holder.id, [{ type: ' lcsw ', state: 'ca', number: '  LCSW-90210 ', status: 'ACTIVE' }, AMFT]);

    expect(result.errors).toBeUndefined();
    expect(result.data.setLicenses).toEqual({
      id: holder.id,
      fullName: holder.fullName,
      licenses: [
        { ...AMFT, typeName: 'Associate Marriage and Family Therapist' },
        { ...LCSW, typeName: 'Licensed Clinical Social Worker' },
      ],
    });
    expect(await storedLicenses(holder.id)).toEqual([AMFT, LCSW]);
    expect(await auditRows(holder.id)).toEqual([{ actor_id: holder.id, entity_type: 'user', before: { licenses: [] }, after: { licenses: [AMFT, LCSW] } }]);
  });

  it('replaces the whole list, recording what was and what is', async () => {
    const person = await givenUser(app, admin);
    await app.ok(SET_LICENSES, { input: { userId: person.id, licenses: [LCSW, AMFT] } }, person.token);

    const replaced = await setLicenses(person, person.id, [{ ...AMFT, number: 'AMFT-654321' }, LPC]);

    expect(replaced.data.setLicenses.licenses.map(({ typeName: _name, ...license }: any) => license)).toEqual([{ ...AMFT, number: 'AMFT-654321' }, LPC]);
    expect(await storedLicenses(person.id)).toEqual([{ ...AMFT, number: 'AMFT-654321' }, LPC]);
    const [, audited] = await auditRows(person.id);
    expect(audited).toEqual({
      actor_id: person.id,
      entity_type: 'user',
      before: { licenses: [AMFT, LCSW] },
      after: { licenses: [{ ...AMFT, number: 'AMFT-654321' }, LPC] },
    });
  });

  it('clears the list when given none', async () => {
    const person = await givenUser(app, admin);
    await app.ok(SET_LICENSES, { input: { userId: person.id, licenses: [LPC] } }, person.token);

    const cleared = await setLicenses(person, person.id, []);

    expect(cleared.data.setLicenses.licenses).toEqual([]);
    expect(await storedLicenses(person.id)).toEqual([]);
    expect((await auditRows(person.id)).at(-1)).toMatchObject({ before: { licenses: [LPC] }, after: { licenses: [] } });
  });

  it("lets an admin set anyone's licences, audited as the admin's act", async () => {
    const person = await givenUser(app, admin);

    const result = await setLicenses(admin, person.id, [LPC]);

    expect(result.data.setLicenses.licenses).toEqual([{ ...LPC, typeName: 'Licensed Professional Counselor' }]);
    expect(await auditRows(person.id)).toEqual([{ actor_id: admin.id, entity_type: 'user', before: { licenses: [] }, after: { licenses: [LPC] } }]);
  });

  it("refuses anyone else, faculty included, as the access layer answers for a person, writing nothing", async () => {
    const person = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    for (const other of [classmate, faculty, facilitator]) {
      const result = await setLicenses(other, person.id, [LCSW]);
      expect(result.data).toBeNull();
      expect(errorCode(result)).toBe('NOT_FOUND');
    }
    expect(errorCode(await setLicenses(admin, '00000000-0000-4000-8000-000000000000', [LCSW]))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SET_LICENSES, { input: { userId: person.id, licenses: [LCSW] } }))).toBe('UNAUTHENTICATED');
    expect(await countRows(app, 'license', 'user_id = $1', [person.id])).toBe(0);
    expect(await auditRows(person.id)).toEqual([]);
  });

  describe('refuses bad input, naming the field, and writes nothing', () => {
    let person: SignedIn;

    beforeAll(async () => {
      person = await givenUser(app, admin);
      await app.ok(SET_LICENSES, { input: { userId: person.id, licenses: [LCSW] } }, person.token);
    });

    it.each([
      ['a type not in the catalogue', [LCSW, { ...LPC, type: 'LPN' }], 'licenses.1.type'],
      ['an unknown state code', [{ ...LCSW, state: 'XX' }], 'licenses.0.state'],
      ['a state spelled out', [{ ...LCSW, state: 'California' }], 'licenses.0.state'],
      ['the same type and state twice, naming the later one', [LCSW, AMFT, { ...LCSW, type: 'lcsw', number: 'OTHER-1' }], 'licenses.2.type'],
      ['an empty number', [{ ...LCSW, number: '   ' }], 'licenses.0.number'],
      ['a number over 40 characters', [AMFT, { ...LCSW, number: 'N'.repeat(41) }], 'licenses.1.number'],
      ['a number of two lines', [{ ...LCSW, number: 'LCSW-1\nLCSW-2' }], 'licenses.0.number'],
      ['more than 20 licences', Array.from({ length: 21 }, (_, index) => ({ ...LCSW, number: `N-${index}` })), 'licenses'],
    ])('%s', async (_case, licenses, field) => {
      const before = await storedLicenses(person.id);

      const result = await setLicenses(person, person.id, licenses);

      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
      expect(await storedLicenses(person.id)).toEqual(before);
      expect(await auditRows(person.id)).toHaveLength(1);
    });

    it('accepts a number of exactly 40 characters', async () => {
      const result = await setLicenses(person, person.id, [{ ...LCSW, number: 'N'.repeat(40) }]);
      expect(result.errors).toBeUndefined();
      expect(await storedLicenses(person.id)).toEqual([{ ...LCSW, number: 'N'.repeat(40) }]);
    });
  });

  describe('User.licenses', () => {
    beforeAll(async () => {
      await app.ok(SET_LICENSES, { input: { userId: holder.id, licenses: [LCSW, AMFT] } }, holder.token);
    });

    const expected = [AMFT, LCSW];

    it('shows the person their own, and admins anyone’s', async () => {
      const { community } = await app.ok(COMMUNITY_LICENSES, { id: communityId }, faculty.token);
      expect(community.members.find((member: { id: string }) => member.id === holder.id).licenses).toEqual([{ type: 'AMFT' }, { type: 'LCSW' }]);
      expect((await app.ok(`{ me { licenses { type state number status } } }`, {}, holder.token)).me.licenses).toEqual(expected);
      expect(await licensesSeenBy(holder)).toEqual(expected);
      expect(await licensesSeenBy(admin)).toEqual(expected);
    });

    it("shows them to faculty of a cohort the person is enrolled in, whatever the person's role there", async () => {
      expect(await licensesSeenBy(faculty)).toEqual(expected);

      const { cohortId: taughtCohort } = await givenCohort(app, admin);
      const teacher = await givenMember(app, admin, taughtCohort, 'FACULTY');
      await enroll(app, admin, taughtCohort, holder.id, 'FACILITATOR');
      expect(await licensesSeenBy(teacher, holder.id, taughtCohort)).toEqual(expected);
    });

    it('is null, not an error, for a classmate, a facilitator, and faculty of another cohort', async () => {
      for (const viewer of [classmate, facilitator, facultyElsewhere]) {
        const result = await app.gql(COMMUNITY_LICENSES, { id: communityId }, viewer.token);
        expect(result.errors).toBeUndefined();
        const holderSeen = result.data.community.members.find((member: { id: string }) => member.id === holder.id);
        expect(holderSeen.licenses).toBeNull();
      }
    });

    it('shows an empty list, not null, for a person without licences to those who may see them', async () => {
      expect(await licensesSeenBy(faculty, classmate.id)).toEqual([]);
    });

    it('costs the same statements for a roster of 10 and of 60', async () => {
      const statements = async (size: number) => {
        const { cohortId: rosterCohort } = await givenCohort(app, admin);
        const teacher = await givenMember(app, admin, rosterCohort, 'FACULTY');
        const people = await givenManyParticipants(app, rosterCohort, size);
        await app.db.query(
          `INSERT INTO license (user_id, type, state, number, status) SELECT id, 'LMFT', 'CA', 'LMFT-' || left(id::text, 8), 'ACTIVE' FROM unnest($1::uuid[]) AS id`,
          [people],
        );
        const result = await app.gql(MEMBERS_LICENSES, { cohortId: rosterCohort }, teacher.token);
        expect(result.errors).toBeUndefined();
        const seen = result.data.cohort.members.filter((m: any) => m.user.licenses?.length === 1);
        expect(seen).toHaveLength(size);
        return result.extensions!.sqlStatements!;
      };
      expect(await statements(60)).toBe(await statements(10));
    });
  });
});
