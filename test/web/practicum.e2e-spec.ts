import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ENTRY_FIELDS, givenCohort, givenCommunity, givenEntry, givenMember, givenPlacement, PASSWORD, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const MY_PRACTICUM = `query($cohortId: ID!) { myPracticum(cohortId: $cohortId) { entries { ${ENTRY_FIELDS} } } }`;

describe('practicum in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohortId: string;
  let lena: SignedIn;
  let priya: SignedIn;
  let theo: SignedIn;
  let rosa: SignedIn;

  const lenaEntries = async () => (await app.ok(MY_PRACTICUM, { cohortId }, lena.token)).myPracticum.entries;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    priya = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Priya Natarajan' });
    const hannah = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Hannah Whitfield' });
    theo = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Theo Lindqvist' });
    rosa = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Rosa Delgado' });
    await givenCommunity(app, admin, cohortId, [theo.id], [lena.id, priya.id], 'Riverside');
    await givenCommunity(app, admin, cohortId, [rosa.id], [hannah.id], 'Hillcrest');
    await givenEntry(app, priya, await givenPlacement(app, priya, cohortId, { providerCode: 'CTR-0042', settingType: 'CENTER' }), { date: '2026-10-05', minutes: 60 });
    await givenEntry(app, hannah, await givenPlacement(app, hannah, cohortId), { date: '2026-10-06', reflection: 'Hillcrest only.' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets a participant add a placement and log time, keeping a refused entry as typed', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD, PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Practicum' }).click();
    await page.getByLabel('Provider code').fill('Sunflower Center');
    await page.getByRole('button', { name: 'Add placement' }).click();
    await expect(page.locator('#field-providerCode-error').innerText()).resolves.toContain('never a name');
    await page.getByLabel('Provider code').fill('FCC-0012');
    await page.getByRole('button', { name: 'Add placement' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Placement added.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByLabel('Date').fill('2026-10-14');
    await page.getByLabel('Minutes').fill('0');
    await page.getByLabel('Activity').selectOption('REFLECTIVE_CONVERSATION');
    await page.getByLabel('Reflection').fill('We talked through the nap transition and what the toddlers need.');
    // The browser's own check stops 0 (min 1); what passes it, the service still judges.
    await page.getByLabel('Minutes').evaluate((input: HTMLInputElement) => input.removeAttribute('min'));
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.locator('#field-minutes-error').innerText()).resolves.not.toBe('');
    await expect(page.getByLabel('Reflection').inputValue()).resolves.toBe('We talked through the nap transition and what the toddlers need.');
    await expect(page.getByLabel('Activity').inputValue()).resolves.toBe('REFLECTIVE_CONVERSATION');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByLabel('Minutes').fill('75');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry saved; it awaits review.');
    expect(await lenaEntries()).toMatchObject([{ date: '2026-10-14', minutes: 75, activity: 'REFLECTIVE_CONVERSATION', status: 'PENDING' }]);
  });

  it('gives a facilitator their own communities’ entries to review: changes requested, edited, approved', async () => {
    const page = await signedInPage(browser, app.baseUrl, theo.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Priya Natarajan, Mon, Oct 5, 2026', 'Lena Marquez, Wed, Oct 14, 2026']);
    await expect(page.getByText('Hillcrest only.').count()).resolves.toBe(0);
    for (const [viewport, name] of [[DESKTOP, 'facilitator-reviews-desktop'], [PHONE, 'facilitator-reviews-phone']] as const) {
      await page.setViewportSize(viewport);
      expect(await seriousViolations(page)).toEqual([]);
      if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }

    // Returning an entry needs a comment.
    await page.getByRole('button', { name: 'Request changes to the entry of Lena Marquez, Wed, Oct 14, 2026' }).click();
    await expect(page.getByRole('article', { name: /Lena Marquez/ }).locator('p.error').innerText()).resolves.not.toBe('');
    await page.getByLabel('Comment on the entry of Lena Marquez, Wed, Oct 14, 2026').fill('Please add what you planned for the next visit.');
    await page.getByRole('button', { name: 'Request changes to the entry of Lena Marquez, Wed, Oct 14, 2026' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry returned with your comment.');

    const participant = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await participant.goto(`${app.baseUrl}/practicum`);
    await expect(participant.getByRole('row', { name: /Changes requested/ }).innerText()).resolves.toContain('Please add what you planned for the next visit.');
    await participant.getByRole('link', { name: 'Edit the entry of Wed, Oct 14, 2026' }).click();
    await expect(participant.locator('p.notice').innerText()).resolves.toContain('Please add what you planned for the next visit.');
    expect(await seriousViolations(participant)).toEqual([]);
    await participant.getByLabel('Reflection').fill('We talked through the nap transition; next visit we will plan the morning arrival.');
    await participant.getByRole('button', { name: 'Save entry' }).click();
    expect(await lenaEntries()).toMatchObject([{ status: 'PENDING', version: 2 }]);

    await page.reload();
    await page.getByRole('button', { name: 'Approve the entry of Lena Marquez, Wed, Oct 14, 2026' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry approved.');
    expect(await lenaEntries()).toMatchObject([{ status: 'APPROVED' }]);
    await participant.goto(`${app.baseUrl}/practicum`);
    await expect(participant.getByRole('link', { name: /^Edit the entry/ }).count()).resolves.toBe(0);
  });

  it('refuses a review posted without its token, and one by another community’s facilitator', async () => {
    const [pending] = (await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries;
    const page = await signedInPage(browser, app.baseUrl, theo.email, PASSWORD);
    expect((await page.request.post(`${app.baseUrl}/reviews/${pending.id}`, { form: { decision: 'APPROVED', version: '1' } })).status()).toBe(403);

    const other = await signedInPage(browser, app.baseUrl, rosa.email, PASSWORD);
    await other.goto(`${app.baseUrl}/reviews`);
    const csrf = await other.locator('input[name=_csrf]').first().getAttribute('value');
    const refused = await other.request.post(`${app.baseUrl}/reviews/${pending.id}`, { form: { _csrf: csrf!, decision: 'APPROVED', version: '1' } });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("Only a facilitator of the participant");
    expect((await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries[0].status).toBe('PENDING');
  });
});
