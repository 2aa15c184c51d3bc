import {
  enroll,
  givenCommunity,
  givenMember,
  givenUser,
  MOVE_COMMUNITY_MEMBER,
  REMOVE_ENROLLMENT,
  UPDATE_COHORT,
  UPDATE_COMMUNITY,
  WITHDRAW,
} from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, givenSiblingCohort, STRANGERS_TO_SIBLING } from './matrix';

/**
 * Enrolments and memberships over time: for the program's administrators. Rows act on a cohort of their own (plenty of
 * seats, two communities), so the people each call enrols fill none of world.cohort's seats.
 */
const set: AuthzCaseSet = {
  async prepare(world) {
    const cohortId = await givenSiblingCohort(world, { capacity: 500 });
    const facilitator = await givenMember(world.app, world.admin, cohortId, 'FACILITATOR');
    const east = await givenCommunity(world.app, world.admin, cohortId, [facilitator.id], [], 'East');
    const west = await givenCommunity(world.app, world.admin, cohortId, [facilitator.id], [], 'West');
    world.fixtures.membership = { cohortId, east, west };
  },
  cases: [
    {
      operation: 'withdraw',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => {
        const { cohortId } = world.fixtures.membership;
        const person = await givenUser(world.app, world.admin);
        const enrollmentId = await enroll(world.app, world.admin, cohortId, person.id, 'PARTICIPANT', '2026-01-05T00:00:00Z');
        return { query: WITHDRAW, variables: { input: { enrollmentId, effectiveOn: '2026-03-02', reason: 'Changed jobs' } } };
      },
    },
    {
      operation: 'removeEnrollment',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => {
        const person = await givenUser(world.app, world.admin);
        const enrollmentId = await enroll(world.app, world.admin, world.fixtures.membership.cohortId, person.id, 'FACULTY');
        return { query: REMOVE_ENROLLMENT, variables: { id: enrollmentId } };
      },
    },
    {
      operation: 'updateCohort',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: (world) => ({ query: UPDATE_COHORT, variables: { input: { cohortId: world.fixtures.membership.cohortId, name: 'Renamed cohort' } } }),
    },
    {
      operation: 'updateCommunity',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: (world) => ({ query: UPDATE_COMMUNITY, variables: { input: { communityId: world.fixtures.membership.east, name: 'East Bay' } } }),
    },
    {
      operation: 'moveCommunityMember',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: async (world) => {
        const { cohortId, east, west } = world.fixtures.membership;
        const person = await givenMember(world.app, world.admin, cohortId, 'PARTICIPANT');
        await world.app.ok(
          `mutation($input: CommunityPersonInput!) { addCommunityMember(input: $input) { id } }`,
          { input: { communityId: east, userId: person.id } },
          world.admin.token,
        );
        return { query: MOVE_COMMUNITY_MEMBER, variables: { input: { userId: person.id, fromCommunityId: east, toCommunityId: west, effectiveOn: '2026-04-01' } } };
      },
    },
  ],
};

export default set;
