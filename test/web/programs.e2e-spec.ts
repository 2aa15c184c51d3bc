import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { givenCohort, givenMember, givenUser, PASSWORD, signInAdmin, SignedIn, startMailbox } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { DESKTOP, PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;
const COHORTS = `query($programId: ID) { cohorts(programId: $programId) { id name startsOn endsOn capacity members { role status withdrawnOn withdrawalReason user { fullName } } } }`;
const REQUIREMENTS = `query($cohortId: ID!) { cohortRequirements(cohortId: $cohortId) { kind threshold } }`;

describe('coordinators’ pages: programs, cohorts and people', () => {
  let app: TestApp;
  let browser: Browser;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: SignedIn;
  let programId: string;
  let coordinator: SignedIn;
  let lena: SignedIn;
  let otherCohortId: string;
  let participant: SignedIn;

  const cohortsOfProgram = async () => (await app.ok(COHORTS, { programId }, admin.token)).cohorts;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url });
    browser = await launchChromium();
    admin = await signInAdmin(app);
    ({ programId } = await givenCohort(app, admin));
    otherCohortId = (await givenCohort(app, admin)).cohortId;
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    await app.ok(GRANT, { input: { programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    lena = await givenUser(app, admin, { fullName: 'Lena Marquez' });
    participant = await givenMember(app, admin, otherCohortId, 'PARTICIPANT');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await mailbox?.stop();
  });

  it('creates a cohort, enrols, sets a requirement, withdraws and copies, as the program’s coordinator', async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Programs' }).click();
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Test IECMHC Program']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'New cohort of Test IECMHC Program' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Name').fill('Prairie cohort 2027');
    await page.getByLabel('Starts on').fill('2027-01-11');
    await page.getByLabel('Ends on').fill('2026-12-18');
    await page.getByLabel('Capacity (participants)').fill('24');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.locator('#field-endsOn-error').innerText()).resolves.toBe('must not be before startsOn');
    for (const [label, typed] of [['Name', 'Prairie cohort 2027'], ['Starts on', '2027-01-11'], ['Ends on', '2026-12-18'], ['Capacity', '24']]) {
      await expect(page.getByLabel(label).inputValue()).resolves.toBe(typed);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Ends on').fill('2027-12-17');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Cohort created.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Email of the person (they need an account)').fill('nobody@test.iecmhc.example');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page.locator('#field-email-error').innerText()).resolves.toContain('has no account');
    await expect(page.getByLabel('Email of the person (they need an account)').inputValue()).resolves.toBe('nobody@test.iecmhc.example');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Email of the person (they need an account)').fill(lena.email);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Enrolled.');

    await page.getByRole('link', { name: 'Requirements' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Kind', { exact: true }).selectOption('JOURNALS_SATISFACTORY');
    await page.getByLabel(/^Threshold/).fill('6');
    await page.getByRole('button', { name: 'Set requirement' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Requirement set.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to the cohort' }).click();

    await page.getByText('Withdraw Lena Marquez').click();
    await page.getByLabel('Effective on, for Lena Marquez').fill('2027-03-01');
    await page.getByLabel('Reason, for Lena Marquez').fill('Took a position with the county');
    for (const [viewport, name] of [[DESKTOP, 'coordinator-cohort-desktop'], [PHONE, 'coordinator-cohort-phone']] as const) {
      await page.setViewportSize(viewport);
      expect(await seriousViolations(page)).toEqual([]);
      if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, name);
    }
    await page.getByRole('button', { name: 'Withdraw Lena Marquez' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Withdrawn.');

    await page.getByRole('link', { name: 'Copy to next year' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Name').fill('Prairie cohort 2028');
    await page.getByLabel('Starts on').fill('2028-01-10');
    await page.getByRole('button', { name: 'Copy to next year' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Prairie cohort 2028');
    expect(await seriousViolations(page)).toEqual([]);

    const cohorts = await cohortsOfProgram();
    const created = cohorts.find((cohort: { name: string }) => cohort.name === 'Prairie cohort 2027');
    expect(created).toMatchObject({ startsOn: '2027-01-11', endsOn: '2027-12-17', capacity: 24 });
    expect(created.members).toEqual([{ role: 'PARTICIPANT', status: 'WITHDRAWN', withdrawnOn: '2027-03-01', withdrawalReason: 'Took a position with the county', user: { fullName: 'Lena Marquez' } }]);
    expect((await app.ok(REQUIREMENTS, { cohortId: created.id }, admin.token)).cohortRequirements).toEqual([{ kind: 'JOURNALS_SATISFACTORY', threshold: 6 }]);
    const copy = cohorts.find((cohort: { name: string }) => cohort.name === 'Prairie cohort 2028');
    expect(copy).toMatchObject({ startsOn: '2028-01-10', members: [] });
  });

  it('keeps a coordinator out of another program, and out of accounts', async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD);
    expect((await page.goto(`${app.baseUrl}/cohorts/${otherCohortId}/manage`))!.status()).toBe(404);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${app.baseUrl}/people`);
    await expect(page.getByText('Accounts are made by administrators').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Invite' }).count()).resolves.toBe(0);
    // With the page's own token, the accounts service still refuses a coordinator: nobody is invited.
    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const refused = await page.request.post(`${app.baseUrl}/people/invitations`, { form: { _csrf: csrf!, fullName: 'Someone', email: 'someone@test.iecmhc.example' } });
    expect(refused.status()).toBe(403);
    expect((await app.ok(`query($search: String) { users(search: $search) { totalCount } }`, { search: 'someone@test' }, admin.token)).users.totalCount).toBe(0);
  });

  it('refuses a form posted without its token, or with a capacity that is not a number, and writes nothing', async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD);
    const before = (await cohortsOfProgram()).length;
    const forged = await page.request.post(`${app.baseUrl}/programs/${programId}/cohorts`, {
      form: { name: 'Forged cohort', startsOn: '2027-02-01', endsOn: '2027-11-30', capacity: '10' },
    });
    expect(forged.status()).toBe(403);
    expect(await cohortsOfProgram()).toHaveLength(before);

    // A browser without the number control posts whatever was typed: the validator names the field.
    await page.goto(`${app.baseUrl}/programs/${programId}/cohorts/new`);
    const _csrf = await page.locator('#main input[name="_csrf"]').inputValue();
    const typed = await page.request.post(`${app.baseUrl}/programs/${programId}/cohorts`, {
      form: { _csrf, name: 'Typed cohort', startsOn: '2027-02-01', endsOn: '2027-11-30', capacity: 'twenty' },
    });
    expect(typed.status()).toBe(400);
    await page.setContent(await typed.text());
    await expect(page.locator('#field-capacity-error').innerText()).resolves.toMatch(/integer/);
    // (A number control shows nothing for text; the page still sends back what was typed.)
    await expect(page.getByLabel('Capacity').getAttribute('value')).resolves.toBe('twenty');
    expect(await cohortsOfProgram()).toHaveLength(before);
  });

  it('shows a participant no program to manage, and no cohort’s management', async () => {
    const page = await signedInPage(browser, app.baseUrl, participant.email, PASSWORD);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Programs' }).count()).resolves.toBe(0);
    await page.goto(`${app.baseUrl}/programs`);
    await expect(page.getByText('You administer no program.').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await page.goto(`${app.baseUrl}/programs/${programId}/cohorts/new`))!.status()).toBe(404);
    expect((await page.goto(`${app.baseUrl}/cohorts/${otherCohortId}/manage`))!.status()).toBe(403);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets an administrator search people and invite someone', async () => {
    const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('search').getByLabel('Search').fill('marqu');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('cell', { name: 'Lena Marquez' }).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Full name').fill('Imani Okafor');
    await page.getByLabel('Email', { exact: true }).fill('imani.okafor@test.iecmhc.example');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Invitation sent.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
    const [mail] = await mailbox.waitFor(1, 'imani.okafor@test.iecmhc.example');
    expect(mail.text).toMatch(/^Hello Imani Okafor,/);
  });
});
