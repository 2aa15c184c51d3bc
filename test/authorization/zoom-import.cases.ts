import { givenSession, PAST } from '../support/factories';
import { Actor, AuthzCaseSet, AuthzWorld } from './matrix';

/** Who runs North's sessions, and so may read a Zoom report against one: its staff, never otherFacilitator. */
const RUNS_NORTH: readonly Actor[] = ['faculty', 'facilitator', 'admin', 'coordinator'];

const fixtures = (world: AuthzWorld): { meetingId: string } => world.fixtures.zoomImport;

/** A report of North's meeting (17:00 to 18:00 UTC on 10 March 2026, the cohort on UTC). */
const report = (world: AuthzWorld) =>
  [
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
    `${world.participant.fullName},${world.participant.email},03/10/2026 05:00:00 PM,03/10/2026 06:00:00 PM,60,No`,
  ].join('\n');

const set: AuthzCaseSet = {
  async prepare(world) {
    const meetingId = await givenSession(world.app, world.admin.token, world.cohort.cohortId, {
      kind: 'COMMUNITY_OF_PRACTICE', communityId: world.northId, startsAt: PAST, durationMinutes: 60, ceEligible: false,
    });
    world.fixtures.zoomImport = { meetingId };
  },
  cases: [
    {
      operation: 'proposeZoomAttendance',
      label: "North's meeting",
      allowed: RUNS_NORTH,
      request: (world) => ({
        query: `mutation($input: ProposeZoomAttendanceInput!) { proposeZoomAttendance(input: $input) { match user { id } minutes status } }`,
        variables: { input: { sessionId: fixtures(world).meetingId, csv: report(world) } },
      }),
    },
  ],
};

export default set;
