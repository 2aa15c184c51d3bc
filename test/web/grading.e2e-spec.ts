import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenAssignment, givenCohort, givenMember, givenModule, givenSubmitted, PASSWORD, RUBRIC, signInAdmin, SignedIn, SUBMISSION, SUBMIT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

describe('grading journals in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let faculty: SignedIn;
  let ana: SignedIn;
  let ben: SignedIn;
  let assignmentId: string;
  let anaJournal: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Beltrán' });
    ben = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ben Okafor' });
    const moduleId = await givenModule(app, faculty.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, faculty, moduleId, { title: 'Entering the consultative stance', dueAt: '2026-12-15T05:59:00Z', rubric: RUBRIC });
    anaJournal = (await givenSubmitted(app, ana, assignmentId, 'I slowed down and listened to the teacher first.')).id;
    await givenSubmitted(app, ben, assignmentId, 'I noticed the room got calmer when I did.');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists submissions oldest first and grades one with the rubric, outcome and feedback', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Grading' }).click();
    const rows = await page.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t')[0])).toEqual(['Ana Beltrán', 'Ben Okafor']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Grade Entering the consultative stance by Ana Beltrán' }).click();
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toContain('I slowed down and listened to the teacher first.');
    await page.getByRole('group', { name: 'Consultative stance' }).getByLabel('Proficient (2)').check();
    await page.getByRole('group', { name: 'Parallel process' }).getByLabel('Emerging').check();
    await page.getByLabel('Needs revision').check();
    await page.getByLabel('Feedback').fill('Say more about what you noticed in yourself.');
    for (const [viewport, name] of [[DESKTOP, 'faculty-grading-desktop'], [PHONE, 'faculty-grading-phone']] as const) {
      await page.setViewportSize(viewport);
      expect(await seriousViolations(page)).toEqual([]);
      if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }
    // Feedback is required: the refusal keeps every choice made.
    await page.getByLabel('Feedback').fill('');
    await page.getByRole('button', { name: 'Save grade' }).click();
    await expect(page.locator('#field-feedback-error').innerText()).resolves.toBe('must not be empty');
    await expect(page.getByLabel('Needs revision').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Consultative stance' }).getByLabel('Proficient (2)').isChecked()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Feedback').fill('Say more about what you noticed in yourself.');
    await page.getByRole('button', { name: 'Save grade' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Grade saved for Ana Beltrán.');
    await expect(page.getByRole('link', { name: /by Ana Beltrán/ }).count()).resolves.toBe(0);

    const { journalSubmission } = await app.ok(SUBMISSION, { id: anaJournal }, faculty.token);
    expect(journalSubmission).toMatchObject({ status: 'NEEDS_REVISION', feedback: 'Say more about what you noticed in yourself.' });
  });

  it('says so when the journal changed since it was read, keeping the feedback typed', async () => {
    await app.ok(SUBMIT, { input: { assignmentId, body: 'Revised: I noticed my urge to fix things.' } }, ana.token);
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/submissions/${anaJournal}`);
    await expect(page.getByText('Earlier versions').count()).resolves.toBe(1);
    // Ana's journal changes again before this grade is saved: a stale version.
    await page.locator('input[name=version]').evaluate((input: HTMLInputElement) => (input.value = '1'));
    await page.getByLabel('Satisfactory').check();
    await page.getByLabel('Feedback').fill('Much clearer now.');
    await page.getByRole('button', { name: 'Save grade' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('changed since you read it');
    await expect(page.getByLabel('Feedback').inputValue()).resolves.toBe('Much clearer now.');
  });

  it('refuses a grade posted without its token, and a participant’s look at another’s journal', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    const forged = await page.request.post(`${app.baseUrl}/submissions/${anaJournal}/grade`, { form: { outcome: 'SATISFACTORY', feedback: 'Forged', version: '3' } });
    expect(forged.status()).toBe(403);
    const { journalSubmission } = await app.ok(SUBMISSION, { id: anaJournal }, faculty.token);
    expect(journalSubmission.status).toBe('SUBMITTED');

    const peer = await signedInPage(browser, app.baseUrl, ben.email, PASSWORD);
    const answer = await peer.goto(`${app.baseUrl}/submissions/${anaJournal}`);
    expect(answer!.status()).toBe(403);
    await expect(peer.getByText('listened to the teacher').count()).resolves.toBe(0);
  });
});
