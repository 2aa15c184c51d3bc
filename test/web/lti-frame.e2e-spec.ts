import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenAssignment, givenCohort, givenModule, signInAdmin, SignedIn } from '../support/factories';
import { LtiLaunchClient } from '../support/lti-launch-client';
import { CreatedResourceLink, LTI_ROLES, LtiPlatformSimulator, PlatformUser } from '../support/lti-platform-simulator';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, seriousViolationsInFrame, signedInPage } from '../support/web-pages';

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id } }`;
const SCORE_POSTS = `query($cohortId: ID!, $status: LtiScorePostStatus) { ltiScorePosts(cohortId: $cohortId, status: $status) { id status attempts } }`;
const CONTEXT_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/context';
const JOURNAL = 'Entering the consultative stance';
const SECOND_JOURNAL = 'Noticing the parallel process';
const PROMPT = 'Reflect on a moment this month when you slowed down.';

/** The hidden CSRF token of a page's forms. */
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1];

const eventually = async <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** A page of a fresh browser (its own cookies), at `url`. */
async function openPage(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(url);
  return page;
}

/** The course page's frame once it shows a document of `origin`. */
async function frameOn(page: Page, origin: string): Promise<Frame> {
  return eventually(async () => page.frames().find((frame) => frame !== page.mainFrame() && frame.url().startsWith(`${origin}/`)), `a frame on ${origin}`);
}

/** Whether the framed document scrolls sideways inside its frame. */
const frameScrollsSideways = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the LMS plugin in the browser, inside the course’s frame', () => {
  let app: TestApp;
  let browser: Browser;
  let platform: LtiPlatformSimulator;
  let admin: SignedIn;
  let toolBaseUrl: string;
  let cohortId: string;
  let assignmentId: string;
  let secondAssignmentId: string;
  let platformId: string;
  let journalLink: CreatedResourceLink;

  const instructor: PlatformUser = { sub: 'canvas-user-instructor-7', name: 'Dr. Amara Osei', email: 'amara.osei@lms.example', roles: [LTI_ROLES.instructor] };
  const learner: PlatformUser = { sub: 'canvas-user-learner-19', name: 'Lena Marquez', givenName: 'Lena', familyName: 'Marquez', email: 'lena.marquez@lms.example', roles: [LTI_ROLES.learner] };
  const secondLearner: PlatformUser = { sub: 'canvas-user-learner-21', name: 'Priya Natarajan', email: 'priya.natarajan@lms.example', roles: [LTI_ROLES.learner] };
  const rosterOnly: PlatformUser = { sub: 'canvas-user-learner-23', name: 'Sam Whitfield', email: 'sam.whitfield@lms.example', roles: [LTI_ROLES.learner] };

  const journalFrame = (page: Page) => page.frameLocator('iframe[title="Journal tool"]');

  beforeAll(async () => {
    const port = await freePort();
    // The tool's own site (localhost), another site than the platform's (127.0.0.1): the frame is a third-party one.
    toolBaseUrl = `http://localhost:${port}`;
    app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: toolBaseUrl, LTI_SCORE_RETRIES: '1', LTI_SCORE_RETRY_DELAY_SECONDS: '1' });
    platform = await LtiPlatformSimulator.start({ toolBaseUrl });
    browser = await launchChromium();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    const moduleId = await givenModule(app, admin.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, admin, moduleId, { title: JOURNAL, dueAt: '2026-12-15T05:59:00Z' });
    secondAssignmentId = await givenAssignment(app, admin, moduleId, { title: SECOND_JOURNAL, dueAt: '2026-12-17T05:59:00Z' });
    ({ registerLtiPlatform: { id: platformId } } = await app.ok(REGISTER, { input: platform.registration() }, admin.token));
    await app.ok(LINK, { input: { platformId, contextId: platform.contextId, cohortId } }, admin.token);

    // The course's link to the first journal, made by deep linking without a browser.
    const faculty = new LtiLaunchClient(platform, toolBaseUrl);
    const deepLaunch = await faculty.run(instructor, { messageType: 'LtiDeepLinkingRequest' });
    const choice = await faculty.get(deepLaunch.location!);
    const handBack = await faculty.post(deepLaunch.location!, { _csrf: csrfOf(choice.body), assignmentId });
    const returned = await fetch(handBack.body.match(/action="([^"]+)"/)![1].replace(/&amp;/g, '&'), {
      method: 'POST',
      body: new URLSearchParams({ JWT: handBack.body.match(/name="JWT" value="([^"]+)"/)![1] }),
    });
    expect(returned.status).toBe(200);
    [journalLink] = platform.resourceLinks;
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await app?.stop();
  });

  it('shows a participant the linked journal inside the course page, and takes the submission there', async () => {
    const page = await openPage(browser, platform.coursePageUrl(learner, { resourceLinkId: journalLink.id }));
    expect(new URL(page.url()).origin).toBe(platform.baseUrl);
    const frame = journalFrame(page);
    await frame.getByRole('heading', { level: 1, name: JOURNAL }).waitFor();
    await expect(frame.getByRole('region', { name: 'Prompt' }).innerText()).resolves.toContain(PROMPT);
    await expect(frame.getByText('Status: Not started').count()).resolves.toBe(1);
    const toolFrame = await frameOn(page, toolBaseUrl);
    expect(new URL(toolFrame.url()).pathname).toBe(`/journals/${assignmentId}`);
    expect(await seriousViolationsInFrame(toolFrame)).toEqual([]);

    // The session lives in a cookie the browser keeps for this course's site only.
    const cookies = await page.context().cookies(toolBaseUrl);
    expect(cookies).toContainEqual(expect.objectContaining({ name: 'iecmhc_session', sameSite: 'None', secure: true, httpOnly: true, partitionKey: 'http://127.0.0.1' }));

    await frame.getByLabel('Your reflection').fill('At the Sunflower center I waited before offering advice.');
    await frame.getByRole('button', { name: 'Submit' }).click();
    await frame.getByText('Status: Submitted, awaiting feedback').waitFor();
    await expect(frame.getByRole('status').first().innerText()).resolves.toBe('Submitted. Faculty will read it and give feedback.');
    await expect(frame.getByRole('region', { name: 'Your submitted reflection' }).innerText()).resolves.toContain('At the Sunflower center I waited before offering advice.');
    // Still the course page around it: the submission stayed in the frame.
    expect(new URL(page.url()).origin).toBe(platform.baseUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Consultant Training' }).count()).resolves.toBe(1);
    expect(await seriousViolationsInFrame(await frameOn(page, toolBaseUrl))).toEqual([]);
    await screenshot(page, 'lti-participant-journal-in-course-desktop');

    // On a phone, opened again from the course: the submitted journal, readable within the frame.
    const phone = await openPage(browser, platform.coursePageUrl(learner, { resourceLinkId: journalLink.id }), PHONE);
    const phoneFrame = journalFrame(phone);
    await phoneFrame.getByText('Status: Submitted, awaiting feedback').waitFor();
    await expect(phoneFrame.getByRole('region', { name: 'Your submitted reflection' }).innerText()).resolves.toContain('At the Sunflower center');
    const phoneToolFrame = await frameOn(phone, toolBaseUrl);
    expect(await seriousViolationsInFrame(phoneToolFrame)).toEqual([]);
    expect(await frameScrollsSideways(phoneToolFrame)).toBe(false);
    await screenshot(phone, 'lti-participant-journal-in-course-phone');
  });

  it('lets the instructor choose an assignment in the frame and hands the link back to the course', async () => {
    const page = await openPage(browser, platform.coursePageUrl(instructor, { messageType: 'LtiDeepLinkingRequest' }));
    const frame = journalFrame(page);
    await frame.getByRole('heading', { level: 1, name: 'Add a journal assignment to Consultant Training' }).waitFor();
    await expect(frame.getByRole('radio').count()).resolves.toBe(2);
    await expect(frame.getByRole('radio', { name: new RegExp(`^${JOURNAL}`) }).count()).resolves.toBe(1);
    expect(await seriousViolationsInFrame(await frameOn(page, toolBaseUrl))).toEqual([]);

    await frame.getByRole('radio', { name: new RegExp(`^${SECOND_JOURNAL}`) }).check();
    await frame.getByRole('button', { name: 'Add to course' }).click();
    // The tool's page posts itself back to the platform, whose answer shows in the same frame.
    await frame.getByRole('heading', { name: 'Added to the course' }).waitFor();
    await expect(frame.getByText('1 item added.').count()).resolves.toBe(1);
    expect(new URL((await frameOn(page, platform.baseUrl)).url()).pathname).toBe('/courses/1/deep_linking_response');
    expect(new URL(page.url()).pathname).toBe('/courses/1/launch');
    expect(platform.resourceLinks).toEqual([
      expect.objectContaining({ title: JOURNAL }),
      expect.objectContaining({ title: SECOND_JOURNAL, custom: { journal_assignment_id: secondAssignmentId }, lineItemUrl: expect.stringContaining('?type=journal') }),
    ]);
  });

  it('shows its pages in frames of registered platforms only', async () => {
    // Another site, on an address no platform registered, framing the same launch a course page frames.
    const launchUrl = platform.loginUrl(learner);
    const otherSite: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><title>Another site</title></head><body><main><h1>Another site</h1><iframe title="Journal tool" src="${launchUrl.replace(/&/g, '&amp;')}"></iframe></main></body></html>`);
    });
    await new Promise<void>((resolve, reject) => otherSite.once('error', reject).listen(0, '127.0.0.2', resolve));
    try {
      const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      const toolAnswer = page.waitForResponse((response) => response.url() === `${toolBaseUrl}/home`);
      await page.goto(`http://127.0.0.2:${(otherSite.address() as AddressInfo).port}/`);
      // The tool answered its page, yet the browser refuses to show it there.
      expect((await toolAnswer).status()).toBe(200);
      const refusal = await eventually(async () => messages.find((text) => text.startsWith(`Framing '${toolBaseUrl}/' violates`)), 'the browser’s refusal to frame the tool', 5_000);
      expect(refusal).toContain(`"frame-ancestors ${platform.baseUrl} `);
      expect(refusal).not.toContain('127.0.0.2');
      await expect(page.getByRole('heading', { name: 'Another site' }).count()).resolves.toBe(1);
      expect(page.frames().some((frame) => frame.url().startsWith(toolBaseUrl))).toBe(false);
      await expect(journalFrame(page).getByRole('navigation').count()).resolves.toBe(0);
      await expect(journalFrame(page).getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0);
    } finally {
      await new Promise((resolve) => otherSite.close(resolve));
    }

    // The registered platform's course page shows the same launch's page.
    const course = await openPage(browser, platform.coursePageUrl(learner));
    await journalFrame(course).getByRole('button', { name: 'Sign out' }).waitFor();
    await expect(journalFrame(course).getByRole('navigation').getByRole('link', { name: 'Journals' }).count()).resolves.toBe(1);
    expect(new URL((await frameOn(course, toolBaseUrl)).url()).pathname).toBe('/home');
  });

  it('explains a refused launch in the frame: a course no cohort is linked to', async () => {
    const unlinkedCourse = { id: 'canvas-course-88', label: 'IECMHC-205', title: 'Reflective Supervision Seminar', type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'] };
    const page = await openPage(browser, platform.coursePageUrl(learner, { claims: { [CONTEXT_CLAIM]: unlinkedCourse } }));
    const frame = journalFrame(page);
    await frame.getByRole('heading', { level: 1, name: 'The launch from your course did not work' }).waitFor();
    await expect(frame.getByRole('alert').innerText()).resolves.toBe(
      'The course "Reflective Supervision Seminar" (context canvas-course-88) is not linked to a cohort yet. Ask your program\'s coordinator to link it.',
    );
    await expect(frame.getByText('Close this and open the tool again from your course.', { exact: false }).count()).resolves.toBe(1);
    const toolFrame = await frameOn(page, toolBaseUrl);
    expect(new URL(toolFrame.url()).pathname).toBe('/lti/launch');
    expect(await seriousViolationsInFrame(toolFrame)).toEqual([]);
    // Nobody is signed in by a refused launch.
    expect((await page.context().cookies(toolBaseUrl)).map((cookie) => cookie.name)).not.toContain('iecmhc_session');
  });

  describe('the coordinator’s learning-platform page of the cohort', () => {
    let lmsPage: string;
    const platformName = () => `https://canvas.instructure.com (client ${platform.clientId})`;
    const failuresOf = (page: Page) => page.getByRole('region', { name: 'Grades that did not reach the gradebook' });

    beforeAll(async () => {
      lmsPage = `${app.baseUrl}/cohorts/${cohortId}/lms`;
      // A participant's journal, graded by the instructor while the gradebook refuses every score.
      const participant = new LtiLaunchClient(platform, toolBaseUrl);
      const launched = await participant.run(secondLearner, { resourceLinkId: journalLink.id });
      const journalPage = await participant.get(launched.location!);
      expect((await participant.post(`/journals/${assignmentId}/submit`, { _csrf: csrfOf(journalPage.body), body: 'The director and I paused together.' })).status).toBe(303);
      const faculty = new LtiLaunchClient(platform, toolBaseUrl);
      const queue = await faculty.get((await faculty.run(instructor, { resourceLinkId: journalLink.id })).location!);
      platform.failNextScores(100, 500);
      let graded = 0;
      for (const [, path] of queue.body.matchAll(/href="(\/submissions\/[0-9a-f-]{36})"/g)) {
        const submission = await faculty.get(path);
        if (!submission.body.includes('The director and I paused together.')) continue;
        const version = submission.body.match(/name="version" value="(\d+)"/)![1];
        expect((await faculty.post(`${path}/grade`, { _csrf: csrfOf(submission.body), version, outcome: 'SATISFACTORY', feedback: 'Well noticed.' })).status).toBe(303);
        graded += 1;
      }
      expect(graded).toBe(1);
      await eventually(async () => ((await app.ok(SCORE_POSTS, { cohortId, status: 'FAILED' }, admin.token)).ltiScorePosts.length ? true : undefined), 'the failed score post');
      platform.failNextScores(0, 500);
      // Lena has launched from the course, so the roster sync finds her enrolled whichever tests ran.
      await new LtiLaunchClient(platform, toolBaseUrl).run(learner);
    });

    it('leads the coordinator from the cohort’s page to its learning-platform page', async () => {
      const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`${app.baseUrl}/cohorts/${cohortId}/manage`);
      await page.getByRole('link', { name: 'Learning platform' }).click();
      await page.waitForURL(lmsPage);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Learning platform: /);
    });

    it('lists the linked course with its roster button, the form to link another, and the grade the gradebook refused', async () => {
      const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(lmsPage);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Learning platform: /);
      await expect(page.getByRole('row').allInnerTexts()).resolves.toEqual([
        expect.stringMatching(/^Course\s+Platform\s+Roster last synced\s+Sync roster$/),
        expect.stringMatching(new RegExp(`^Consultant Training\\s+https://canvas.instructure.com \\(client ${platform.clientId}\\)\\s+never\\s+Sync roster$`)),
      ]);
      await expect(page.getByRole('button', { name: 'Sync roster: Consultant Training' }).count()).resolves.toBe(1);
      const linkForm = page.getByRole('region', { name: 'Link a course' });
      await expect(linkForm.getByLabel('Platform').locator('option').allInnerTexts()).resolves.toEqual([platformName()]);
      await expect(linkForm.getByLabel('Course context ID').inputValue()).resolves.toBe('');
      await expect(linkForm.getByRole('button', { name: 'Link a course' }).count()).resolves.toBe(1);
      await expect(failuresOf(page).getByRole('listitem').allInnerTexts()).resolves.toEqual([
        expect.stringMatching(new RegExp(`^Priya Natarajan, ${JOURNAL}: 2 attempts\\. The gradebook answered 500: .*simulated 500`, 's')),
      ]);
      await expect(failuresOf(page).getByRole('button', { name: 'Retry' }).count()).resolves.toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'coordinator-lms-desktop');

      // The roster: the one person only the course knows of is enrolled; those who launched stay.
      platform.members = [instructor, learner, secondLearner, rosterOnly];
      await page.getByRole('button', { name: 'Sync roster: Consultant Training' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('Roster synced: 4 on the roster, 1 enrolled, 0 withdrawn, 3 unchanged.');
      await expect(page.getByRole('row', { name: /Consultant Training/ }).innerText()).resolves.not.toMatch(/\bnever\b/);
      expect(await seriousViolations(page)).toEqual([]);

      // Another course of the platform, linked on the page; it has no roster until a launch from it.
      await linkForm.getByLabel('Platform').selectOption({ label: platformName() });
      await linkForm.getByLabel('Course context ID').fill('canvas-course-91');
      await linkForm.getByRole('button', { name: 'Link a course' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('Course linked.');
      await expect(page.getByRole('row', { name: /canvas-course-91/ }).innerText()).resolves.toContain('Open the tool from the course once to make its roster available.');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('fits a 360 px phone, the gradebook’s refusal included', async () => {
      const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD, PHONE);
      await page.goto(lmsPage);
      await expect(failuresOf(page).getByRole('listitem').count()).resolves.toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
    });

    it('sends a refused grade again on Retry, and the gradebook takes it', async () => {
      const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(lmsPage);
      await failuresOf(page).getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('Queued again.');
      await eventually(async () => (platform.scores.length ? true : undefined), 'the score');
      expect(platform.scores).toEqual([
        expect.objectContaining({ lineItemUrl: journalLink.lineItemUrl, userId: secondLearner.sub, body: expect.objectContaining({ scoreGiven: 1, comment: 'Well noticed.' }) }),
      ]);
      await page.reload();
      await expect(failuresOf(page).innerText()).resolves.toContain('Every grade reached its gradebook.');
    });
  });
});
