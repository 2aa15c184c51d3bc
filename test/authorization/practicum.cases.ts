import { givenEntry, givenPlacement } from '../support/factories';
import { AuthzCaseSet, AuthzWorld, COHORT_PARTICIPANTS, COHORT_STAFF_AND_ADMIN, OWNER_ONLY, PARTICIPANT_AND_STAFF, STAFF_OF_PARTICIPANT } from './matrix';

interface PracticumFixtures {
  /** world.participant's placement. */
  placementId: string;
}

const fixtures = (world: AuthzWorld): PracticumFixtures => world.fixtures.practicum;
/** A PENDING entry of world.participant's, fresh for every call. */
const freshEntry = (world: AuthzWorld) => givenEntry(world.app, world.participant, fixtures(world).placementId);

const set: AuthzCaseSet = {
  async prepare(world) {
    world.fixtures.practicum = { placementId: await givenPlacement(world.app, world.participant, world.cohort.cohortId) } satisfies PracticumFixtures;
  },
  cases: [
    {
      // Each participant adds their own placement: there is no naming someone else's.
      operation: 'createPlacement',
      allowed: COHORT_PARTICIPANTS,
      request: (world) => ({
        query: `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
        variables: { input: { cohortId: world.cohort.cohortId, providerCode: `FCC-${Math.floor(Math.random() * 1e8)}`, settingType: 'FAMILY_CHILD_CARE_HOME' } },
      }),
    },
    {
      operation: 'logPracticum',
      label: "at world.participant's placement",
      allowed: OWNER_ONLY,
      request: (world) => ({
        query: `mutation($input: LogPracticumInput!) { logPracticum(input: $input) { id } }`,
        variables: { input: { placementId: fixtures(world).placementId, date: '2026-10-01', minutes: 60, activity: 'OBSERVATION', reflection: 'Observed a calm morning.' } },
      }),
    },
    {
      operation: 'updatePracticumEntry',
      label: "world.participant's",
      allowed: OWNER_ONLY,
      request: async (world) => ({
        query: `mutation($input: UpdatePracticumEntryInput!) { updatePracticumEntry(input: $input) { id } }`,
        variables: { input: { entryId: await freshEntry(world), minutes: 45 } },
      }),
    },
    {
      operation: 'deletePracticumEntry',
      label: "world.participant's",
      allowed: OWNER_ONLY,
      request: async (world) => ({
        query: `mutation($id: ID!) { deletePracticumEntry(entryId: $id) }`,
        variables: { id: await freshEntry(world) },
      }),
    },
    {
      operation: 'reviewPracticumEntry',
      label: "world.participant's",
      allowed: STAFF_OF_PARTICIPANT,
      request: async (world) => ({
        query: `mutation($input: ReviewPracticumEntryInput!) { reviewPracticumEntry(input: $input) { id status } }`,
        variables: { input: { entryId: await freshEntry(world), decision: 'APPROVED', comment: 'Approved.', version: 1 } },
      }),
    },
    {
      // The caller's own log in the cohort: only its participants keep one.
      operation: 'myPracticum',
      allowed: COHORT_PARTICIPANTS,
      request: (world) => ({
        query: `query($id: ID!) { myPracticum(cohortId: $id) { placements { id } entries { id reviews { comment } } totals { approvedMinutes } } }`,
        variables: { id: world.cohort.cohortId },
      }),
    },
    {
      operation: 'practicumReviewQueue',
      allowed: COHORT_STAFF_AND_ADMIN,
      request: (world) => ({
        query: `query($id: ID!) { practicumReviewQueue(cohortId: $id) { id reflection } }`,
        variables: { id: world.cohort.cohortId },
      }),
    },
    {
      // world.participant's summary: they ask for their own (no userId), everyone else names them.
      operation: 'practicumSummary',
      allowed: PARTICIPANT_AND_STAFF,
      request: (world, actor) => ({
        query: `query($cohortId: ID!, $userId: ID) { practicumSummary(cohortId: $cohortId, userId: $userId) { approvedMinutes reflectivePracticeMinutes } }`,
        variables: { cohortId: world.cohort.cohortId, userId: actor === 'participant' ? undefined : world.participant.id },
      }),
    },
  ],
};

export default set;
