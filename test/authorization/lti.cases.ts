import { randomUUID } from 'node:crypto';
import { GRADE, givenAssignment, givenModule, givenSubmitted } from '../support/factories';
import { LtiPlatformSimulator } from '../support/lti-platform-simulator';
import { ADMINISTRATORS, AuthzCaseSet, AuthzWorld } from './matrix';

interface LtiFixtures {
  simulator: LtiPlatformSimulator;
  platformId: string;
  /** world.cohort's linked course, whose roster service the simulator serves. */
  contextLinkId: string;
  /** A grade of world.participant's journal, for score posts made per request. */
  gradeId: string;
  assignmentId: string;
}

const fixtures = (world: AuthzWorld): LtiFixtures => world.fixtures.lti;

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id } }`;

/** A score post that failed, of its own gradebook column, to be retried. */
async function failedScorePost(world: AuthzWorld): Promise<string> {
  const { simulator, contextLinkId, gradeId, assignmentId } = fixtures(world);
  const { rows: lineItems } = await world.app.db.query(
    'INSERT INTO lti_line_item (context_link_id, journal_assignment_id, url) VALUES ($1, $2, $3) RETURNING id',
    [contextLinkId, assignmentId, `${simulator.baseUrl}/api/lti/courses/1/line_items/${randomUUID()}`],
  );
  const { rows } = await world.app.db.query(
    `INSERT INTO lti_score_post (grade_id, line_item_id, platform_user_id, status, attempts, last_error) VALUES ($1, $2, 'matrix-user', 'FAILED', 3, 'The gradebook answered 500') RETURNING id`,
    [gradeId, lineItems[0].id],
  );
  return rows[0].id;
}

const set: AuthzCaseSet = {
  async prepare(world) {
    // The simulator checks the tool's client assertions against the app's own /lti/jwks.
    const simulator = await LtiPlatformSimulator.start({ toolBaseUrl: world.app.baseUrl });
    const { registerLtiPlatform } = await world.app.ok(REGISTER, { input: simulator.registration() }, world.admin.token);
    const { linkLtiContext } = await world.app.ok(LINK, { input: { platformId: registerLtiPlatform.id, contextId: simulator.contextId, cohortId: world.cohort.cohortId } }, world.admin.token);
    // As a launch from the course would have given it.
    await world.app.db.query('UPDATE lti_context_link SET memberships_url = $2 WHERE id = $1', [linkLtiContext.id, `${simulator.baseUrl}/api/lti/courses/1/names_and_roles`]);
    const moduleId = await givenModule(world.app, world.faculty.token, world.cohort.cohortId);
    const assignmentId = await givenAssignment(world.app, world.faculty, moduleId, { dueAt: '2026-12-01T12:00:00Z' });
    const submitted = await givenSubmitted(world.app, world.participant, assignmentId);
    await world.app.ok(GRADE, { input: { submissionId: submitted.id, outcome: 'SATISFACTORY', feedback: 'Clear.', version: submitted.version } }, world.faculty.token);
    const { rows } = await world.app.db.query('SELECT id FROM journal_grade WHERE submission_id = $1', [submitted.id]);
    world.fixtures.lti = { simulator, platformId: registerLtiPlatform.id, contextLinkId: linkLtiContext.id, gradeId: rows[0].id, assignmentId } satisfies LtiFixtures;
  },
  async teardown(world) {
    await fixtures(world)?.simulator.close();
  },
  cases: [
    {
      operation: 'registerLtiPlatform',
      adminOnly: true,
      request: (world) => ({ query: REGISTER, variables: { input: { ...fixtures(world).simulator.registration(), clientId: `matrix-${randomUUID()}` } } }),
    },
    {
      operation: 'updateLtiPlatform',
      adminOnly: true,
      request: (world) => ({
        query: `mutation($input: UpdateLtiPlatformInput!) { updateLtiPlatform(input: $input) { id deploymentIds } }`,
        variables: { input: { platformId: fixtures(world).platformId, deploymentIds: [fixtures(world).simulator.deploymentId, 'course-level-install'] } },
      }),
    },
    {
      operation: 'ltiPlatforms',
      adminOnly: true,
      request: () => ({ query: `{ ltiPlatforms { id issuer clientId } }` }),
    },
    {
      operation: 'rotateLtiKey',
      adminOnly: true,
      request: () => ({ query: `mutation { rotateLtiKey }` }),
    },
    {
      operation: 'linkLtiContext',
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: LINK, variables: { input: { platformId: fixtures(world).platformId, contextId: `course-${randomUUID()}`, cohortId: world.cohort.cohortId } } }),
    },
    {
      operation: 'ltiContextLinks',
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: `query($cohortId: ID!) { ltiContextLinks(cohortId: $cohortId) { id contextId } }`, variables: { cohortId: world.cohort.cohortId } }),
    },
    {
      operation: 'syncLtiRoster',
      allowed: ADMINISTRATORS,
      request: (world) => ({
        query: `mutation($id: ID!) { syncLtiRoster(contextLinkId: $id) { members enrolled withdrawn } }`,
        variables: { id: fixtures(world).contextLinkId },
      }),
    },
    {
      operation: 'ltiScorePosts',
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: `query($cohortId: ID!) { ltiScorePosts(cohortId: $cohortId, status: FAILED) { id status } }`, variables: { cohortId: world.cohort.cohortId } }),
    },
    {
      operation: 'retryLtiScorePost',
      allowed: ADMINISTRATORS,
      request: async (world) => ({ query: `mutation($id: ID!) { retryLtiScorePost(scorePostId: $id) { id status } }`, variables: { id: await failedScorePost(world) } }),
    },
  ],
};

export default set;
