import { randomUUID } from 'node:crypto';
import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { enrollmentIdOf, givenCohort, givenMember, givenUser, GivenCohort, PASSWORD, signInAdmin, SignedIn, WITHDRAW } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;

describe('the audit trail in the web app', () => {
  let app: TestApp;
  let browser: Browser;
  let cohort: GivenCohort;
  let coordinator: SignedIn;
  let otherCoordinator: SignedIn;
  let participant: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    cohort = await givenCohort(app, admin, { timeZone: 'America/Chicago' });
    const elsewhere = await givenCohort(app, admin);
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    otherCoordinator = await givenUser(app, admin, { fullName: 'Robin Elsewhere' });
    await app.ok(GRANT, { input: { programId: cohort.programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
    await app.ok(GRANT, { input: { programId: elsewhere.programId, userId: otherCoordinator.id, role: 'COORDINATOR' } }, admin.token);
    participant = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    const enrollmentId = await enrollmentIdOf(app, cohort.cohortId, participant.id);
    await app.ok(WITHDRAW, { input: { enrollmentId, effectiveOn: '2026-11-20', reason: 'Moved out of state' } }, coordinator.token);
    // What no real event holds, to show the page prints any value as text and wraps it on a phone.
    const hostile = { label: '<img src=x onerror="document.title=1">', rules: Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`sessionKind${n}`, 'REFLECTIVE_SUPERVISION'])) };
    await app.db.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, cohort_id, after) VALUES ('2026-11-23T18:30:00Z', $1, 'completion_requirement.set', 'completion_requirement', $2, $3, $4)`,
      [coordinator.id, randomUUID(), cohort.cohortId, hostile],
    );
    // More than a page of attendance events, for the next page.
    await app.db.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, cohort_id, before, after)
       SELECT timestamptz '2026-10-01T15:00:00Z' + make_interval(mins => n), $1, 'attendance.recorded', 'attendance', gen_random_uuid(), $2, NULL, '{"status":"PRESENT","minutesAttended":150}'
         FROM generate_series(1, 55) AS n`,
      [coordinator.id, cohort.cohortId],
    );
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets an admin filter the whole trail by action, on a phone', async () => {
    const page = await signedInPage(browser, app.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD, PHONE);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Audit trail');
    await page.getByLabel('Action', { exact: true }).fill('enrollment.withdrawn');
    await page.getByRole('button', { name: 'Filter' }).click();
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('Casey Coordinator');
    expect(row).toContain('enrollment.withdrawn');
    expect(row).toMatch(/status: ACTIVE → WITHDRAWN/);
    // On the cohort's clock, its zone named.
    expect(row).toMatch(/C[SD]T/);
    await expect(page.getByLabel('Action', { exact: true }).inputValue()).resolves.toBe('enrollment.withdrawn');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'audit-trail-admin-phone');

    await page.getByLabel('Action', { exact: true }).fill('enrollment.');
    await page.getByRole('button', { name: 'Filter' }).click();
    const actions = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(actions.length).toBeGreaterThan(1);
    expect(actions.every((action) => action.startsWith('enrollment.'))).toBe(true);

    await page.getByLabel('Who', { exact: true }).fill(coordinator.email.toUpperCase());
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.locator('tbody tr td:nth-child(3)').allInnerTexts()).resolves.toEqual(['enrollment.withdrawn']);
  });

  it("shows a cohort's trail to its coordinator: values as text, wrapped, a page at a time", async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/cohorts/${cohort.cohortId}/manage`);
    await page.getByRole('navigation', { name: 'More for this cohort' }).getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Audit trail: Test cohort');
    await expect(page.getByText('Times, and the days From and To, are in America/Chicago.').count()).resolves.toBe(1);
    const hostileRow = page.locator('tbody tr', { hasText: 'completion_requirement.set' });
    await expect(hostileRow.innerText()).resolves.toContain('label: <img src=x onerror="document.title=1">');
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'audit-trail-cohort-phone');

    // Days on the cohort's clock: the 55 attendance events fall on October 1 in Chicago.
    await page.getByLabel('Action', { exact: true }).fill('attendance.recorded');
    await page.getByLabel('From', { exact: true }).fill('2026-10-01');
    await page.getByLabel('To', { exact: true }).fill('2026-10-01');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.locator('tbody tr').count()).resolves.toBe(50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page.locator('tbody tr').count()).resolves.toBe(5);
    await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Action', { exact: true }).inputValue()).resolves.toBe('attendance.recorded');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2026-10-01');
    await page.getByLabel('From', { exact: true }).fill('2026-10-02');
    await page.getByLabel('To', { exact: true }).fill('2026-10-02');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('No events match.');
    await page.getByLabel('From', { exact: true }).fill('2026-10-01');
    await page.getByLabel('To', { exact: true }).fill('2026-10-01');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('link', { name: 'Next page' }).click();
    // The earliest of them: 15:01 UTC on October 1 is 10:01 in Chicago (CDT).
    await expect(page.locator('tbody tr').last().innerText()).resolves.toMatch(/Oct 1, 2026, 10:01 AM CDT/);
  });

  it('says beside the field what is wrong with a filter, keeping what was typed', async () => {
    const page = await signedInPage(browser, app.baseUrl, coordinator.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/cohorts/${cohort.cohortId}/audit`);
    await page.getByLabel('Who', { exact: true }).fill(participant.email);
    await page.getByLabel('From', { exact: true }).fill('2026-11-20');
    await page.getByLabel('To', { exact: true }).fill('2026-11-10');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByLabel('To', { exact: true }).getAttribute('aria-describedby')).resolves.toBe('field-to-error');
    await expect(page.locator('#field-to-error').innerText()).resolves.toBe('must not be before from');
    await expect(page.getByLabel('Who', { exact: true }).inputValue()).resolves.toBe(participant.email);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("keeps another program's coordinator and the cohort's participants out", async () => {
    const other = await signedInPage(browser, app.baseUrl, otherCoordinator.email, PASSWORD);
    expect((await other.goto(`${app.baseUrl}/cohorts/${cohort.cohortId}/audit`))!.status()).toBe(404);
    const member = await signedInPage(browser, app.baseUrl, participant.email, PASSWORD);
    expect((await member.goto(`${app.baseUrl}/cohorts/${cohort.cohortId}/audit`))!.status()).toBe(403);
    expect((await member.goto(`${app.baseUrl}/audit`))!.status()).toBe(403);
    await expect(member.getByRole('link', { name: 'Audit trail' }).count()).resolves.toBe(0);
  });
});
