import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import {
  enroll,
  givenAssignment,
  givenCohort,
  givenMember,
  givenModule,
  givenSubmitted,
  givenUser,
  GRADE,
  PASSWORD,
  RUBRIC,
  signInAdmin,
  SignedIn,
  SUBMISSION,
  SUBMIT,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;
const TITLE = 'Entering the consultative stance';
const ANA_TEXT = 'I slowed down and listened to the teacher first.';

/** The queue's rows as the person reads them: participant and submitted-at of each. */
async function queueRows(page: Page): Promise<string[][]> {
  const rows = await page.getByRole('row').allInnerTexts();
  return rows.slice(1).map((row) => row.split('\t').map((cell) => cell.trim()));
}

/** The text a field's error gives it (aria-describedby), as a screen reader announces it. */
async function errorOf(page: Page, label: string): Promise<string> {
  const describedBy = await page.getByLabel(label).getAttribute('aria-describedby');
  return describedBy ? page.locator(`[id="${describedBy}"]`).innerText() : '';
}

describe('grading journals in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: SignedIn;
  let programId: string;
  let cohortId: string;
  let faculty: SignedIn;
  let coFaculty: SignedIn;
  let ana: SignedIn;
  let ben: SignedIn;
  let assignmentId: string;
  let anaJournal: string;
  let benJournal: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    admin = await signInAdmin(app);
    ({ programId, cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    coFaculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Prof. Lin Whitaker' });
    ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Beltrán' });
    ben = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ben Okafor' });
    const moduleId = await givenModule(app, faculty.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, faculty, moduleId, { title: TITLE, dueAt: '2026-12-15T05:59:00Z', rubric: RUBRIC });
    anaJournal = (await givenSubmitted(app, ana, assignmentId, ANA_TEXT)).id;
    benJournal = (await givenSubmitted(app, ben, assignmentId, 'I noticed the room got calmer when I did.')).id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists submissions oldest first, grades one with the rubric, outcome and feedback, and lists it again once resubmitted', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Grading' }).click();
    const rows = await queueRows(page);
    expect(rows.map((row) => row[0])).toEqual(['Ana Beltrán', 'Ben Okafor']);
    expect(rows[0]).toEqual(['Ana Beltrán', TITLE, 'Test cohort', expect.stringMatching(/^\w{3}, \w{3} \d+, 2026, \d+:\d\d [AP]M CST$/)]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `Grade ${TITLE} by Ana Beltrán` }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`${TITLE} by Ana Beltrán`);
    await expect(page.getByRole('region', { name: 'Prompt' }).innerText()).resolves.toContain('Reflect on a moment this month when you slowed down.');
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toContain(ANA_TEXT);
    await page.getByRole('group', { name: 'Consultative stance' }).getByLabel('Proficient (2)').check();
    await page.getByRole('group', { name: 'Parallel process' }).getByLabel('Emerging').check();
    await page.getByRole('group', { name: 'Outcome' }).getByLabel('Needs revision').check();
    await page.getByLabel('Feedback').fill('Say more about what you noticed in yourself.');
    for (const [viewport, name] of [[DESKTOP, 'faculty-grading-desktop'], [PHONE, 'faculty-grading-phone']] as const) {
      await page.setViewportSize(viewport);
      expect(await seriousViolations(page)).toEqual([]);
      if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }
    await page.setViewportSize(DESKTOP);

    // Feedback is required: the refusal says so beside the field and keeps every choice made.
    await page.getByLabel('Feedback').fill('   ');
    const [refused] = await Promise.all([page.waitForResponse((answer) => answer.url().endsWith('/grade')), page.getByRole('button', { name: 'Save grade' }).click()]);
    expect(refused.status()).toBe(400);
    await expect(errorOf(page, 'Feedback')).resolves.toBe('must not be empty');
    await expect(page.getByLabel('Needs revision').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Consultative stance' }).getByLabel('Proficient (2)').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Parallel process' }).getByLabel('Emerging').isChecked()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await app.ok(SUBMISSION, { id: anaJournal }, faculty.token)).journalSubmission.status).toBe('SUBMITTED');

    await page.getByLabel('Feedback').fill('Say more about what you noticed in yourself.');
    await page.getByRole('button', { name: 'Save grade' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Grade saved for Ana Beltrán.');
    expect((await queueRows(page)).map((row) => row[0])).toEqual(['Ben Okafor']);
    expect(await seriousViolations(page)).toEqual([]);

    const { journalSubmission } = await app.ok(SUBMISSION, { id: anaJournal }, faculty.token);
    expect(journalSubmission).toMatchObject({ status: 'NEEDS_REVISION', feedback: 'Say more about what you noticed in yourself.' });
    expect(journalSubmission.grades).toEqual([
      expect.objectContaining({
        outcome: 'NEEDS_REVISION',
        grader: { id: faculty.id },
        rubricLevels: [
          { criterion: 'stance', level: 'proficient' },
          { criterion: 'parallel', level: 'emerging' },
        ],
      }),
    ]);

    // Ana revises: her journal is back in the queue, after Ben's, which waits longer.
    await app.ok(SUBMIT, { input: { assignmentId, body: 'Revised: I noticed my urge to fix things.' } }, ana.token);
    await page.reload();
    expect((await queueRows(page)).map((row) => row[0])).toEqual(['Ben Okafor', 'Ana Beltrán']);
  });

  it('says so when the journal changed while it was being graded, keeping what was typed, and grades the newest text', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/grading`);
    await page.getByRole('link', { name: `Grade ${TITLE} by Ana Beltrán` }).click();
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toContain('Revised: I noticed my urge to fix things.');
    const earlier = page.getByRole('region', { name: 'Earlier versions' });
    await earlier.getByText(/^Version 1, submitted/).click();
    await expect(earlier.innerText()).resolves.toMatch(/Needs revision, graded .* CST by Dr\. Amara Osei[\s\S]*Consultative stance: Proficient[\s\S]*Say more about what you noticed in yourself\./);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'faculty-grading-history-desktop');

    // Meanwhile a colleague returns the same text and Ana revises it again.
    const { journalSubmission: read } = await app.ok(SUBMISSION, { id: anaJournal }, coFaculty.token);
    await app.ok(GRADE, { input: { submissionId: anaJournal, outcome: 'NEEDS_REVISION', feedback: 'One more pass, please.', version: read.version } }, coFaculty.token);
    await app.ok(SUBMIT, { input: { assignmentId, body: 'Third pass: I waited before advising.' } }, ana.token);

    await page.getByLabel('Satisfactory').check();
    await page.getByLabel('Feedback').fill('Much clearer now.');
    const [stale] = await Promise.all([page.waitForResponse((answer) => answer.url().endsWith('/grade')), page.getByRole('button', { name: 'Save grade' }).click()]);
    expect(stale.status()).toBe(409);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('changed since you read it');
    await expect(page.getByLabel('Feedback').inputValue()).resolves.toBe('Much clearer now.');
    await expect(page.getByLabel('Satisfactory').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toContain('Third pass: I waited before advising.');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await app.ok(SUBMISSION, { id: anaJournal }, faculty.token)).journalSubmission.status).toBe('SUBMITTED');

    // Having read the newest text, the same grade goes through.
    await page.getByRole('button', { name: 'Save grade' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Grade saved for Ana Beltrán.');
    const { journalSubmission } = await app.ok(SUBMISSION, { id: anaJournal }, faculty.token);
    expect(journalSubmission).toMatchObject({ status: 'SATISFACTORY', feedback: 'Much clearer now.', body: 'Third pass: I waited before advising.' });
    expect(journalSubmission.grades.map((grade: { feedback: string }) => grade.feedback)).toEqual([
      'Say more about what you noticed in yourself.',
      'One more pass, please.',
      'Much clearer now.',
    ]);
  });

  it('refuses a grade posted without its token, and shows no journal to those who may not read it', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    const forged = await page.request.post(`${app.baseUrl}/submissions/${benJournal}/grade`, { form: { outcome: 'SATISFACTORY', feedback: 'Forged', version: '1' } });
    expect(forged.status()).toBe(403);
    const { journalSubmission } = await app.ok(SUBMISSION, { id: benJournal }, faculty.token);
    expect(journalSubmission).toMatchObject({ status: 'SUBMITTED', grades: [] });

    // Another participant of the cohort is told they may not; the text stays hidden.
    const peer = await signedInPage(browser, app.baseUrl, ben.email, PASSWORD);
    const refused = await peer.goto(`${app.baseUrl}/submissions/${anaJournal}`);
    expect(refused!.status()).toBe(403);
    await expect(peer.getByText('Third pass').count()).resolves.toBe(0);
    expect(await seriousViolations(peer)).toEqual([]);

    // Faculty of another cohort stand in no relation to it: it does not exist for them.
    const { cohortId: otherCohortId } = await givenCohort(app, admin);
    const stranger = await givenMember(app, admin, otherCohortId, 'FACULTY', { fullName: 'Dr. Ravi Menon' });
    const outsider = await signedInPage(browser, app.baseUrl, stranger.email, PASSWORD);
    const missing = await outsider.goto(`${app.baseUrl}/submissions/${anaJournal}`);
    expect(missing!.status()).toBe(404);
    await expect(outsider.getByText('Third pass').count()).resolves.toBe(0);
    expect(await seriousViolations(outsider)).toEqual([]);
    await outsider.goto(`${app.baseUrl}/grading`);
    await expect(outsider.getByText('No journal awaits grading.').count()).resolves.toBe(1);
  });

  it('shows a coordinator the queue of the cohorts they administer, without the text and without a grade form', async () => {
    const coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    await app.ok(GRANT, { input: { programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD);
    await page.goto(`${app.baseUrl}/grading`);
    expect((await queueRows(page)).map((row) => row[0])).toEqual(['Ben Okafor']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `Open ${TITLE} by Ben Okafor` }).click();
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toContain("Only the author and the cohort's faculty read this text.");
    await expect(page.getByText('the room got calmer').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Save grade' }).count()).resolves.toBe(0);
    await expect(page.getByText("Only the cohort's faculty grade this journal.").count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps the feedback typed when a colleague graded the journal first, and shows their grade', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/submissions/${benJournal}`);
    await app.ok(GRADE, { input: { submissionId: benJournal, outcome: 'SATISFACTORY', feedback: 'A clear account.', version: 1 } }, coFaculty.token);

    await page.getByLabel('Needs revision').check();
    await page.getByLabel('Feedback').fill('What did the teacher notice?');
    const [stale] = await Promise.all([page.waitForResponse((answer) => answer.url().endsWith('/grade')), page.getByRole('button', { name: 'Save grade' }).click()]);
    expect(stale.status()).toBe(409);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('no longer awaiting grading');
    await expect(page.getByLabel('Feedback').inputValue()).resolves.toBe('What did the teacher notice?');
    await expect(page.getByText('Accepted as satisfactory.').count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: /Submitted text/ }).innerText()).resolves.toMatch(/Satisfactory, graded .* by Prof\. Lin Whitaker[\s\S]*A clear account\./);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'faculty-grading-stale-phone');
    expect((await app.ok(SUBMISSION, { id: benJournal }, faculty.token)).journalSubmission.grades).toHaveLength(1);
  });

  it('lets nobody grade their own journal, faculty who also take the course included', async () => {
    const { cohortId: staffCohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' });
    const both = await givenMember(app, admin, staffCohortId, 'FACULTY', { fullName: 'Dr. Noor Haddad' });
    await enroll(app, admin, staffCohortId, both.id, 'PARTICIPANT');
    const moduleId = await givenModule(app, both.token, staffCohortId, 'Reflective practice');
    const own = await givenSubmitted(app, both, await givenAssignment(app, both, moduleId, { title: 'My own stance' }), 'What I bring into the room.');

    const page = await signedInPage(browser, app.baseUrl, both.email, PASSWORD);
    await page.goto(`${app.baseUrl}/grading`);
    await page.getByRole('link', { name: 'Open My own stance by Dr. Noor Haddad' }).click();
    await expect(page.getByText('You may not grade your own journal.').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Save grade' }).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Posting a grade anyway, with a valid token, is refused by the service's rule.
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const answer = await page.request.post(`${app.baseUrl}/submissions/${own.id}/grade`, {
      form: { _csrf: csrf, outcome: 'SATISFACTORY', feedback: 'Fine by me.', version: String(own.version) },
    });
    expect(answer.status()).toBe(403);
    expect((await app.ok(SUBMISSION, { id: own.id }, both.token)).journalSubmission).toMatchObject({ status: 'SUBMITTED', grades: [] });
  });

  it("lists a long queue a hundred at a time, oldest first, across the faculty member's cohorts and within an LMS link's assignment", async () => {
    // Two cohorts taught by one person: 11 journals in one, 100 in the other, submitted one after another.
    const teacher = await givenUser(app, admin, { fullName: 'Dr. Imani Clarke' });
    const taught = [await givenCohort(app, admin, { timeZone: 'America/Chicago' }), await givenCohort(app, admin, { timeZone: 'America/Chicago' })];
    for (const { cohortId: taughtId } of taught) await enroll(app, admin, taughtId, teacher.id, 'FACULTY');
    const moduleIds = await Promise.all(taught.map(({ cohortId: taughtId }) => givenModule(app, teacher.token, taughtId, 'Consultation in practice')));
    const [first, second] = await Promise.all(taught.map(({ cohortId: taughtId }) => givenMember(app, admin, taughtId, 'PARTICIPANT')));
    const firstAssignments: string[] = [];
    for (let index = 1; index <= 11; index++) firstAssignments.push(await givenAssignment(app, teacher, moduleIds[0], { title: `Visit ${index}` }));
    const secondAssignments: string[] = [];
    for (let index = 1; index <= 100; index++) secondAssignments.push(await givenAssignment(app, teacher, moduleIds[1], { title: `Week ${index}` }));
    // Interleaved, so that each page takes from both cohorts: Visit 1, Week 1, …, Visit 11, Week 11, Week 12, …
    const submitted: string[] = [];
    for (let index = 0; index < 100; index++) {
      if (index < 11) {
        await givenSubmitted(app, first, firstAssignments[index]);
        submitted.push(`Visit ${index + 1}`);
      }
      await givenSubmitted(app, second, secondAssignments[index]);
      submitted.push(`Week ${index + 1}`);
    }

    const page = await signedInPage(browser, app.baseUrl, teacher.email, PASSWORD);
    await page.goto(`${app.baseUrl}/grading`);
    expect((await queueRows(page)).map((row) => row[1])).toEqual(submitted.slice(0, 100));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Next page' }).click();
    expect((await queueRows(page)).map((row) => row[1])).toEqual(submitted.slice(100));
    await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);

    // An LMS link's assignment keeps to its own journals, page after page.
    await page.goto(`${app.baseUrl}/grading?assignment=${firstAssignments[4]}`);
    expect((await queueRows(page)).map((row) => row[1])).toEqual(['Visit 5']);
    await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);

    // A position the queue never handed out is refused, not read from the start.
    const forged = await page.goto(`${app.baseUrl}/grading?after=not-a-position`);
    expect(forged!.status()).toBe(400);
    await expect(page.getByText('must be an endCursor this list returned').count()).resolves.toBe(1);
  });
});
