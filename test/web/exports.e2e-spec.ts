import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenAttendance, givenCeApproval, givenCohort, givenLicenses, givenMember, givenSessions, givenUser, PASSWORD, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;

describe('exports in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohortId: string;
  let coordinator: SignedIn;
  let lena: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const cohort = await givenCohort(app, admin);
    cohortId = cohort.cohortId;
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    await app.ok(GRANT, { input: { programId: cohort.programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Márquez' });
    await givenLicenses(app, admin, lena.id, [{ type: 'LCSW', state: 'CA', number: 'LCSW 31415' }]);
    await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1, { durationMinutes: 90, ceEligible: true }), [lena.id]);
    await givenCeApproval(app, admin, { cohortId, board: 'Fictional Board', approvalNumber: 'FB-1', licenseTypes: ['LCSW'], requiresCompletion: false });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Follows a download link with the page's own session, and answers the file's text (byte order mark kept). */
  async function downloaded(page: Page, name: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  }

  it("lists the cohort's downloads from its page, each downloading with the browser's session", async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/cohorts/${cohortId}/manage`);
    await page.getByRole('link', { name: 'Exports' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Exports of Test cohort');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'exports-phone');

    const progress = await downloaded(page, 'Progress');
    expect(progress.startsWith('\uFEFFParticipant,Withdrawn on,All requirements met\r\nLena Márquez,,no\r\n')).toBe(true);
    const roster = await downloaded(page, 'Roster of Fictional Board FB-1');
    expect(roster).toBe(
      '\uFEFFName on licence,Licence type,Licence state,Licence number,Completion date,CE hours,Approval number,Board\r\n' +
        'Lena Márquez,LCSW,CA,LCSW 31415,2026-03-03,1.5,FB-1,Fictional Board\r\n',
    );
    const broker = await downloaded(page, 'CE Broker layout: roster of Fictional Board FB-1');
    expect(broker.split('\r\n')[1]).toBe(',FB-1,,,LCSW 31415,3/3/2026,State=CA,Profession=LCSW,,');
  });

  it("offers each approval's roster on the CE approvals page", async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD);
    await page.goto(`${app.baseUrl}/cohorts/${cohortId}/ce-approvals`);
    expect(await seriousViolations(page)).toEqual([]);
    const roster = await downloaded(page, 'CE roster (CSV) of Fictional Board FB-1');
    expect(roster.split('\r\n')[1]).toMatch(/^Lena Márquez,LCSW,CA,LCSW 31415,/);
  });

  it('keeps participants out of the page', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    expect((await page.goto(`${app.baseUrl}/cohorts/${cohortId}/exports`))!.status()).toBe(403);
  });
});
