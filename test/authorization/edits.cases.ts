import { givenModule, setRequirement } from '../support/factories';
import { ADMINISTRATORS, AuthzCaseSet, AuthzWorld, FACULTY_AND_ADMIN, givenSiblingCohort, STRANGERS_TO_SIBLING } from './matrix';

interface EditFixtures {
  /** A module of world.cohort whose title the rows correct. */
  moduleId: string;
  /** A requirement of a cohort of its own, so other rows' eligibility stays put. */
  requirementId: string;
}

const fixtures = (world: AuthzWorld): EditFixtures => world.fixtures.edits;

/** Every module of world.cohort (other domains add theirs), last first: a full order that changes something. */
async function reversedModules(world: AuthzWorld): Promise<string[]> {
  const { rows } = await world.app.db.query(`SELECT id FROM course_module WHERE cohort_id = $1 ORDER BY position DESC, title DESC, id DESC`, [
    world.cohort.cohortId,
  ]);
  return rows.map((row: { id: string }) => row.id);
}

const set: AuthzCaseSet = {
  async prepare(world) {
    const cohortId = await givenSiblingCohort(world);
    world.fixtures.edits = {
      moduleId: await givenModule(world.app, world.faculty.token, world.cohort.cohortId, 'Module to correct', 1),
      requirementId: (await setRequirement(world.app, world.admin, cohortId, 'JOURNALS_SATISFACTORY', 8)).id,
    } satisfies EditFixtures;
  },
  cases: [
    {
      operation: 'updateModule',
      allowed: FACULTY_AND_ADMIN,
      request: (world) => ({
        query: `mutation($input: UpdateModuleInput!) { updateModule(input: $input) { id title } }`,
        variables: { input: { moduleId: fixtures(world).moduleId, title: 'Corrected module' } },
      }),
    },
    {
      operation: 'reorderModules',
      allowed: FACULTY_AND_ADMIN,
      request: async (world) => ({
        query: `mutation($input: ReorderModulesInput!) { reorderModules(input: $input) { id position } }`,
        variables: { input: { cohortId: world.cohort.cohortId, moduleIds: await reversedModules(world) } },
      }),
    },
    {
      operation: 'updateCompletionRequirement',
      allowed: ADMINISTRATORS,
      refusals: STRANGERS_TO_SIBLING,
      request: (world) => ({
        query: `mutation($input: UpdateCompletionRequirementInput!) { updateCompletionRequirement(input: $input) { id threshold } }`,
        variables: { input: { requirementId: fixtures(world).requirementId, threshold: 9 } },
      }),
    },
  ],
};

export default set;
