import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenUser, PASSWORD, signInAdmin, SignedIn, startMailbox, linkToken } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

describe('signing in to the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let person: SignedIn;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url });
    browser = await launchChromium();
    person = await givenUser(app, await signInAdmin(app), { fullName: 'Noor Haddad' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await mailbox?.stop();
  });

  it('signs in with e-mail and password, shows the person their navigation, and signs out', async () => {
    const page = await signedInPage(browser, app.baseUrl, person.email, PASSWORD);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Your cohorts');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Home' }).count()).resolves.toBe(1);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'iecmhc_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    // The session is gone on the server, not only in this browser.
    const again = await fetch(`${app.baseUrl}/home`, { headers: { cookie: `iecmhc_session=${cookie.value}` }, redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/?next=%2Fhome');
  });

  it('keeps the e-mail and says why when the password is wrong', async () => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('E-mail or password is incorrect');
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(person.email);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('refuses a form posted without its token', async () => {
    const response = await fetch(`${app.baseUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: person.email, password: PASSWORD }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('iecmhc_session');
  });

  it('sends a reset link, and its page sets a new password that signs in', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.baseUrl}/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('a link is on its way');
    const [mail] = await mailbox.waitFor(1, person.email);

    await page.goto(`${app.baseUrl}/reset-password?token=${linkToken(mail)}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.locator('#field-newPassword-error').innerText()).resolves.toMatch(/12/);
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.waitForURL(/\/home$/);
    expect(await seriousViolations(page)).toEqual([]);

    const fresh = await signedInPage(browser, app.baseUrl, person.email, 'a brand new passphrase');
    await expect(fresh.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(1);
  });
});
