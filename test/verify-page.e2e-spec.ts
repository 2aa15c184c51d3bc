import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { givenCohort, givenEligible, givenMember, issueCertificate, signInAdmin, updateProgram } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('the verify page in a browser', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the status and the holder, then the revocation, under a strict CSP', async () => {
    const admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lucía <b>Romero</b>' });
    await givenEligible(app, admin, cohortId, [participant.id]);
    const certificate = await issueCertificate(app, admin, cohortId, participant.id);
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));

    const response = await page.goto(`${app.baseUrl}/verify/${certificate.code.toLowerCase()}`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    await expect(page.locator('#status').innerText()).resolves.toBe('This certificate is valid.');
    await expect(page.getByRole('status').count()).resolves.toBe(1);
    const holder = page.locator('dt', { hasText: 'Holder' }).locator('xpath=following-sibling::dd[1]');
    await expect(holder.innerText()).resolves.toBe('Lucía <b>Romero</b>');
    // the inline style is allowed by its hash: the status box is styled, nothing was blocked
    const border = await page.locator('#status').evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).borderLeftStyle);
    expect(border).toBe('solid');
    expect(violations).toEqual([]);

    await app.ok(`mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
      { input: { certificateId: certificate.id, reason: 'Issued in error' } }, admin.token);
    await page.reload();
    await expect(page.locator('#status').innerText()).resolves.toBe('This certificate has been revoked and is no longer valid.');
    await expect(page.locator('dd', { hasText: 'Issued in error' }).count()).resolves.toBe(1);
  });

  it("names the issuer the certificate was issued under, linked to the issuer's site", async () => {
    const admin = await signInAdmin(app);
    const { programId, cohortId } = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenEligible(app, admin, cohortId, [participant.id]);
    await updateProgram(app, admin, programId, { issuerName: 'Example Consultation Institute', issuerUrl: 'https://institute.example.org/' });
    const certificate = await issueCertificate(app, admin, cohortId, participant.id);
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/verify/${certificate.code}`);
    const issuer = page.locator('dt', { hasText: 'Issued by' }).locator('xpath=following-sibling::dd[1]');
    await expect(issuer.innerText()).resolves.toBe('Example Consultation Institute');
    const link = page.getByRole('link', { name: 'Example Consultation Institute' });
    await expect(link.getAttribute('href')).resolves.toBe('https://institute.example.org/');

    await updateProgram(app, admin, programId, { issuerName: 'Renamed Institute', issuerUrl: null });
    await page.reload();
    await expect(issuer.innerText()).resolves.toBe('Example Consultation Institute');
  });

  it('answers an unknown code with a NOT_FOUND page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${app.baseUrl}/verify/${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(response!.status()).toBe(404);
    await expect(page.locator('#status').innerText()).resolves.toBe('No certificate matches this code.');
    await expect(page.locator('script').count()).resolves.toBe(0);
  });
});
