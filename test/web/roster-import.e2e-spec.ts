import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenCohort, givenUser, PASSWORD, signInAdmin, SignedIn, uniqueEmail } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const HEADER = 'E-mail,Full name,Role,Licence type,Licence state,Licence number';
const csvFile = (text: string) => ({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe("a cohort's roster upload, in Chromium", () => {
  let app: TestApp;
  let browser: Browser;
  let coordinator: SignedIn;
  let cohortId: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const cohort = await givenCohort(app, admin);
    cohortId = cohort.cohortId;
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    await app.ok(`mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`, { input: { programId: cohort.programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('checks a file, shows each line, imports it, and names the refused lines, on a phone too', async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/cohorts/${cohortId}/manage`);
    await page.getByRole('link', { name: 'Import a roster' }).click();
    expect(await seriousViolations(page)).toEqual([]);

    const roster = `${HEADER}\n${uniqueEmail('amara')},Amara Osei-Bonsu Whitfield,participant,LMFT,CA,LMFT 120044\n${uniqueEmail('lena')},Lena Marquez,facilitator,,,\n`;
    await page.getByLabel('Roster file (CSV)').setInputFiles(csvFile(roster));
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Checked; nothing was changed. 2 new, 0 to update, 0 unchanged, 0 refused. To import it, choose the file again and press Import.');
    await expect(page.getByRole('table').getByRole('row').count()).resolves.toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'roster-import-checked-phone');

    await page.getByLabel('Roster file (CSV)').setInputFiles(csvFile(roster));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Imported: 2 new, 0 updated, 0 unchanged.');

    await page.getByLabel('Roster file (CSV)').setInputFiles(csvFile(`${HEADER}\nnot-an-address,Pat Lee,participant,,,\n`));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('Nothing was imported: 1 refused. Correct those lines and import the file again.');
    await expect(page.getByRole('row', { name: /Refused/ }).innerText()).resolves.toContain('e-mail "not-an-address" is not a valid address');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Roster file (CSV)').setInputFiles(csvFile('email,full name\nx@example.org,X\n'));
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByLabel('Roster file (CSV)').getAttribute('aria-describedby')).resolves.toBe('field-roster-error');
    await expect(page.locator('#field-roster-error').innerText()).resolves.toMatch(/^Roster file \(CSV\) has no "role" column/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });
});
