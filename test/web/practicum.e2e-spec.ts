import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import {
  enroll,
  ENTRY_FIELDS,
  givenCohort,
  givenCommunity,
  givenEntry,
  givenMember,
  givenPlacement,
  givenUser,
  PASSWORD,
  practicumRowCounts,
  reviewEntry,
  signInAdmin,
  SignedIn,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const MY_PRACTICUM = `query($cohortId: ID!) { myPracticum(cohortId: $cohortId) { entries { ${ENTRY_FIELDS} } } }`;
const REFLECTION = 'We talked through the nap transition and what the toddlers need.';
const LENAS_ENTRY = 'the entry of Lena Marquez, Wed, Oct 14, 2026';

describe('practicum in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: SignedIn;
  let cohortId: string;
  let lena: SignedIn;
  let priya: SignedIn;
  let theo: SignedIn;
  let rosa: SignedIn;

  const lenaEntries = async () => (await app.ok(MY_PRACTICUM, { cohortId }, lena.token)).myPracticum.entries;

  /** No serious axe violation, and at phone width no sideways scroll. */
  const expectAccessible = async (page: Page) => {
    expect(await seriousViolations(page)).toEqual([]);
    if (page.viewportSize()?.width === PHONE.width) expect(await scrollsSideways(page)).toBe(false);
  };

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    admin = await signInAdmin(app);
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

  it('lets a participant add a placement first and log time, keeping a refused entry as typed', async () => {
    const page = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD, PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Practicum' }).click();
    await expect(page.getByText('No placement yet.').isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // Without a placement, Log time asks for one first, as a code.
    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByLabel('Provider code').fill('Sunflower Center');
    await page.getByRole('button', { name: 'Add placement' }).click();
    await expect(page.locator('#field-providerCode-error').innerText()).resolves.toContain('never a name');
    await expect(page.getByLabel('Provider code').inputValue()).resolves.toBe('Sunflower Center');
    await expectAccessible(page);
    await page.getByLabel('Provider code').fill('FCC-0012');
    await page.getByLabel('Region (a county or wider, optional)').fill('Fresno County');
    await page.getByRole('button', { name: 'Add placement' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Placement added.');
    await expect(page.getByText('At FCC-0012 · Family child care home · Fresno County').isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    await page.getByLabel('Date').fill('2026-10-14');
    await page.getByLabel('Minutes').fill('0');
    await page.getByLabel('Activity').selectOption('REFLECTIVE_CONVERSATION');
    await page.getByLabel('Reflection').fill(REFLECTION);
    // The browser's own check stops 0 (min 1); what passes it, the service still judges.
    await page.getByLabel('Minutes').evaluate((input: HTMLInputElement) => input.removeAttribute('min'));
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.locator('#field-minutes-error').innerText()).resolves.toBe('must be at least 1');
    await expect(page.getByLabel('Minutes').inputValue()).resolves.toBe('0');
    await expect(page.getByLabel('Date').inputValue()).resolves.toBe('2026-10-14');
    await expect(page.getByLabel('Activity').inputValue()).resolves.toBe('REFLECTIVE_CONVERSATION');
    await expect(page.getByLabel('Reflection').inputValue()).resolves.toBe(REFLECTION);
    await expectAccessible(page);

    await page.getByLabel('Minutes').fill('75');
    await page.getByLabel('Date').fill('2099-06-01');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.locator('#field-date-error').innerText()).resolves.toContain('is in the future');
    await expect(page.getByLabel('Date').inputValue()).resolves.toBe('2099-06-01');
    await expect(page.getByLabel('Minutes').inputValue()).resolves.toBe('75');
    await expect(page.getByLabel('Reflection').inputValue()).resolves.toBe(REFLECTION);
    expect(await lenaEntries()).toEqual([]);

    await page.getByLabel('Date').fill('2026-10-14');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry saved; it awaits review.');
    await expect(page.getByRole('row', { name: /Wed, Oct 14, 2026/ }).innerText()).resolves.toMatch(/75 minutes[\s\S]*Reflective conversation[\s\S]*Awaiting review/);
    await expect(page.getByText('Approved 0 h · awaiting review 1.3 h · returned 0 h').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    expect(await lenaEntries()).toMatchObject([{ date: '2026-10-14', minutes: 75, activity: 'REFLECTIVE_CONVERSATION', status: 'PENDING', placement: { providerCode: 'FCC-0012' } }]);

    // A participant reviews nothing: their queue is empty.
    const reviews = await page.goto(`${app.baseUrl}/reviews`);
    expect(reviews?.status()).toBe(200);
    await expect(page.getByText('No entry awaits your review.').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('gives a facilitator their own communities’ entries to review: changes requested, edited, approved', async () => {
    const page = await signedInPage(browser, app.baseUrl, theo.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Priya Natarajan, Mon, Oct 5, 2026', 'Lena Marquez, Wed, Oct 14, 2026']);
    await expect(page.getByText('Hillcrest only.').count()).resolves.toBe(0);
    await expect(page.getByText(REFLECTION).isVisible()).resolves.toBe(true);
    for (const [viewport, name] of [[DESKTOP, 'facilitator-reviews-desktop'], [PHONE, 'facilitator-reviews-phone']] as const) {
      await page.setViewportSize(viewport);
      await expectAccessible(page);
      await screenshot(page, name);
    }
    await page.setViewportSize(DESKTOP);

    // Returning an entry needs a comment, and one that identifies nobody; what was typed stays.
    await page.getByRole('button', { name: `Request changes to ${LENAS_ENTRY}` }).click();
    const comment = page.getByLabel(`Comment on ${LENAS_ENTRY}`);
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('article', { name: /Lena Marquez/ }).locator('p.error').innerText()).resolves.toBe('must say what to change when requesting changes');
    await expectAccessible(page);
    await comment.fill('Call the director at 555-123-4567 about the plan.');
    await page.getByRole('button', { name: `Request changes to ${LENAS_ENTRY}` }).click();
    await expect(page.getByRole('article', { name: /Lena Marquez/ }).locator('p.error').innerText()).resolves.toContain('a phone number');
    await expect(comment.inputValue()).resolves.toBe('Call the director at 555-123-4567 about the plan.');
    expect(await lenaEntries()).toMatchObject([{ status: 'PENDING', reviews: [] }]);
    await comment.fill('Please add what you planned for the next visit.');
    await page.getByRole('button', { name: `Request changes to ${LENAS_ENTRY}` }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry returned with your comment.');
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Priya Natarajan, Mon, Oct 5, 2026']);

    const participant = await signedInPage(browser, app.baseUrl, lena.email, PASSWORD);
    await participant.getByRole('navigation').getByRole('link', { name: 'Practicum' }).click();
    await expect(participant.getByRole('row', { name: /Changes requested/ }).innerText()).resolves.toContain('Theo Lindqvist: Please add what you planned for the next visit.');
    await expectAccessible(participant);
    await participant.getByRole('link', { name: 'Edit the entry of Wed, Oct 14, 2026' }).click();
    await expect(participant.getByText('Comment from Theo Lindqvist:').isVisible()).resolves.toBe(true);
    await expect(participant.getByLabel('Minutes').inputValue()).resolves.toBe('75');
    await expect(participant.getByLabel('Reflection').inputValue()).resolves.toBe(REFLECTION);
    await expectAccessible(participant);
    await participant.getByLabel('Reflection').fill('We talked through the nap transition; next visit we will plan the morning arrival.');
    await participant.getByRole('button', { name: 'Save entry' }).click();
    await expect(participant.getByRole('status').innerText()).resolves.toBe('Entry saved; it awaits review.');
    await expect(participant.getByRole('row', { name: /Wed, Oct 14, 2026/ }).innerText()).resolves.toContain('Awaiting review');
    expect(await lenaEntries()).toMatchObject([{ status: 'PENDING', version: 2 }]);

    await page.reload();
    await expect(page.getByText('next visit we will plan the morning arrival').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: `Approve ${LENAS_ENTRY}` }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry approved.');
    await expectAccessible(page);
    const [approved] = await lenaEntries();
    expect(approved).toMatchObject({ status: 'APPROVED', reviews: [{ decision: 'CHANGES_REQUESTED' }, { decision: 'APPROVED' }] });

    await participant.reload();
    await expect(participant.getByRole('row', { name: /Wed, Oct 14, 2026/ }).innerText()).resolves.toContain('Approved');
    await expect(participant.getByRole('link', { name: /^Edit the entry/ }).count()).resolves.toBe(0);
    await expect(participant.getByText('Approved 1.3 h · awaiting review 0 h · returned 0 h').isVisible()).resolves.toBe(true);
    await expectAccessible(participant);
    // By its address, an approved entry reads as it counts, with no form to change it.
    await participant.goto(`${app.baseUrl}/practicum/entries/${approved.id}/edit`);
    await expect(participant.getByText('can no longer be changed').isVisible()).resolves.toBe(true);
    await expect(participant.getByRole('button', { name: 'Save entry' }).count()).resolves.toBe(0);
    await expectAccessible(participant);
  });

  it('refuses a review posted without its token, and one by another community’s facilitator', async () => {
    const [pending] = (await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries;
    const page = await signedInPage(browser, app.baseUrl, theo.email, PASSWORD);
    const other = await signedInPage(browser, app.baseUrl, rosa.email, PASSWORD);
    await other.goto(`${app.baseUrl}/reviews`);
    await expect(other.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Hannah Whitfield, Tue, Oct 6, 2026']);
    await expectAccessible(other);
    const before = await practicumRowCounts(app);

    const tokenless = await page.request.post(`${app.baseUrl}/reviews/${pending.id}`, { form: { decision: 'APPROVED', version: '1' } });
    expect(tokenless.status()).toBe(403);

    const csrf = await other.locator('input[name=_csrf]').first().getAttribute('value');
    const refused = await other.request.post(`${app.baseUrl}/reviews/${pending.id}`, { form: { _csrf: csrf!, decision: 'APPROVED', version: '1' } });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Only a facilitator of the participant');

    expect(await practicumRowCounts(app)).toEqual(before);
    expect((await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries[0]).toMatchObject({ status: 'PENDING', reviews: [] });
  });

  it('keeps a comment typed for an entry someone else reviewed meanwhile', async () => {
    const [pending] = (await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries;
    const page = await signedInPage(browser, app.baseUrl, theo.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
    await page.getByLabel('Comment on the entry of Priya Natarajan, Mon, Oct 5, 2026').fill('Say more about the transition.');
    expect((await reviewEntry(app, admin, pending.id, 'APPROVED')).errors).toBeUndefined();

    await page.getByRole('button', { name: 'Request changes to the entry of Priya Natarajan, Mon, Oct 5, 2026' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('only PENDING entries are reviewed');
    await expect(page.getByText('Say more about the transition.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('No entry awaits your review.').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    expect((await app.ok(MY_PRACTICUM, { cohortId }, priya.token)).myPracticum.entries[0]).toMatchObject({ status: 'APPROVED', reviews: [{ decision: 'APPROVED' }] });
  });

  it('shows a long queue fifty at a time, oldest first across cohorts, and comes back to the page a review was made on', async () => {
    // One faculty member of two cohorts, whose participants logged entries turn about: 30 each.
    const reviewer = await givenUser(app, admin, { fullName: 'Dr. Wren Abara' });
    const cohorts = [(await givenCohort(app, admin)).cohortId, (await givenCohort(app, admin)).cohortId];
    for (const taught of cohorts) await enroll(app, admin, taught, reviewer.id, 'FACULTY');
    const authors = await Promise.all(cohorts.map((taught, index) => givenMember(app, admin, taught, 'PARTICIPANT', { fullName: ['Ada Lakes', 'Bo Hills'][index] })));
    const placements = await Promise.all(authors.map((author, index) => givenPlacement(app, author, cohorts[index])));
    const logged: string[] = [];
    for (let visit = 1; visit <= 30; visit++) {
      for (const side of [0, 1]) {
        const reflection = `${['Lakeside', 'Hillside'][side]} visit ${visit}.`;
        await givenEntry(app, authors[side], placements[side], { reflection });
        logged.push(reflection);
      }
    }
    const page = await signedInPage(browser, app.baseUrl, reviewer.email, PASSWORD);
    const reflections = () => page.locator('article pre.text').allInnerTexts();
    await page.goto(`${app.baseUrl}/reviews`);
    expect(await reflections()).toEqual(logged.slice(0, 50));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Next page' }).click();
    expect(await reflections()).toEqual(logged.slice(50));
    await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);

    // A refused review and an approval on the second page both come back to it.
    const [first] = await page.getByRole('article').all();
    await first.getByRole('button', { name: /^Request changes/ }).click();
    await expect(page.getByRole('article').first().locator('p.error').innerText()).resolves.toBe('must say what to change when requesting changes');
    expect(await reflections()).toEqual(logged.slice(50));
    await page.getByRole('article').first().getByRole('button', { name: /^Approve/ }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Entry approved.');
    expect(await reflections()).toEqual(logged.slice(51));

    // A page position the queue never handed out is refused before the review is saved.
    const form = page.getByRole('article').first().locator('form');
    const action = (await form.getAttribute('action'))!.split('#')[0];
    const fields = { _csrf: await form.locator('input[name=_csrf]').inputValue(), decision: 'APPROVED', version: '1', after: 'not-a-position' };
    expect((await page.request.post(`${app.baseUrl}${action}`, { form: fields })).status()).toBe(400);
    await page.reload();
    expect(await reflections()).toEqual(logged.slice(51));
  });
});
