import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ceRecordsOf, givenAttendance, givenCohort, givenLicenses, givenMember, givenSessions, givenUser, PASSWORD, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;

describe('CE approvals in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohortId: string;
  let coordinator: SignedIn;
  let otherCoordinator: SignedIn;
  let lena: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const cohort = await givenCohort(app, admin);
    cohortId = cohort.cohortId;
    const elsewhere = await givenCohort(app, admin);
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    otherCoordinator = await givenUser(app, admin, { fullName: 'Robin Elsewhere' });
    await app.ok(GRANT, { input: { programId: cohort.programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    await app.ok(GRANT, { input: { programId: elsewhere.programId, userId: otherCoordinator.id, role: 'COORDINATOR' } }, admin.token);
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    await givenLicenses(app, admin, lena.id, [{ type: 'LCSW', state: 'CA' }]);
    await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1, { durationMinutes: 90, ceEligible: true }), [lena.id]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("records a board's approval by its rules, after a refusal that keeps what was typed", async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD, PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Certificates' }).click();
    await page.getByRole('link', { name: 'CE approvals of Test cohort' }).click();
    await page.getByLabel('Board').fill('California Board of Behavioral Sciences');
    await page.getByLabel('Approval number').fill('BBS-4471');
    await page.getByRole('button', { name: 'Save approval' }).click();
    await expect(page.locator('#licenseTypes-error').innerText()).resolves.toMatch(/licence type/i);
    await expect(page.getByLabel('Board').inputValue()).resolves.toBe('California Board of Behavioral Sciences');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByRole('checkbox', { name: /^LCSW/ }).check();
    await page.getByLabel(/^States covered/).fill('ca');
    await page.getByLabel('Only on completing the cohort (with its certificate)').uncheck();
    await page.getByRole('button', { name: 'Save approval' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Approval saved; CE records follow from it.');
    await expect(page.getByRole('heading', { name: 'California Board of Behavioral Sciences · BBS-4471' }).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // Per-hour credit: Lena's 90 minutes under her LCSW CA licence, at once.
    const [record] = await ceRecordsOf(app, lena.token);
    expect(record).toMatchObject({ board: 'California Board of Behavioral Sciences', licenseType: 'LCSW', licenseState: 'CA', hours: 1.5 });
  });

  it('keeps another program’s coordinator out', async () => {
    const page = await signedInPage(browser, app.baseUrl, otherCoordinator.email, PASSWORD);
    expect((await page.goto(`${app.baseUrl}/cohorts/${cohortId}/ce-approvals`))!.status()).toBe(404);
  });
});
