import { enroll, givenUser } from '../support/factories';
import { givenCommunity, givenSession, PAST } from '../support/curriculum-factories';
import { ADMIN_ONLY, AuthzCaseSet, AuthzWorld, SIGNED_IN, STAFF_AND_ADMIN } from './matrix';

interface CurriculumFixtures {
  communityId: string;
  seminarId: string;
  meetingId: string;
}

const fixtures = (world: AuthzWorld): CurriculumFixtures => world.fixtures.curriculum;

/** A community session of the world's community (facilitated by world.facilitator, with world.participant). */
const freshMeeting = (world: AuthzWorld) =>
  givenSession(world.app, world.admin.token, world.cohort.cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: fixtures(world).communityId, durationMinutes: 60 });

async function freshParticipant(world: AuthzWorld): Promise<string> {
  const user = await givenUser(world.app, world.admin);
  await enroll(world.app, world.admin, world.cohort.cohortId, user.id, 'PARTICIPANT', '2025-12-01T00:00:00Z');
  return user.id;
}

const personChange = (operation: string, communityId: string, userId: string) => ({
  query: `mutation($input: CommunityPersonInput!) { ${operation}(input: $input) { id } }`,
  variables: { input: { communityId, userId } },
});

const set: AuthzCaseSet = {
  async prepare(world) {
    const { app, admin, cohort } = world;
    const communityId = await givenCommunity(app, admin, cohort.cohortId, [world.facilitator.id], [world.participant.id]);
    world.fixtures.curriculum = {
      communityId,
      seminarId: await givenSession(app, admin.token, cohort.cohortId, { startsAt: PAST }),
      meetingId: await givenSession(app, admin.token, cohort.cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60 }),
    } satisfies CurriculumFixtures;
  },
  cases: [
    {
      operation: 'createModule',
      allowed: ['faculty', 'admin'],
      request: (world) => ({
        query: `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, title: 'Matrix module', position: 1 } },
      }),
    },
    {
      operation: 'scheduleSession',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
        variables: {
          input: {
            cohortId: world.cohort.cohortId, communityId: fixtures(world).communityId, kind: 'COMMUNITY_OF_PRACTICE',
            title: 'Matrix meeting', startsAt: PAST, durationMinutes: 60, ceEligible: false,
          },
        },
      }),
    },
    {
      operation: 'updateSession',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, title: 'Matrix meeting, renamed' } },
      }),
    },
    {
      operation: 'cancelSession',
      allowed: STAFF_AND_ADMIN,
      request: async (world) => ({
        query: `mutation($id: ID!) { cancelSession(sessionId: $id) { id cancelledAt } }`,
        variables: { id: await freshMeeting(world) },
      }),
    },
    {
      operation: 'session',
      allowed: SIGNED_IN,
      request: (world) => ({
        query: `query($id: ID!) { session(id: $id) { id attendance { id } invitees { id } notes { id } leader { id } } }`,
        variables: { id: fixtures(world).seminarId },
      }),
    },
    {
      operation: 'mySchedule',
      allowed: SIGNED_IN,
      request: (world) => ({ query: `query($id: ID!) { mySchedule(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'recordAttendance',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, userId: world.participant.id, status: 'PRESENT' } },
      }),
    },
    {
      operation: 'recordSessionAttendance',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: RecordSessionAttendanceInput!) { recordSessionAttendance(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, entries: [{ userId: world.participant.id, status: 'PRESENT', minutesAttended: 50 }] } },
      }),
    },
    {
      operation: 'attendanceSummary',
      allowed: SIGNED_IN,
      request: (world) => ({
        query: `query($cohortId: ID!, $userId: ID) { attendanceSummary(cohortId: $cohortId, userId: $userId) { totalMinutes } }`,
        variables: { cohortId: world.cohort.cohortId, userId: world.participant.id },
      }),
    },
    {
      operation: 'createCommunity',
      allowed: ADMIN_ONLY,
      request: (world) => ({
        query: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, name: 'Matrix community', facilitatorIds: [world.faculty.id], memberIds: [] } },
      }),
    },
    {
      operation: 'addCommunityMember',
      allowed: ADMIN_ONLY,
      request: async (world) => personChange('addCommunityMember', fixtures(world).communityId, await freshParticipant(world)),
    },
    {
      operation: 'removeCommunityMember',
      allowed: ADMIN_ONLY,
      request: async (world) => {
        const userId = await freshParticipant(world);
        const add = personChange('addCommunityMember', fixtures(world).communityId, userId);
        await world.app.ok(add.query, add.variables, world.admin.token);
        return personChange('removeCommunityMember', fixtures(world).communityId, userId);
      },
    },
    {
      operation: 'addCommunityFacilitator',
      allowed: ADMIN_ONLY,
      request: (world) => personChange('addCommunityFacilitator', fixtures(world).communityId, world.faculty.id),
    },
    {
      operation: 'removeCommunityFacilitator',
      allowed: ADMIN_ONLY,
      request: async (world) => {
        const communityId = await givenCommunity(world.app, world.admin, world.cohort.cohortId, [world.faculty.id], []);
        return personChange('removeCommunityFacilitator', communityId, world.faculty.id);
      },
    },
    {
      operation: 'community',
      allowed: SIGNED_IN,
      request: (world) => ({
        query: `query($id: ID!) { community(id: $id) { id facilitators { id } members { id } } }`,
        variables: { id: fixtures(world).communityId },
      }),
    },
    {
      operation: 'writeSessionNote',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, body: 'Matrix note' } },
      }),
    },
    {
      operation: 'sessionNotes',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { sessionNotes(sessionId: $id) { id } }`, variables: { id: fixtures(world).meetingId } }),
    },
  ],
};

export default set;
