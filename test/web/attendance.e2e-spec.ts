import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenCohort, givenCommunity, givenMember, givenSession, PASSWORD, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const ATTENDANCE = `query($id: ID!) { session(id: $id) { attendance { status minutesAttended user { fullName } } } }`;

describe('taking attendance in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let seminarId: string;
  let circleId: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Theo Lindqvist' });
    const ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Beltrán' });
    const ben = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ben Okafor' });
    await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Cleo Nakamura' });
    const riverside = await givenCommunity(app, admin, cohortId, [facilitator.id], [ana.id, ben.id], 'Riverside');
    seminarId = await givenSession(app, admin.token, cohortId, { title: 'Faculty seminar', durationMinutes: 120 });
    circleId = await givenSession(app, admin.token, cohortId, {
      kind: 'COMMUNITY_OF_PRACTICE', title: 'Riverside circle', communityId: riverside, startsAt: '2026-04-07T23:00:00.000Z', durationMinutes: 90, ceEligible: false,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets faculty record a whole session in one save, on the cohort’s clock', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Attendance' }).click();
    await expect(page.getByRole('link', { name: 'Faculty seminar' }).count()).resolves.toBe(1);
    // 17:00 UTC on 10 March 2026 is 12:00 in Chicago (CDT from 8 March).
    await expect(page.getByRole('row', { name: /Faculty seminar/ }).innerText()).resolves.toContain('Tue, Mar 10, 2026, 12:00 PM CDT');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Faculty seminar' }).click();
    await page.getByLabel('Status for Ana Beltrán').selectOption('PRESENT');
    await page.getByLabel('Status for Ben Okafor').selectOption('PRESENT');
    await page.getByLabel('Minutes for Ben Okafor').fill('90');
    await page.getByLabel('Status for Cleo Nakamura').selectOption('EXCUSED');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Attendance saved.');
    await expect(page.getByLabel('Minutes for Ben Okafor').inputValue()).resolves.toBe('90');
    expect(await seriousViolations(page)).toEqual([]);

    const { session } = await app.ok(ATTENDANCE, { id: seminarId }, faculty.token);
    expect(session.attendance).toEqual([
      { status: 'PRESENT', minutesAttended: 120, user: { fullName: 'Ana Beltrán' } },
      { status: 'PRESENT', minutesAttended: 90, user: { fullName: 'Ben Okafor' } },
      { status: 'EXCUSED', minutesAttended: 0, user: { fullName: 'Cleo Nakamura' } },
    ]);
  });

  it('shows a refused row’s reason beside it and keeps everything typed', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/attendance/${seminarId}`);
    await page.getByLabel('Minutes for Ana Beltrán').fill('500');
    await page.getByLabel('Status for Cleo Nakamura').selectOption('PRESENT');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.locator('#minutes-0-error').innerText()).resolves.toMatch(/120/);
    await expect(page.getByLabel('Minutes for Ana Beltrán').inputValue()).resolves.toBe('500');
    await expect(page.getByLabel('Status for Cleo Nakamura').inputValue()).resolves.toBe('PRESENT');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'faculty-attendance-phone');
    // Nothing of the refused save was written.
    const { session } = await app.ok(ATTENDANCE, { id: seminarId }, faculty.token);
    expect(session.attendance.map((row: { status: string }) => row.status)).toEqual(['PRESENT', 'PRESENT', 'EXCUSED']);
  });

  it('gives a facilitator the sessions they lead with their community only, and no other', async () => {
    const page = await signedInPage(browser, app.baseUrl, facilitator.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Attendance' }).click();
    await expect(page.getByRole('link', { name: 'Riverside circle' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Faculty seminar' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Riverside circle' }).click();
    await expect(page.getByRole('cell', { name: 'Cleo Nakamura' }).count()).resolves.toBe(0);
    await page.getByLabel('Status for Ana Beltrán').selectOption('ABSENT');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Attendance saved.');
    await screenshot(page, 'facilitator-attendance-desktop');

    const seminar = await page.goto(`${app.baseUrl}/attendance/${seminarId}`);
    expect(seminar!.status()).toBe(403);
  });

  it('keeps session notes for the staff who run the session', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/attendance/${seminarId}`);
    await page.getByRole('link', { name: 'Session notes' }).click();
    await page.getByLabel('Note').fill('   ');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.locator('#field-body-error').innerText()).resolves.toBe('must not be empty');
    await page.getByLabel('Note').fill('Ana asked for the reading list; follow up next month.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Note added.');
    await expect(page.getByRole('article').innerText()).resolves.toContain('Ana asked for the reading list; follow up next month.');
    expect(await seriousViolations(page)).toEqual([]);

    const other = await signedInPage(browser, app.baseUrl, facilitator.email, PASSWORD);
    expect((await other.goto(`${app.baseUrl}/sessions/${seminarId}/notes`))!.status()).toBe(403);
    await expect(other.getByText('Ana asked for the reading list').count()).resolves.toBe(0);
  });

  it('refuses a sheet posted without the form’s token', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'iecmhc_session')!;
    const response = await fetch(`${app.baseUrl}/attendance/${circleId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `iecmhc_session=${cookie.value}` },
      body: new URLSearchParams({ 'entries.0.userId': faculty.id, 'entries.0.status': 'PRESENT' }),
    });
    expect(response.status).toBe(403);
  });
});
