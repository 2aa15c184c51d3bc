import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { errorCode, givenUser, PASSWORD, signIn, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const ME = `{ me { fullName licenses { type state number status } } }`;

describe('a person’s own account in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let person: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    person = await givenUser(app, await signInAdmin(app), { fullName: 'Noor Haddad' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('changes the name, and the password with the other devices signed out', async () => {
    const page = await signedInPage(browser, app.baseUrl, person.email, PASSWORD, PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Account' }).click();
    await page.getByLabel('Full name').fill('Noor Haddad-Salem');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Your name is saved');
    expect((await app.ok(ME, {}, person.token)).me.fullName).toBe('Noor Haddad-Salem');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill('a new long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#field-currentPassword-error').innerText()).resolves.toBe('is incorrect');

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel('New password').fill('a new long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Other devices were signed out');
    // The token another device held stops working; this browser stays signed in.
    expect(errorCode(await app.gql(ME, {}, person.token))).toBe('UNAUTHENTICATED');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(1);
    person.token = await signIn(app, person.email, 'a new long passphrase');
  });

  it('adds and removes licences, keeping a refused one as typed', async () => {
    const page = await signedInPage(browser, app.baseUrl, person.email, 'a new long passphrase');
    await page.goto(`${app.baseUrl}/account/licences`);
    await page.getByLabel('Licence type').selectOption('LMFT');
    await page.getByLabel('State').selectOption('OR');
    // Spaces pass the browser's own check of a required field; the service's rules refuse them.
    await page.getByLabel('Licence number').fill('   ');
    await page.getByRole('button', { name: 'Add licence' }).click();
    await expect(page.locator('#field-number-error').innerText()).resolves.toBe('must not be empty');
    await expect(page.getByLabel('Licence type').inputValue()).resolves.toBe('LMFT');
    await expect(page.getByLabel('State').inputValue()).resolves.toBe('OR');

    await page.getByLabel('Licence number').fill('T 1234');
    await page.getByRole('button', { name: 'Add licence' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Your licences are saved.');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await app.ok(ME, {}, person.token)).me.licenses).toEqual([{ type: 'LMFT', state: 'OR', number: 'T 1234', status: 'ACTIVE' }]);

    await page.getByRole('button', { name: 'Remove LMFT OR T 1234' }).click();
    expect((await app.ok(ME, {}, person.token)).me.licenses).toEqual([]);
  });
});
