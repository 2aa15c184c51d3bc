import { givenAssignment, givenCohort, givenModule, signInAdmin, SignedIn } from './support/factories';
import { LtiLaunchClient } from './support/lti-launch-client';
import { LTI_ROLES, LtiPlatformSimulator, PlatformUser } from './support/lti-platform-simulator';
import { freePort, startTestApp, TestApp } from './support/test-app';

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id issuer clientId deploymentIds frameOrigins } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id contextId cohortId rosterAvailable } }`;
const SCORE_POSTS = `query($cohortId: ID!, $status: LtiScorePostStatus) { ltiScorePosts(cohortId: $cohortId, status: $status) { id status attempts lastError lineItemUrl assignmentTitle } }`;

/** The hidden CSRF token of a page's forms. */
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1];

const eventually = async <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('the LMS plugin: launch, deep link, journal, grade passback', () => {
  let app: TestApp;
  let platform: LtiPlatformSimulator;
  let admin: SignedIn;
  let cohortId: string;
  let assignmentId: string;
  let platformId: string;

  const instructor: PlatformUser = { sub: 'canvas-user-instructor-7', name: 'Dr. Amara Osei', email: 'amara.osei@lms.example', roles: [LTI_ROLES.instructor] };
  const learner: PlatformUser = { sub: 'canvas-user-learner-19', name: 'Lena Marquez', givenName: 'Lena', familyName: 'Marquez', email: 'lena.marquez@lms.example', roles: [LTI_ROLES.learner] };

  beforeAll(async () => {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: baseUrl, LTI_SCORE_RETRIES: '1', LTI_SCORE_RETRY_DELAY_SECONDS: '1' });
    platform = await LtiPlatformSimulator.start({ toolBaseUrl: baseUrl });
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    const moduleId = await givenModule(app, admin.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, admin, moduleId, { title: 'Entering the consultative stance', dueAt: '2026-12-15T05:59:00Z' });
    ({ registerLtiPlatform: { id: platformId } } = await app.ok(REGISTER, { input: platform.registration() }, admin.token));
    await app.ok(LINK, { input: { platformId, contextId: platform.contextId, cohortId } }, admin.token);
  });

  afterAll(async () => {
    await platform?.close();
    await app?.stop();
  });

  it('publishes its keys, and registers a platform by issuer and client id together', async () => {
    const jwks = await (await fetch(`${app.baseUrl}/lti/jwks`)).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) })]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"|"p"|"q"/);
    const again = await app.gql(REGISTER, { input: platform.registration() }, admin.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('updates only what is given: nothing given changes nothing, and null is refused naming the field', async () => {
    const UPDATE = `mutation($input: UpdateLtiPlatformInput!) { updateLtiPlatform(input: $input) { id authLoginUrl deploymentIds } }`;
    const { updateLtiPlatform: unchanged } = await app.ok(UPDATE, { input: { platformId } }, admin.token);
    expect(unchanged).toEqual({ id: platformId, authLoginUrl: platform.registration().authLoginUrl, deploymentIds: platform.registration().deploymentIds });
    for (const field of ['authLoginUrl', 'deploymentIds']) {
      const refused = await app.gql(UPDATE, { input: { platformId, [field]: null } }, admin.token);
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields).toEqual([field]);
    }
  });

  it('runs the whole flow: deep link, participant submits, faculty grade, exactly one score arrives', async () => {
    // The instructor adds the assignment to the course.
    const faculty = new LtiLaunchClient(platform, app.baseUrl);
    const deepLaunch = await faculty.run(instructor, { messageType: 'LtiDeepLinkingRequest' });
    expect(deepLaunch.status).toBe(303);
    expect(deepLaunch.location).toMatch(/^\/lti\/deep-links\/[0-9a-f-]{36}$/);
    const choice = await faculty.get(deepLaunch.location!);
    expect(choice.status).toBe(200);
    expect(choice.body).toContain('Entering the consultative stance');
    const handBack = await faculty.post(deepLaunch.location!, { _csrf: csrfOf(choice.body), assignmentId });
    expect(handBack.status).toBe(200);
    const jwt = handBack.body.match(/name="JWT" value="([^"]+)"/)![1];
    const returned = await fetch(handBack.body.match(/action="([^"]+)"/)![1].replace(/&amp;/g, '&'), { method: 'POST', body: new URLSearchParams({ JWT: jwt }) });
    expect(returned.status).toBe(200);
    expect(platform.resourceLinks).toEqual([expect.objectContaining({ title: 'Entering the consultative stance', custom: { journal_assignment_id: assignmentId }, lineItemUrl: expect.stringContaining('?type=journal') })]);
    const [link] = platform.resourceLinks;

    // The participant opens it from the course, writes and submits.
    const participant = new LtiLaunchClient(platform, app.baseUrl);
    const launched = await participant.run(learner, { resourceLinkId: link.id });
    expect(launched).toMatchObject({ status: 303, location: `/journals/${assignmentId}` });
    const journalPage = await participant.get(launched.location!);
    expect(journalPage.body).toContain('Your reflection');
    const submitted = await participant.post(`/journals/${assignmentId}/submit`, { _csrf: csrfOf(journalPage.body), body: 'At the Sunflower center I waited before offering advice.' });
    expect(submitted.status).toBe(303);

    // Faculty open the same link: they land on its grading queue, and grade on the page.
    const grader = await faculty.run(instructor, { resourceLinkId: link.id });
    expect(grader).toMatchObject({ status: 303, location: `/grading?assignment=${assignmentId}` });
    const queue = await faculty.get(grader.location!);
    const submissionPath = queue.body.match(/href="(\/submissions\/[0-9a-f-]{36})"/)![1];
    const submission = await faculty.get(submissionPath);
    const version = submission.body.match(/name="version" value="(\d+)"/)![1];
    const graded = await faculty.post(`${submissionPath}/grade`, { _csrf: csrfOf(submission.body), version, outcome: 'SATISFACTORY', feedback: 'Clear and kind.' });
    expect(graded.status).toBe(303);

    await eventually(async () => (platform.scores.length ? true : undefined), 'the score');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(platform.scores).toEqual([
      expect.objectContaining({
        lineItemUrl: link.lineItemUrl,
        userId: learner.sub,
        contentType: 'application/vnd.ims.lis.v1.score+json',
        userAgent: expect.stringMatching(/^IECMHC-Training-LTI\//),
        body: expect.objectContaining({ scoreGiven: 1, scoreMaximum: 1, activityProgress: 'Completed', gradingProgress: 'FullyGraded', comment: 'Clear and kind.', timestamp: expect.stringMatching(/\.\d{3}Z$/) }),
      }),
    ]);
    const { ltiScorePosts } = await app.ok(SCORE_POSTS, { cohortId }, admin.token);
    expect(ltiScorePosts).toEqual([expect.objectContaining({ status: 'SENT', attempts: 1, assignmentTitle: 'Entering the consultative stance' })]);
    process.stdout.write(`\nSimulator log of one full flow:\n${platform.log.map((line) => `  ${line}`).join('\n')}\n`);
  });

  it('keeps the launch bound to the browser through the platform’s storage when the frame keeps no cookie', async () => {
    const browser = new LtiLaunchClient(platform, app.baseUrl);
    const login = await browser.get(`${platform.loginUrl(learner, { resourceLinkId: platform.resourceLinks[0].id })}&lti_storage_target=_parent`);
    expect(login.status).toBe(200);
    const attribute = (html: string, name: string) => unescape(html.match(new RegExp(`${name}="([^"]*)"`))![1]);
    expect(attribute(login.body, 'data-lti-storage')).toBe('put');
    expect(attribute(login.body, 'data-lti-storage-origin')).toBe(platform.baseUrl);
    const binding = attribute(login.body, 'data-lti-storage-value');
    const fields = Object.fromEntries([...login.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)]));
    const authorization = await (await fetch(`${attribute(login.body, 'action')}?${new URLSearchParams(fields)}`)).text();
    const posted = { id_token: attribute(authorization, 'name="id_token" value'), state: fields.state };
    expect(attribute(login.body, 'data-lti-storage-key')).toBe(`state_${fields.state}`);

    // The frame kept no cookie: a page of ours asks the platform's storage, then posts again.
    browser.cookies.clear();
    const asking = await browser.post('/lti/launch', posted);
    expect(asking.status).toBe(200);
    expect(attribute(asking.body, 'data-lti-storage')).toBe('get');
    expect(attribute(asking.body, 'data-lti-storage-key')).toBe(`state_${fields.state}`);
    const forged = await browser.post('/lti/launch', { ...posted, lti_storage_value: 'not-the-binding' });
    expect(forged.status).toBe(403);
    const launched = await browser.post('/lti/launch', { ...posted, lti_storage_value: binding });
    expect(launched).toMatchObject({ status: 303, location: `/journals/${assignmentId}` });
  });
});

function unescape(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
