import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import {
  ceRecordsOf,
  FUTURE,
  givenCeApproval,
  givenCohort,
  givenEligible,
  givenLicenses,
  givenMember,
  givenSession,
  issueCertificate,
  PASSWORD,
  setRequirement,
  signInAdmin,
  SignedIn,
} from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { status holderName revocationReason } }`;

describe("a participant's schedule, progress and certificates, and a coordinator's certificates", () => {
  let app: TestApp;
  let browser: Browser;
  let admin: SignedIn;
  let cohortId: string;
  let lena: SignedIn;
  let faculty: SignedIn;
  let code: string;
  let journalsRequirement: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    await givenLicenses(app, admin, lena.id, [{ type: 'LCSW', number: 'LCSW 80001' }]);
    await givenCeApproval(app, admin, { cohortId, board: 'California Board of Behavioral Sciences', approvalNumber: 'BBS-1', licenseTypes: ['LCSW'] });
    await givenEligible(app, admin, cohortId, [lena.id], 120);
    journalsRequirement = (await setRequirement(app, admin, cohortId, 'JOURNALS_SATISFACTORY', 2)).id;
    await givenSession(app, admin.token, cohortId, { title: 'Closing seminar', startsAt: FUTURE, durationMinutes: 90, joinUrl: 'https://meet.example.org/closing' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the schedule on the cohort’s clock with a join link, and progress against each requirement', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD, PHONE);
    const nav = page.getByRole('navigation');
    for (const name of ['Schedule', 'Journals', 'Practicum', 'Progress', 'Certificates']) await expect(nav.getByRole('link', { name }).count()).resolves.toBe(1);

    await nav.getByRole('link', { name: 'Schedule' }).click();
    // 17:00 UTC on 8 December 2026 is 11:00 in Chicago (CST).
    await expect(page.getByRole('row', { name: /Closing seminar/ }).innerText()).resolves.toContain('Tue, Dec 8, 2026, 11:00 AM CST');
    await expect(page.getByRole('link', { name: 'Join Closing seminar' }).getAttribute('href')).resolves.toBe('https://meet.example.org/closing');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByRole('row', { name: /Faculty sessions attended/ }).innerText()).resolves.toMatch(/1\s+1\s+Met/);
    await expect(page.getByRole('row', { name: /Journals graded satisfactory/ }).innerText()).resolves.toMatch(/0\s+2\s+Not yet/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('lists her certificate and CE certificate, whose PDF her browser session downloads', async () => {
    await app.ok(`mutation($id: ID!) { removeCompletionRequirement(id: $id) }`, { id: journalsRequirement }, admin.token);
    const certificate = await issueCertificate(app, admin, cohortId, lena.id, 'Closing seminar is a review');
    code = certificate.code;
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Certificates' }).click();
    await expect(page.getByRole('link', { name: /^Verify page for Test cohort/ }).getAttribute('href')).resolves.toBe(`/verify/${code}`);
    const [ceRecord] = await ceRecordsOf(app, lena.token);
    const ceLink = page.getByRole('link', { name: 'Download California Board of Behavioral Sciences Test cohort (PDF)' });
    await expect(ceLink.getAttribute('href')).resolves.toBe(`/ce-records/${ceRecord.id}.pdf`);
    expect(await seriousViolations(page)).toEqual([]);
    const pdf = await page.request.get(`${app.baseUrl}/ce-records/${ceRecord.id}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // Another person's browser session gets no such PDF.
    const other = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    expect((await other.request.get(`${app.baseUrl}/ce-records/${ceRecord.id}.pdf`)).status()).toBe(404);
  });

  it('lets a coordinator reissue a certificate, and keeps a blank reason with its reason beside it', async () => {
    const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Certificates' }).click();
    await page.getByRole('link', { name: 'Certificates of Test cohort' }).first().click();
    await page.getByRole('button', { name: 'Reissue the certificate of Lena Marquez' }).click();
    await expect(page.locator('p.error').innerText()).resolves.toBe('must not be empty');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Reason for Lena Marquez').fill('Name spelled wrong');
    await page.getByRole('button', { name: 'Reissue the certificate of Lena Marquez' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Reissued the certificate of Lena Marquez with a new code.');
    expect((await app.ok(VERIFY, { code })).verifyCertificate).toEqual({ status: 'REVOKED', holderName: 'Lena Marquez', revocationReason: 'Name spelled wrong' });
    await screenshot(page, 'coordinator-certificates-desktop');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows faculty the cohort’s certificates but refuses their revocation', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/cohorts/${cohortId}/certificates`);
    await page.getByLabel('Reason for Lena Marquez').fill('Not theirs to do');
    const [answer] = await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.getByRole('button', { name: 'Revoke the certificate of Lena Marquez' }).click()]);
    expect(answer.status()).toBe(403);
    const { myCertificates } = await app.ok(`{ myCertificates { status } }`, {}, lena.token);
    expect(myCertificates.filter((certificate: { status: string }) => certificate.status === 'VALID')).toHaveLength(1);
  });
});
