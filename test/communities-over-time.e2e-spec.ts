import {
  auditRows,
  countRows,
  errorCode,
  givenCohort,
  givenCommunity,
  givenMember,
  givenSession,
  moveMemberRequest,
  recordAttendance,
  signInAdmin,
  SignedIn,
  UPDATE_COMMUNITY,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const SCHEDULE = `query($cohortId: ID!) { mySchedule(cohortId: $cohortId) { id } }`;
const MEMBERS = `query($id: ID!) { community(id: $id) { members { id } } }`;

describe('community membership over time', () => {
  let app: TestApp;
  let admin: SignedIn;
  let cohortId: string;
  let fay: SignedIn;
  let sam: SignedIn;
  let ana: SignedIn;
  let north: string;
  let south: string;
  const sessions: Record<string, string> = {};

  const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.fields;
  const memberIds = async (communityId: string) =>
    (await app.ok(MEMBERS, { id: communityId }, admin.token)).community.members.map((member: { id: string }) => member.id);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    fay = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Fay North' });
    sam = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Sam South' });
    ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Moving' });
    north = await givenCommunity(app, admin, cohortId, [fay.id], [ana.id], 'North');
    south = await givenCommunity(app, admin, cohortId, [sam.id], [], 'South');
    const communitySession = (communityId: string, title: string, startsAt: string) =>
      givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, title, startsAt, durationMinutes: 90, ceEligible: false });
    sessions.northFebruary = await communitySession(north, 'North February', '2026-02-10T17:00:00Z');
    sessions.southFebruary = await communitySession(south, 'South February', '2026-02-12T17:00:00Z');
    sessions.northMarch = await communitySession(north, 'North March', '2026-03-10T17:00:00Z');
    sessions.southMarch = await communitySession(south, 'South March', '2026-03-12T17:00:00Z');
    const recorded = await recordAttendance(app, fay.token, { sessionId: sessions.northFebruary, userId: ana.id, status: 'PRESENT', minutesAttended: 90 });
    expect(recorded.errors).toBeUndefined();
  });

  afterAll(() => app.stop());

  it('moves a member from a day on, keeping the history of the old community', async () => {
    const moved = await moveMemberRequest(app, admin.token, { userId: ana.id, fromCommunityId: north, toCommunityId: south, effectiveOn: '2026-03-01' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveCommunityMember).toEqual({ id: south, name: 'South', members: [{ id: ana.id }] });
    expect(await memberIds(north)).toEqual([]);
    expect(await auditRows(app, 'community.member_moved', south)).toEqual([
      { before: { userId: ana.id, communityId: north, joinedOn: '2025-12-01' }, after: { userId: ana.id, communityId: south, joinedOn: '2026-03-01' } },
    ]);

    // Expected at the old community's sessions before the move and the new one's from it.
    const { mySchedule } = await app.ok(SCHEDULE, { cohortId }, ana.token);
    expect(mySchedule.map((session: { id: string }) => session.id)).toEqual([sessions.northFebruary, sessions.southMarch]);
  });

  it("lets the old community's facilitator correct attendance from before the move, and the new one's record after it", async () => {
    const correction = await recordAttendance(app, fay.token, { sessionId: sessions.northFebruary, userId: ana.id, status: 'PRESENT', minutesAttended: 80 });
    expect(correction.errors).toBeUndefined();
    expect(correction.data.recordAttendance.minutesAttended).toBe(80);

    const newCommunity = await recordAttendance(app, sam.token, { sessionId: sessions.southMarch, userId: ana.id, status: 'PRESENT', minutesAttended: 90 });
    expect(newCommunity.errors).toBeUndefined();
  });

  it("does not count the member at the new community's sessions held before the move, nor the old one's after it", async () => {
    const before = await recordAttendance(app, sam.token, { sessionId: sessions.southFebruary, userId: ana.id, status: 'PRESENT', minutesAttended: 90 });
    expect(errorCode(before)).toBe('BAD_USER_INPUT');
    const after = await recordAttendance(app, fay.token, { sessionId: sessions.northMarch, userId: ana.id, status: 'PRESENT', minutesAttended: 90 });
    expect(errorCode(after)).toBe('BAD_USER_INPUT');
    const summary = await app.ok(
      `query($cohortId: ID!) { attendanceSummary(cohortId: $cohortId) { totalMinutes byKind { kind sessionsExpected sessionsAttended } } }`,
      { cohortId },
      ana.token,
    );
    expect(summary.attendanceSummary.totalMinutes).toBe(170);
    expect(summary.attendanceSummary.byKind).toEqual([{ kind: 'COMMUNITY_OF_PRACTICE', sessionsExpected: 2, sessionsAttended: 2 }]);
  });

  it('refuses a move to another cohort’s community, of someone not in the community, or from a day outside the membership, writing nothing', async () => {
    const other = await givenCohort(app, admin);
    const otherFacilitator = await givenMember(app, admin, other.cohortId, 'FACILITATOR');
    const elsewhere = await givenCommunity(app, admin, other.cohortId, [otherFacilitator.id], [], 'Elsewhere');
    const ben = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const memberships = await countRows(app, 'community_member');
    const audited = await countRows(app, 'audit_event');

    const otherCohort = await moveMemberRequest(app, admin.token, { userId: ana.id, fromCommunityId: south, toCommunityId: elsewhere, effectiveOn: '2026-04-01' });
    expect(errorCode(otherCohort)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(otherCohort)).toEqual(['toCommunityId']);
    const notMember = await moveMemberRequest(app, admin.token, { userId: ben.id, fromCommunityId: north, toCommunityId: south, effectiveOn: '2026-04-01' });
    expect(fieldsOf(notMember)).toEqual(['userId']);
    const beforeJoining = await moveMemberRequest(app, admin.token, { userId: ana.id, fromCommunityId: south, toCommunityId: north, effectiveOn: '2026-02-20' });
    expect(fieldsOf(beforeJoining)).toEqual(['effectiveOn']);
    const afterCohort = await moveMemberRequest(app, admin.token, { userId: ana.id, fromCommunityId: south, toCommunityId: north, effectiveOn: '2027-01-04' });
    expect(fieldsOf(afterCohort)).toEqual(['effectiveOn']);
    const overRecorded = await moveMemberRequest(app, admin.token, { userId: ana.id, fromCommunityId: south, toCommunityId: north, effectiveOn: '2026-03-05' });
    expect(fieldsOf(overRecorded)).toEqual(['effectiveOn']);

    expect(await countRows(app, 'community_member')).toBe(memberships);
    expect(await countRows(app, 'audit_event')).toBe(audited);
  });

  it('closes a membership under which attendance was recorded instead of deleting it, and deletes one without', async () => {
    const { cohortId: ownCohort } = await givenCohort(app, admin);
    const facilitator = await givenMember(app, admin, ownCohort, 'FACILITATOR');
    const [cora, dev] = [await givenMember(app, admin, ownCohort, 'PARTICIPANT'), await givenMember(app, admin, ownCohort, 'PARTICIPANT')];
    const east = await givenCommunity(app, admin, ownCohort, [facilitator.id], [cora.id, dev.id], 'East');
    const sessionId = await givenSession(app, admin.token, ownCohort, { kind: 'COMMUNITY_OF_PRACTICE', communityId: east, startsAt: '2026-02-10T17:00:00Z', durationMinutes: 90, ceEligible: false });
    await recordAttendance(app, facilitator.token, { sessionId, userId: cora.id, status: 'PRESENT', minutesAttended: 90 });
    const remove = (userId: string) =>
      app.ok(`mutation($input: CommunityPersonInput!) { removeCommunityMember(input: $input) { id } }`, { input: { communityId: east, userId } }, admin.token);
    await remove(cora.id);
    await remove(dev.id);

    expect(await memberIds(east)).toEqual([]);
    expect(await countRows(app, 'community_member', 'user_id = $1 AND left_on IS NOT NULL', [cora.id])).toBe(1);
    expect(await countRows(app, 'community_member', 'user_id = $1', [dev.id])).toBe(0);
    const correction = await recordAttendance(app, facilitator.token, { sessionId, userId: cora.id, status: 'PRESENT', minutesAttended: 85 });
    expect(correction.errors).toBeUndefined();
  });

  it('renames a community, audited before and after', async () => {
    const renamed = await app.gql(UPDATE_COMMUNITY, { input: { communityId: south, name: '  South Valley  ' } }, admin.token);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateCommunity).toEqual({ id: south, name: 'South Valley' });
    expect(await auditRows(app, 'community.updated', south)).toEqual([{ before: { name: 'South' }, after: { name: 'South Valley' } }]);
    const blank = await app.gql(UPDATE_COMMUNITY, { input: { communityId: south, name: ' ' } }, admin.token);
    expect(fieldsOf(blank)).toEqual(['name']);
  });
});
