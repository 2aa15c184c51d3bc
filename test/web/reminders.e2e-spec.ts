import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { countRows, givenUser, PASSWORD, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const ME = `{ me { remindersEnabled } }`;

describe('the reminder setting on the account page', () => {
  let app: TestApp;
  let browser: Browser;
  let person: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    person = await givenUser(app, await signInAdmin(app), { fullName: 'Ines Varga' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('turns reminders off and on again, each change audited', async () => {
    const page = await signedInPage(browser, app.baseUrl, person.email, PASSWORD, PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Account' }).click();
    const checkbox = page.getByRole('checkbox', { name: 'Send me reminders by e-mail' });
    await expect(checkbox.isChecked()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await checkbox.uncheck();
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Reminders by e-mail are off.');
    await expect(checkbox.isChecked()).resolves.toBe(false);
    expect((await app.ok(ME, {}, person.token)).me.remindersEnabled).toBe(false);

    await checkbox.check();
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Reminders by e-mail are on.');
    expect((await app.ok(ME, {}, person.token)).me.remindersEnabled).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await countRows(app, 'audit_event', `actor_id = $1 AND action = 'user.reminder-preference-set'`, [person.id])).toBe(2);
  });
});
