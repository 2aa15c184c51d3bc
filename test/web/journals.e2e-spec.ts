import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import {
  enrollmentIdOf,
  GRADE,
  GRANT_EXTENSION,
  givenAssignment,
  givenCohort,
  givenMember,
  givenModule,
  MY_JOURNALS,
  PASSWORD,
  RUBRIC,
  signInAdmin,
  SignedIn,
  withdrawRequest,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

/** The reason shown beside a field (its aria-describedby), or '' when there is none. */
async function errorOf(page: Page, label: string): Promise<string> {
  const describedBy = await page.getByLabel(label).getAttribute('aria-describedby');
  return describedBy ? page.locator(`[id="${describedBy}"]`).innerText() : '';
}

/** Clicks a form's button and answers the status of what the post brought back. */
async function press(page: Page, button: string): Promise<number> {
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.request().resourceType() === 'document'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return answer.status();
}

describe('a participant’s journal in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohortId: string;
  let assignmentId: string;
  let lateAssignmentId: string;
  let lena: SignedIn;
  let priya: SignedIn;
  let sam: SignedIn;
  let faculty: SignedIn;
  let outsider: SignedIn;

  const journalsOf = async (person: SignedIn) => (await app.ok(MY_JOURNALS, { cohortId }, person.token)).myJournals;
  const myJournal = async () => (await journalsOf(lena)).find((journal: { assignment: { id: string } }) => journal.assignment.id === assignmentId);

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    priya = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Priya Natarajan' });
    sam = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Sam Whitfield' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    outsider = await givenMember(app, admin, (await givenCohort(app, admin)).cohortId, 'PARTICIPANT');
    const moduleId = await givenModule(app, faculty.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, faculty, moduleId, { title: 'Entering the consultative stance', dueAt: '2026-12-15T05:59:00Z', rubric: RUBRIC });
    // Already past due: a submission is taken, and marked late.
    lateAssignmentId = await givenAssignment(app, faculty, moduleId, { title: 'Noticing the parallel process', dueAt: '2026-10-19T04:59:00Z' });
    const withdrawn = await withdrawRequest(app, admin.token, { enrollmentId: await enrollmentIdOf(app, cohortId, sam.id), effectiveOn: '2026-11-02' });
    expect(withdrawn.errors).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens the assignment from Journals, saves a draft by hand and by itself, and submits', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Journals' }).click();
    // In due-date order, each due on the cohort's clock.
    await expect(page.getByRole('row').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Journal\s+Due\s+Status$/),
      expect.stringMatching(/^Noticing the parallel process\s+Sun, Oct 18, 2026, 11:59 PM CDT\s+Not started$/),
      expect.stringMatching(/^Entering the consultative stance\s+Mon, Dec 14, 2026, 11:59 PM CST\s+Not started$/),
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Entering the consultative stance' }).click();
    await expect(page.getByText('Due Mon, Dec 14, 2026, 11:59 PM CST').count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Prompt' }).innerText()).resolves.toContain('Reflect on a moment this month when you slowed down.');
    await expect(page.getByText('Status: Not started').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Your reflection').fill('At the Sunflower center I waited before offering advice.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Your draft is saved.');
    await page.reload();
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('At the Sunflower center I waited before offering advice.');
    await expect(page.getByText('Status: Draft').count()).resolves.toBe(1);

    // Typing, then a pause: the draft saves itself, and a reload shows what was stored.
    await page.getByLabel('Your reflection').press('Control+End');
    await page.getByLabel('Your reflection').pressSequentially(' The director noticed.');
    await expect(page.getByText('Draft saved.', { exact: true }).count()).resolves.toBe(0);
    await page.getByText('Draft saved.', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await myJournal()).toMatchObject({ status: 'DRAFT', body: 'At the Sunflower center I waited before offering advice. The director noticed.' });
    await page.reload();
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('At the Sunflower center I waited before offering advice. The director noticed.');

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Submitted. Faculty will read it and give feedback.');
    await expect(page.getByText('Status: Submitted, awaiting feedback').count()).resolves.toBe(1);
    // Awaiting feedback: the text is shown, no longer editable.
    await expect(page.getByLabel('Your reflection').count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Your submitted reflection' }).innerText()).resolves.toContain('The director noticed.');
    expect(await myJournal()).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'All journals' }).click();
    await expect(page.getByRole('row', { name: /Entering the consultative stance/ }).innerText()).resolves.toContain('Submitted, awaiting feedback');
  });

  it('shows feedback and history once graded, takes a revision, and keeps a stale tab’s text with the reason', async () => {
    const journal = await myJournal();
    await app.ok(GRADE, { input: { submissionId: journal.id, outcome: 'NEEDS_REVISION', feedback: 'Say more about what you noticed in yourself.', version: journal.version } }, faculty.token);
    for (const [viewport, name] of [[DESKTOP, 'participant-journal-desktop'], [PHONE, 'participant-journal-phone']] as const) {
      const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD, viewport);
      await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
      await expect(page.getByText('Status: Needs revision').count()).resolves.toBe(1);
      const feedback = await page.getByRole('region', { name: 'Feedback' }).innerText();
      expect(feedback).toContain('Needs revision');
      expect(feedback).toContain('Say more about what you noticed in yourself.');
      expect(feedback).toContain('By Dr. Amara Osei on');
      // The returned text stays in the box to be revised.
      await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('At the Sunflower center I waited before offering advice. The director noticed.');
      await expect(page.getByText(/^Version 1, submitted .* CST · Needs revision$/).count()).resolves.toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }

    // A second tab left open on the returned journal.
    const stale = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await stale.goto(`${app.baseUrl}/journals/${assignmentId}`);

    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
    await page.getByLabel('Your reflection').fill('Revised: I noticed my own urge to fix things, and let the teacher lead.');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Submitted. Faculty will read it and give feedback.');
    await expect(page.getByText(/^Version \d, submitted/).allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Version 2, submitted .* CST$/),
      expect.stringMatching(/^Version 1, submitted .* CST · Needs revision$/),
    ]);
    expect(await myJournal()).toMatchObject({ status: 'SUBMITTED', version: 4, body: 'Revised: I noticed my own urge to fix things, and let the teacher lead.' });
    expect(await seriousViolations(page)).toEqual([]);

    // The old tab's change is refused beside the text, which stays as typed.
    await stale.getByLabel('Your reflection').fill('An afterthought typed in the old tab.');
    expect(await press(stale, 'Save draft')).toBe(409);
    await expect(errorOf(stale, 'Your reflection')).resolves.toBe('This journal is submitted and awaits feedback; it can be changed once faculty return it');
    await expect(stale.getByLabel('Your reflection').inputValue()).resolves.toBe('An afterthought typed in the old tab.');
    expect(await seriousViolations(stale)).toEqual([]);
    expect((await myJournal()).body).toBe('Revised: I noticed my own urge to fix things, and let the teacher lead.');
  });

  it('shows a satisfactory grade with its score, the earlier versions’ texts and an extension', async () => {
    const journal = await myJournal();
    await app.ok(GRADE, { input: { submissionId: journal.id, outcome: 'SATISFACTORY', feedback: 'Much clearer now.', score: 92, version: journal.version } }, faculty.token);
    await app.ok(GRANT_EXTENSION, { input: { assignmentId, userId: lena.id, dueAt: '2026-12-18T05:59:00Z' } }, faculty.token);

    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
    await expect(page.getByText('Due Mon, Dec 14, 2026, 11:59 PM CST · extended for you to Thu, Dec 17, 2026, 11:59 PM CST').count()).resolves.toBe(1);
    await expect(page.getByText('Status: Satisfactory').count()).resolves.toBe(1);
    const feedback = await page.getByRole('region', { name: 'Feedback' }).innerText();
    expect(feedback).toContain('Satisfactory · Score: 92');
    expect(feedback).toContain('Much clearer now.');
    await expect(page.getByLabel('Your reflection').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Submit' }).count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Your submitted reflection' }).innerText()).resolves.toContain('Revised: I noticed my own urge to fix things');

    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(/^Version 1, submitted/).click();
    const first = await history.locator('details').filter({ hasText: 'Version 1' }).innerText();
    expect(first).toContain('At the Sunflower center I waited before offering advice. The director noticed.');
    expect(first).toContain('Say more about what you noticed in yourself.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'All journals' }).click();
    await expect(page.getByRole('row', { name: /Entering the consultative stance/ }).innerText()).resolves.toContain('Satisfactory');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('keeps a text over the limit, and a blank submission, as typed with the reason beside it; a late one is taken', async () => {
    const page = await signedInPage(browser, app.baseUrl, priya.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Journals' }).click();
    await page.getByRole('link', { name: 'Noticing the parallel process' }).click();
    await expect(page.getByText('The due date has passed: a submission now is marked late.').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const tooLong = 'I noticed the director mirrored my calm. '.repeat(2_500);
    expect(tooLong.length).toBeGreaterThan(100_000);
    await page.getByLabel('Your reflection').fill(tooLong);
    expect(await press(page, 'Save draft')).toBe(400);
    await expect(errorOf(page, 'Your reflection')).resolves.toBe('must be at most 100000 characters');
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe(tooLong);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Your reflection').fill('   ');
    expect(await press(page, 'Submit')).toBe(400);
    await expect(errorOf(page, 'Your reflection')).resolves.toBe('must not be empty');
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('   ');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await journalsOf(priya)).toEqual([]);

    await page.getByLabel('Your reflection').fill('The director mirrored my calm, and the room settled.');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('Status: Submitted, awaiting feedback (submitted late)').count()).resolves.toBe(1);
    expect(await journalsOf(priya)).toMatchObject([{ status: 'SUBMITTED', late: true, assignment: { id: lateAssignmentId } }]);
  });

  it('tells a withdrawn participant why the text was not taken, and keeps it', async () => {
    const page = await signedInPage(browser, app.baseUrl, sam.email, PASSWORD);
    await page.goto(`${app.baseUrl}/journals/${assignmentId}`);
    await page.getByLabel('Your reflection').fill('Written after leaving the program.');
    expect(await press(page, 'Submit')).toBe(403);
    await expect(errorOf(page, 'Your reflection')).resolves.toBe('You have withdrawn from this cohort: nothing new can be submitted or logged');
    await expect(page.getByLabel('Your reflection').inputValue()).resolves.toBe('Written after leaving the program.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await journalsOf(sam)).toEqual([]);
  });

  it('refuses a post without its token, and another cohort’s participant', async () => {
    const page = await signedInPage(browser, app.baseUrl, priya.email, PASSWORD);
    const forged = await page.request.post(`${app.baseUrl}/journals/${assignmentId}/submit`, { form: { body: 'Forged' } });
    expect(forged.status()).toBe(403);
    expect((await journalsOf(priya)).map((journal: { assignment: { id: string } }) => journal.assignment.id)).toEqual([lateAssignmentId]);

    const other = await signedInPage(browser, app.baseUrl, outsider.email, PASSWORD);
    expect((await other.goto(`${app.baseUrl}/journals/${assignmentId}`))!.status()).toBe(404);
    await expect(other.getByText('Reflect on a moment').count()).resolves.toBe(0);
    expect(await seriousViolations(other)).toEqual([]);
    // The cohort's faculty read journals on their own pages; this one is a participant's.
    const teacher = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    expect((await teacher.goto(`${app.baseUrl}/journals/${assignmentId}`))!.status()).toBe(403);
  });
});
