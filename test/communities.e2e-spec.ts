import {
  countRows,
  enroll,
  errorCode,
  givenCommunity,
  givenMember,
  givenSession,
  givenTwoCommunities,
  givenUser,
  SignedIn,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const COMMUNITY_FIELDS = 'id name facilitators { id fullName } members { id fullName email }';

describe('communities of practice', () => {
  let app: TestApp;
  let admin: SignedIn;
  let cohortId: string;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let otherFacilitator: SignedIn;
  let ana: SignedIn;
  let north: string;
  let south: string;

  const create = (input: Record<string, unknown>, token = admin.token) =>
    app.gql(`mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { ${COMMUNITY_FIELDS} } }`, { input }, token);
  const change = (operation: string, communityId: string, userId: string, token = admin.token) =>
    app.gql(`mutation($input: CommunityPersonInput!) { ${operation}(input: $input) { ${COMMUNITY_FIELDS} } }`, { input: { communityId, userId } }, token);

  beforeAll(async () => {
    app = await startTestApp();
    ({ admin, cohortId, faculty, facilitator, otherFacilitator, ana, north, south } = await givenTwoCommunities(app));
  });

  afterAll(() => app.stop());

  it('creates a community with its facilitators and members', async () => {
    const dana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Dana Participant' });
    const result = await create({ cohortId, name: 'East', facilitatorIds: [faculty.id], memberIds: [dana.id] });
    expect(result.errors).toBeUndefined();
    expect(result.data.createCommunity).toMatchObject({
      name: 'East', facilitators: [{ id: faculty.id }], members: [{ id: dana.id, fullName: 'Dana Participant', email: null }],
    });
  });

  it('refuses a participant who is already in another community of the cohort, writing nothing', async () => {
    const communities = await countRows(app, 'community');
    const result = await create({ cohortId, name: 'West', facilitatorIds: [facilitator.id], memberIds: [ana.id] });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['memberIds']);
    expect(await countRows(app, 'community')).toBe(communities);

    const added = await change('addCommunityMember', south, ana.id);
    expect(errorCode(added)).toBe('BAD_USER_INPUT');
    expect(added.errors![0].extensions!.fields).toEqual(['userId']);
    expect(await countRows(app, 'community_member', 'user_id = $1', [ana.id])).toBe(1);
  });

  it('refuses members who are not participants and facilitators who are not staff of the cohort', async () => {
    const outsider = await givenUser(app, admin);
    const members = await countRows(app, 'community_member');
    const badMembers = await create({ cohortId, name: 'West', facilitatorIds: [], memberIds: [outsider.id, faculty.id] });
    expect(errorCode(badMembers)).toBe('BAD_USER_INPUT');
    expect(badMembers.errors![0].extensions!.fields).toEqual(['memberIds']);
    const badFacilitators = await create({ cohortId, name: 'West', facilitatorIds: [ana.id], memberIds: [] });
    expect(badFacilitators.errors![0].extensions!.fields).toEqual(['facilitatorIds']);
    expect(errorCode(await change('addCommunityFacilitator', north, outsider.id))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change('addCommunityMember', north, outsider.id))).toBe('BAD_USER_INPUT');
    expect(await countRows(app, 'community_member')).toBe(members);
  });

  it('adds and removes members and facilitators, auditing each change; admins only', async () => {
    const erin = await givenUser(app, admin);
    await enroll(app, admin, cohortId, erin.id, 'PARTICIPANT');
    expect(errorCode(await change('addCommunityMember', north, erin.id, facilitator.token))).toBe('FORBIDDEN');
    const added = await change('addCommunityMember', north, erin.id);
    expect(added.data.addCommunityMember.members.map((m: { id: string }) => m.id)).toContain(erin.id);
    const removed = await change('removeCommunityMember', north, erin.id);
    expect(removed.data.removeCommunityMember.members.map((m: { id: string }) => m.id)).not.toContain(erin.id);
    const withFaculty = await change('addCommunityFacilitator', north, faculty.id);
    expect(withFaculty.data.addCommunityFacilitator.facilitators).toHaveLength(2);
    const withoutFaculty = await change('removeCommunityFacilitator', north, faculty.id);
    expect(withoutFaculty.data.removeCommunityFacilitator.facilitators).toEqual([{ id: facilitator.id, fullName: 'Fay Facilitator' }]);
    const notThere = await change('removeCommunityMember', north, erin.id);
    expect(errorCode(notThere)).toBe('BAD_USER_INPUT');

    const { rows } = await app.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`, [north]);
    expect(rows.map((row: { action: string }) => row.action)).toEqual([
      'community.created', 'community.member_added', 'community.member_removed', 'community.facilitator_added', 'community.facilitator_removed',
    ]);
  });

  it("shows a facilitator their own communities and nothing of other groups", async () => {
    const query = `query($id: ID!) { cohort(id: $id) { communities { id members { id } } } }`;
    const asFacilitator = await app.ok(query, { id: cohortId }, facilitator.token);
    expect(asFacilitator.cohort.communities.map((c: { id: string }) => c.id)).toEqual([north]);
    expect(errorCode(await app.gql(`query($id: ID!) { community(id: $id) { id } }`, { id: south }, facilitator.token))).toBe('FORBIDDEN');
    const asFaculty = await app.ok(query, { id: cohortId }, faculty.token);
    expect(asFaculty.cohort.communities.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([north, south]));
  });

  it('shows a participant their own community with names but no e-mail addresses', async () => {
    const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { communities { id members { fullName email } } } }`, { id: cohortId }, ana.token);
    expect(cohort.communities).toEqual([
      { id: north, members: [{ fullName: 'Ana Participant', email: null }, { fullName: 'Ben Participant', email: null }] },
    ]);
  });

  it('keeps session notes for the session staff: participants get FORBIDDEN directly and an empty list on the session', async () => {
    const meeting = await givenSession(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: north, durationMinutes: 60, ceEligible: false });
    const write = (token: string) =>
      app.gql(`mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id body author { id } } }`, {
        input: { sessionId: meeting, body: 'Group explored a provider’s worry about biting.' },
      }, token);
    const written = await write(facilitator.token);
    expect(written.data.writeSessionNote).toMatchObject({ author: { id: facilitator.id } });
    expect(errorCode(await write(otherFacilitator.token))).toBe('FORBIDDEN');
    expect(errorCode(await write(ana.token))).toBe('FORBIDDEN');
    expect(await countRows(app, 'session_note', 'session_id = $1', [meeting])).toBe(1);

    const notes = `query($id: ID!) { sessionNotes(sessionId: $id) { body } }`;
    expect((await app.ok(notes, { id: meeting }, faculty.token)).sessionNotes).toHaveLength(1);
    expect(errorCode(await app.gql(notes, { id: meeting }, ana.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(notes, { id: meeting }, otherFacilitator.token))).toBe('FORBIDDEN');
    const onSession = await app.ok(`query($id: ID!) { session(id: $id) { notes { body } } }`, { id: meeting }, ana.token);
    expect(onSession.session.notes).toEqual([]);
  });

  it('tells someone outside the cohort that its communities and session notes do not exist', async () => {
    const outsider = await givenUser(app, admin);
    const meeting = await givenSession(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: north, durationMinutes: 60, ceEligible: false });
    expect(errorCode(await app.gql(`query($id: ID!) { community(id: $id) { id } }`, { id: north }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(`query($id: ID!) { sessionNotes(sessionId: $id) { id } }`, { id: meeting }, outsider.token))).toBe('NOT_FOUND');
    const note = await app.gql(`mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`, {
      input: { sessionId: meeting, body: 'Not mine to write.' },
    }, outsider.token);
    expect(errorCode(note)).toBe('NOT_FOUND');
    expect(await countRows(app, 'session_note', 'session_id = $1', [meeting])).toBe(0);
  });

  it('settles concurrent roster changes one after the other: the later add of a participant to a second community is refused', async () => {
    for (let round = 0; round < 3; round++) {
      const person = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const results = await Promise.all([change('addCommunityMember', north, person.id), change('addCommunityMember', south, person.id)]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      const refused = results.find((result) => result.errors)!;
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.fields).toEqual(['userId']);
      expect(refused.errors![0].message).toMatch(/already belongs to the community/);
      expect(await countRows(app, 'community_member', 'user_id = $1', [person.id])).toBe(1);
      expect(await countRows(app, 'audit_event', "action = 'community.member_added' AND after->>'userId' = $1", [person.id])).toBe(1);
    }
  });

  it('adds a facilitator once when the same add arrives twice at the same time', async () => {
    const communityId = await givenCommunity(app, admin, cohortId, [], [], 'Concurrent');
    const results = await Promise.all([
      change('addCommunityFacilitator', communityId, otherFacilitator.id),
      change('addCommunityFacilitator', communityId, otherFacilitator.id),
    ]);
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
    expect(await countRows(app, 'community_facilitator', 'community_id = $1', [communityId])).toBe(1);
    expect(await countRows(app, 'audit_event', "entity_id = $1 AND action = 'community.facilitator_added'", [communityId])).toBe(1);
  });
});
