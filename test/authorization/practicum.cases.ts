import { givenMember } from '../support/factories';
import { givenCommunity, givenEntry, givenPlacement } from '../support/practicum-factories';
import { Actor, AuthzCaseSet, AuthzWorld, STAFF_AND_ADMIN } from './matrix';

const PARTICIPANT_ONLY: readonly Actor[] = ['participant'];

/** world.participant's own placement, and an author in world.facilitator's community whose entries staff review. */
interface PracticumFixtures {
  placementId: string;
  author: Awaited<ReturnType<typeof givenMember>>;
  authorPlacementId: string;
}

const fixtures = (world: AuthzWorld): PracticumFixtures => world.fixtures.practicum;
const freshOwnEntry = (world: AuthzWorld) => givenEntry(world.app, world.participant, fixtures(world).placementId);

const set: AuthzCaseSet = {
  async prepare(world) {
    const author = await givenMember(world.app, world.admin, world.cohort.cohortId, 'PARTICIPANT');
    await givenCommunity(world.app, world.cohort.cohortId, [world.facilitator.id], [author.id]);
    world.fixtures.practicum = {
      placementId: await givenPlacement(world.app, world.participant, world.cohort.cohortId),
      author,
      authorPlacementId: await givenPlacement(world.app, author, world.cohort.cohortId),
    } satisfies PracticumFixtures;
  },
  cases: [
    {
      operation: 'createPlacement',
      allowed: PARTICIPANT_ONLY,
      request: (world) => ({
        query: `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, providerCode: `FCC-${Math.floor(Math.random() * 1e8)}`, settingType: 'FAMILY_CHILD_CARE_HOME' } },
      }),
    },
    {
      operation: 'logPracticum',
      allowed: PARTICIPANT_ONLY,
      request: (world) => ({
        query: `mutation($input: LogPracticumInput!) { logPracticum(input: $input) { id } }`,
        variables: { input: { placementId: fixtures(world).placementId, date: '2026-10-01', minutes: 60, activity: 'OBSERVATION', reflection: 'Observed a calm morning.' } },
      }),
    },
    {
      operation: 'updatePracticumEntry',
      allowed: PARTICIPANT_ONLY,
      request: async (world) => ({
        query: `mutation($input: UpdatePracticumEntryInput!) { updatePracticumEntry(input: $input) { id } }`,
        variables: { input: { entryId: await freshOwnEntry(world), minutes: 45 } },
      }),
    },
    {
      operation: 'deletePracticumEntry',
      allowed: PARTICIPANT_ONLY,
      request: async (world) => ({
        query: `mutation($id: ID!) { deletePracticumEntry(entryId: $id) }`,
        variables: { id: await freshOwnEntry(world) },
      }),
    },
    {
      operation: 'reviewPracticumEntry',
      allowed: STAFF_AND_ADMIN,
      request: async (world) => {
        const { author, authorPlacementId } = fixtures(world);
        return {
          query: `mutation($input: ReviewPracticumEntryInput!) { reviewPracticumEntry(input: $input) { id status } }`,
          variables: { input: { entryId: await givenEntry(world.app, author, authorPlacementId), decision: 'APPROVED', comment: 'Approved.' } },
        };
      },
    },
    {
      operation: 'myPracticum',
      allowed: PARTICIPANT_ONLY,
      request: (world) => ({
        query: `query($id: ID!) { myPracticum(cohortId: $id) { placements { id } entries { id reviews { comment } } totals { approvedMinutes } } }`,
        variables: { id: world.cohort.cohortId },
      }),
    },
    {
      operation: 'practicumReviewQueue',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `query($id: ID!) { practicumReviewQueue(cohortId: $id) { id reflection } }`,
        variables: { id: world.cohort.cohortId },
      }),
    },
    {
      // Another participant's summary: staff and admins only (one's own is covered in practicum.e2e-spec.ts).
      operation: 'practicumSummary',
      allowed: STAFF_AND_ADMIN,
      request: (world) => ({
        query: `query($cohortId: ID!, $userId: ID) { practicumSummary(cohortId: $cohortId, userId: $userId) { approvedMinutes reflectivePracticeMinutes } }`,
        variables: { cohortId: world.cohort.cohortId, userId: fixtures(world).author.id },
      }),
    },
  ],
};

export default set;
