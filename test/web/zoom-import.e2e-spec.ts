import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { countRows, givenCohort, givenMember, givenSession, PASSWORD, PAST, signInAdmin, SignedIn } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { PHONE, screenshot, scrollsSideways, seriousViolations, signedInPage } from '../support/web-pages';

const HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

describe('proposing attendance from a Zoom report on the attendance page', () => {
  let app: TestApp;
  let browser: Browser;
  let faculty: SignedIn;
  let lena: SignedIn;
  let noor: SignedIn;
  let sams: string[];
  let seminarId: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    const admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin, { timeZone: 'America/Los_Angeles' });
    faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Amara Osei' });
    lena = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Lena Marquez' });
    noor = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Noor Haddad' });
    sams = [(await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Sam Lee' })).id, (await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Sam Lee' })).id];
    // 10:00 to 12:30 on Tue, 10 March 2026 in Los Angeles.
    seminarId = await givenSession(app, admin.token, cohortId, { title: 'Faculty seminar', startsAt: PAST, durationMinutes: 150 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const seminarReport = () =>
    [
      HEADER,
      `Dr. Amara Osei,${faculty.email},03/10/2026 09:45:10 AM,03/10/2026 12:41:00 PM,175,No`,
      `Lena M (Lena Marquez),${lena.email},03/10/2026 09:58:02 AM,03/10/2026 10:47:30 AM,49,No`,
      `Lena M (Lena Marquez),${lena.email},03/10/2026 10:52:00 AM,03/10/2026 12:36:00 PM,104,No`,
      'Noor Haddad,,03/10/2026 10:03:00 AM,03/10/2026 12:30:00 PM,147,Yes',
      'Sam Lee,,03/10/2026 10:00:00 AM,03/10/2026 12:30:00 PM,150,Yes',
    ].join('\r\n');

  async function proposeFrom(page: Page, name: string, text: string | Buffer): Promise<void> {
    await page.getByLabel('Zoom participant report (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
    await page.getByRole('button', { name: 'Propose from Zoom' }).click();
  }

  const recorded = async () =>
    (await app.db.query('SELECT user_id, status, minutes_attended FROM attendance WHERE session_id = $1 ORDER BY minutes_attended', [seminarId])).rows;

  it('fills the sheet in from the report, leaves the ambiguous name to staff, and saves once', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    await page.goto(`${app.baseUrl}/attendance/${seminarId}`);
    expect(await seriousViolations(page)).toEqual([]);
    await proposeFrom(page, 'participants_81234567890.csv', seminarReport());

    await expect(page.getByRole('status').innerText()).resolves.toBe(
      'Proposed from the Zoom report: 2 people filled in, 2 rows left for you. Check the sheet, then save attendance.',
    );
    await expect(page.getByLabel('Status for Lena Marquez').inputValue()).resolves.toBe('PRESENT');
    await expect(page.getByLabel('Minutes for Lena Marquez').inputValue()).resolves.toBe('145');
    await expect(page.getByLabel('Status for Noor Haddad').inputValue()).resolves.toBe('PRESENT');
    await expect(page.getByLabel('Minutes for Noor Haddad').inputValue()).resolves.toBe('147');
    const samStatus = page.getByLabel('Status for Sam Lee');
    await expect(samStatus.evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value))).resolves.toEqual(['', '']);
    const sheetRow = (name: string) => page.getByRole('row').filter({ has: page.getByLabel(`Status for ${name}`) });
    await expect(sheetRow('Lena Marquez').innerText()).resolves.toContain('Zoom, by e-mail: 145 min (lines 3, 4)');
    await expect(sheetRow('Noor Haddad').innerText()).resolves.toContain('Zoom, by name: 147 min (lines 5)');
    await expect(sheetRow('Sam Lee').first().innerText()).resolves.toMatch(/perhaps “Sam Lee” \(lines 6, 150 min\), not filled in: choose\. This is person\.\w+@test\.iecmhc\.example/);
    const unresolved = page.getByRole('region', { name: 'Zoom rows not filled in' });
    await expect(unresolved.getByRole('row', { name: /Dr\. Amara Osei/ }).innerText()).resolves.toContain('no one expected at this session has this e-mail address or name');
    await expect(unresolved.getByRole('row', { name: /Sam Lee/ }).innerText()).resolves.toMatch(/Perhaps: Sam Lee \(person\.\w+@test\.iecmhc\.example\), Sam Lee \(person\.\w+@test\.iecmhc\.example\)/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'zoom-proposal-desktop');
    expect(await recorded()).toEqual([]);

    // Staff choose which Sam Lee attended, then save.
    await samStatus.first().selectOption('PRESENT');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Attendance saved.');
    const saved = await recorded();
    expect(saved.map((row: { user_id: string }) => row.user_id).slice(0, 2)).toEqual([lena.id, noor.id]);
    expect(saved.map(({ status, minutes_attended }: { status: string; minutes_attended: number }) => [status, minutes_attended])).toEqual([
      ['PRESENT', 145],
      ['PRESENT', 147],
      ['PRESENT', 150],
    ]);
    expect(sams).toContain(saved[2].user_id);

    // The same report confirmed again changes nothing and writes no second audit row.
    const audits = await countRows(app, 'audit_event', "action = 'attendance.recorded'");
    await proposeFrom(page, 'participants_81234567890.csv', seminarReport());
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Attendance saved.');
    expect(await recorded()).toEqual(saved);
    expect(await countRows(app, 'audit_event', "action = 'attendance.recorded'")).toBe(audits);
  });

  it('says beside the upload why a report is refused, on a phone too', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD, PHONE);
    await page.goto(`${app.baseUrl}/attendance/${seminarId}`);
    const upload = page.getByLabel('Zoom participant report (CSV)');

    await proposeFrom(page, 'last-week.csv', [HEADER, 'Noor Haddad,,03/03/2026 10:00 AM,03/03/2026 12:30 PM,150,Yes'].join('\n'));
    await expect(page.locator('#field-report-error').innerText()).resolves.toBe('this report is of a meeting on Tue, Mar 3, 2026, the session is on Tue, Mar 10, 2026');
    await expect(upload.getAttribute('aria-describedby')).resolves.toContain('field-report-error');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'zoom-refused-phone');

    await proposeFrom(page, 'roster.csv', 'email,full name\nnoor@example.org,Noor Haddad\n');
    await expect(page.locator('#field-report-error').innerText()).resolves.toMatch(/no “Name \(Original Name\)” column/);

    await proposeFrom(page, 'huge.csv', Buffer.alloc(10_000_000, 'a'));
    await expect(page.locator('#field-report-error').innerText()).resolves.toBe('The file is larger than 1 MB; a Zoom participant report is far smaller. Is it the right file?');

    await proposeFrom(page, 'report.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0xc3]));
    await expect(page.locator('#field-report-error').innerText()).resolves.toBe('The file is not CSV text (UTF-8); export the report from Zoom as CSV');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses an upload posted without the form’s token', async () => {
    const page = await signedInPage(browser, app.baseUrl, faculty.email, PASSWORD);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'iecmhc_session')!;
    const form = new FormData();
    form.append('report', new Blob([seminarReport()], { type: 'text/csv' }), 'report.csv');
    const response = await fetch(`${app.baseUrl}/attendance/${seminarId}/zoom`, { method: 'POST', headers: { cookie: `iecmhc_session=${cookie.value}` }, body: form });
    expect(response.status).toBe(403);
  });
});
