import { randomBytes } from 'node:crypto';
import { enroll, givenCommunity, givenSession, givenUser, PAST } from '../support/factories';
import { Actor, ADMINISTRATORS, AuthzCaseSet, AuthzWorld, COHORT_MEMBERS_AND_ADMIN, FACULTY_AND_ADMIN, PARTICIPANT_AND_STAFF } from './matrix';

/** Who runs North's sessions: the cohort's faculty, North's facilitator and admins; never otherFacilitator. */
const RUNS_NORTH: readonly Actor[] = ['faculty', 'facilitator', 'admin', 'coordinator'];
/** Who sees North and its sessions: also its members. */
const SEES_NORTH: readonly Actor[] = ['participant', 'peerParticipant', ...RUNS_NORTH];

interface CurriculumFixtures {
  seminarId: string;
  meetingId: string;
}

const fixtures = (world: AuthzWorld): CurriculumFixtures => world.fixtures.curriculum;

/** A meeting of North (facilitated by world.facilitator, with world.participant). */
const freshMeeting = (world: AuthzWorld) =>
  givenSession(world.app, world.admin.token, world.cohort.cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId: world.northId, durationMinutes: 60 });

async function freshParticipant(world: AuthzWorld): Promise<string> {
  const user = await givenUser(world.app, world.admin);
  await enroll(world.app, world.admin, world.cohort.cohortId, user.id, 'PARTICIPANT', '2025-12-01T00:00:00Z');
  return user.id;
}

/** A community of its own, so roster changes leave North and South as the other rows expect them. */
const freshCommunity = (world: AuthzWorld, facilitatorIds: string[]) => givenCommunity(world.app, world.admin, world.cohort.cohortId, facilitatorIds, []);

const personChange = (operation: string, communityId: string, userId: string) => ({
  query: `mutation($input: CommunityPersonInput!) { ${operation}(input: $input) { id } }`,
  variables: { input: { communityId, userId } },
});

const set: AuthzCaseSet = {
  async prepare(world) {
    world.fixtures.curriculum = {
      seminarId: await givenSession(world.app, world.admin.token, world.cohort.cohortId, { startsAt: PAST }),
      meetingId: await freshMeeting(world),
    } satisfies CurriculumFixtures;
  },
  cases: [
    {
      operation: 'createModule',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, title: 'Matrix module', position: 1 } },
      }),
    },
    {
      operation: 'scheduleSession',
      label: 'a meeting of North',
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
        variables: {
          input: {
            cohortId: world.cohort.cohortId, communityId: world.northId, kind: 'COMMUNITY_OF_PRACTICE',
            title: 'Matrix meeting', startsAt: PAST, durationMinutes: 60, ceEligible: false,
          },
        },
      }),
    },
    {
      operation: 'scheduleSessions',
      label: 'a seminar series',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id } }`,
        variables: {
          input: {
            cohortId: world.cohort.cohortId, kind: 'FACULTY_SEMINAR', title: 'Matrix series',
            dates: ['2026-03-10', '2026-04-14'], startTime: '09:00', durationMinutes: 60, ceEligible: false,
          },
        },
      }),
    },
    {
      operation: 'updateSession',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, title: 'Matrix meeting, renamed' } },
      }),
    },
    {
      operation: 'cancelSession',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: async (world) => ({
        query: `mutation($id: ID!) { cancelSession(sessionId: $id) { id cancelledAt } }`,
        variables: { id: await freshMeeting(world) },
      }),
    },
    {
      operation: 'session',
      label: 'a whole-cohort seminar',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({
        query: `query($id: ID!) { session(id: $id) { id attendance { id } invitees { id } notes { id } leader { id } } }`,
        variables: { id: fixtures(world).seminarId },
      }),
    },
    {
      operation: 'session',
      label: "North's meeting",
      allowed: SEES_NORTH,
      request: (world) => ({
        query: `query($id: ID!) { session(id: $id) { id attendance { id } invitees { id } notes { id } leader { id } } }`,
        variables: { id: fixtures(world).meetingId },
      }),
    },
    {
      // The caller's own schedule in the cohort: anyone related to the cohort may ask (staff get an empty list).
      operation: 'mySchedule',
      allowed: COHORT_MEMBERS_AND_ADMIN,
      request: (world) => ({ query: `query($id: ID!) { mySchedule(cohortId: $id) { id } }`, variables: { id: world.cohort.cohortId } }),
    },
    {
      operation: 'recordAttendance',
      label: "world.participant at North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, userId: world.participant.id, status: 'PRESENT' } },
      }),
    },
    {
      operation: 'recordSessionAttendance',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: RecordSessionAttendanceInput!) { recordSessionAttendance(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, entries: [{ userId: world.participant.id, status: 'PRESENT', minutesAttended: 50 }] } },
      }),
    },
    {
      // world.participant's summary: they ask for their own (no userId), everyone else names them.
      operation: 'attendanceSummary',
      allowed: PARTICIPANT_AND_STAFF,
      request: (world, actor) => ({
        query: `query($cohortId: ID!, $userId: ID) { attendanceSummary(cohortId: $cohortId, userId: $userId) { totalMinutes } }`,
        variables: { cohortId: world.cohort.cohortId, userId: actor === 'participant' ? undefined : world.participant.id },
      }),
    },
    {
      operation: 'createCommunity',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, name: `Matrix community ${randomBytes(3).toString('hex')}`, facilitatorIds: [world.faculty.id], memberIds: [] } },
      }),
    },
    {
      operation: 'addCommunityMember',
      allowed: ADMINISTRATORS,
      request: async (world) => personChange('addCommunityMember', await freshCommunity(world, []), await freshParticipant(world)),
    },
    {
      operation: 'removeCommunityMember',
      allowed: ADMINISTRATORS,
      request: async (world) => {
        const communityId = await freshCommunity(world, []);
        const userId = await freshParticipant(world);
        const add = personChange('addCommunityMember', communityId, userId);
        await world.app.ok(add.query, add.variables, world.admin.token);
        return personChange('removeCommunityMember', communityId, userId);
      },
    },
    {
      operation: 'addCommunityFacilitator',
      allowed: ADMINISTRATORS,
      request: async (world) => personChange('addCommunityFacilitator', await freshCommunity(world, []), world.faculty.id),
    },
    {
      operation: 'removeCommunityFacilitator',
      allowed: ADMINISTRATORS,
      request: async (world) => personChange('removeCommunityFacilitator', await freshCommunity(world, [world.faculty.id]), world.faculty.id),
    },
    {
      operation: 'community',
      label: 'North',
      allowed: SEES_NORTH,
      request: (world) => ({
        query: `query($id: ID!) { community(id: $id) { id facilitators { id } members { id } } }`,
        variables: { id: world.northId },
      }),
    },
    {
      operation: 'writeSessionNote',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, body: 'Matrix note' } },
      }),
    },
    {
      operation: 'sessionNotes',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({ query: `query($id: ID!) { sessionNotes(sessionId: $id) { id } }`, variables: { id: fixtures(world).meetingId } }),
    },
  ],
};

export default set;
