import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { GRADE, givenAssignment, givenCohort, givenMember, givenModule, MY_JOURNALS, PASSWORD, RUBRIC, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

describe('a participant’s journal in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohortId: string;
  let assignmentId: string;
  let lena: SignedIn;
  let faculty: SignedIn;
  let outsider: SignedIn;

  const myJournal = async () => (await app.ok(MY_JOURNALS, { cohortId }, lena.token)).myJournals[0];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    outsider = await givenMember(app, admin, (await givenCohort(app, admin)).cohortId, 'PARTICIPANT');
    const moduleId = await givenModule(app, faculty.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, faculty, moduleId, { title: 'Entering the consultative stance', dueAt: '2026-12-15T05:59:00Z', rubric: RUBRIC });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens the assignment from Journals, saves a draft by hand and by itself, and submits', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Journals' }).click();
    await expect(page.getByRole('row', { name: /Entering the consultative stance/ }).innerText()).resolves.toContain('Not started');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Entering the consultative stance' }).click();
    // Due at 23:59 on 14 December in Chicago (CST).
    await expect(page.getByText('Due Mon, Dec 14, 2026, 11:59 PM CST').count()).resolves.toBe(1);
    await expect(page.locator('pre.text').first().innerText()).resolves.toBe('Reflect on a moment this month when you slowed down.');

    await page.getByLabel('Your reflection').fill('At the Sunflower center I waited before offering advice.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Your draft is saved.');
    await page.reload();
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('At the Sunflower center I waited before offering advice.');

    // Typing, then a pause: the draft saves itself.
    await page.getByLabel('Your reflection').press('Control+End');
    await page.getByLabel('Your reflection').pressSequentially(' The director noticed.');
    await expect(page.getByText('Draft saved.').count()).resolves.toBe(0);
    await page.getByText('Draft saved.').waitFor({ timeout: 10_000 });
    expect(await myJournal()).toMatchObject({ status: 'DRAFT', body: 'At the Sunflower center I waited before offering advice. The director noticed.' });

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Submitted');
    expect(await myJournal()).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows feedback and history once graded, and takes a revision', async () => {
    const journal = await myJournal();
    await app.ok(GRADE, {
      input: { submissionId: journal.id, outcome: 'NEEDS_REVISION', feedback: 'Say more about what you noticed in yourself.', version: journal.version },
    }, faculty.token);
    for (const [viewport, name] of [[DESKTOP, 'participant-journal-desktop'], [PHONE, 'participant-journal-phone']] as const) {
      const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD, viewport);
      await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
      await expect(page.getByRole('region', { name: 'Feedback' }).innerText()).resolves.toContain('Say more about what you noticed in yourself.');
      await expect(page.getByText('Version 1, submitted').count()).resolves.toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
    await page.getByLabel('Your reflection').fill('Revised: I noticed my own urge to fix things, and let the teacher lead.');
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await myJournal()).toMatchObject({ status: 'SUBMITTED', version: 4 });
  });

  it('keeps a refused text as typed with the reason', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
    // Submitted and awaiting feedback: the text is shown, not editable.
    await expect(page.getByLabel('Your reflection').count()).resolves.toBe(0);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'iecmhc_session')!;
    const html = await (await page.request.get(`${app.baseUrl}/journals/${assignmentId}`)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1];
    const refused = await page.request.post(`${app.baseUrl}/journals/${assignmentId}/draft`, { form: { _csrf: csrf, body: 'Trying to change a submitted journal' } });
    expect(refused.status()).toBe(400);
    const text = await refused.text();
    expect(text).toContain('awaits feedback');
    expect(text).toContain('Trying to change a submitted journal');
    expect(cookie.httpOnly).toBe(true);
  });

  it('refuses a post without its token, and another cohort’s participant', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    const refused = await page.request.post(`${app.baseUrl}/journals/${assignmentId}/submit`, { form: { body: 'Forged' } });
    expect(refused.status()).toBe(403);
    expect((await myJournal()).body).not.toBe('Forged');

    const other = await signedInPage(browser, app.baseUrl, outsider.email, PASSWORD);
    expect((await other.goto(`${app.baseUrl}/journals/${assignmentId}`))!.status()).toBe(404);
    const teacher = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    expect((await teacher.goto(`${app.baseUrl}/journals/${assignmentId}`))!.status()).toBe(403);
  });
});
