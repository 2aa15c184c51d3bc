import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { countRows, givenLicenses, givenMember, givenUser, PASSWORD, signInAdmin, SignedIn, startMailbox, uniqueEmail } from './support/factories';
import { ROOT } from './support/paths';
import { ADMIN_EMAIL, startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportRosterInput!) {
  importRoster(input: $input) { applied created updated unchanged refused { line reason } rows { line email fullName role action changes notes reason userId enrollmentId } }
}`;
const HEADER = 'E-mail,Full name,Role,Licence type,Licence state,Licence number';

const run = promisify(execFile);

/** What an import may write: a refused or dry run leaves every count as it was. */
async function writtenState(app: TestApp): Promise<Record<string, number>> {
  const tables = ['app_user', 'enrollment', 'license', 'audit_event', 'one_time_token'];
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await countRows(app, table)])));
}

/** A browser's session on the pages, by fetch: signs in through the sign-in form and keeps the cookies. */
async function pageSession(app: TestApp, email: string, password: string) {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      cookies.set(name, value);
    }
    return response;
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const request = async (path: string, init: RequestInit = {}) =>
    keep(await fetch(`${app.baseUrl}${path}`, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: cookie() } }));
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];
  const signInForm = await (await request('/')).text();
  const signedIn = await request('/sign-in', { method: 'POST', body: new URLSearchParams({ _csrf: csrfOf(signInForm), email, password, next: '/home' }) });
  expect(signedIn.status).toBe(303);
  return {
    get: async (path: string) => {
      const response = await request(path);
      return { status: response.status, html: await response.text() };
    },
    post: async (path: string, form: FormData) => {
      const response = await request(path, { method: 'POST', body: form });
      return { status: response.status, html: await response.text() };
    },
    csrfOf,
  };
}

describe('roster import', () => {
  let app: TestApp;
  let admin: SignedIn;
  let coordinator: SignedIn;
  let programId: string;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  const importRoster = (token: string, cohortId: string, csv: string, apply = false) => app.gql(IMPORT, { input: { cohortId, csv, apply } }, token);

  /** A cohort of the coordinator's program. */
  async function newCohort(capacity = 20): Promise<string> {
    const input = { programId, name: 'Roster cohort', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity };
    const { createCohort } = await app.ok(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input }, admin.token);
    return createCohort.id;
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url });
    admin = await signInAdmin(app);
    const { createProgram } = await app.ok(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, { input: { name: 'Roster program' } }, admin.token);
    programId = createProgram.id;
    coordinator = await givenUser(app, admin, { fullName: 'Casey Coordinator' });
    await app.ok(`mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`, { input: { programId, userId: coordinator.id, role: 'COORDINATOR' } }, admin.token);
  });

  afterAll(async () => {
    await app?.stop();
    await mailbox?.stop();
  });

  describe('dry run, then apply', () => {
    let cohortId: string;
    let known: SignedIn;
    const avery = uniqueEmail('avery');
    const imani = uniqueEmail('imani');
    let csv: string;

    beforeAll(async () => {
      cohortId = await newCohort();
      known = await givenUser(app, admin, { fullName: 'Rio Santos' });
      csv = [HEADER, `${avery},Avery Quinn,participant,LCSW,CA,LCSW 12345`, `${imani},Dr. Imani Brooks,faculty,,,`, `${known.email},Rio Santos,Participant,,,`].join('\n');
    });

    it('reports, line by line, what applying would do, and writes nothing', async () => {
      const before = await writtenState(app);
      const { data, errors } = await importRoster(coordinator.token, cohortId, csv);
      expect(errors).toBeUndefined();
      expect(data.importRoster).toMatchObject({ applied: false, created: 2, updated: 1, unchanged: 0, refused: [] });
      expect(data.importRoster.rows).toEqual([
        { line: 2, email: avery, fullName: 'Avery Quinn', role: 'PARTICIPANT', action: 'CREATED', changes: ['new account; an invitation is e-mailed', 'enrolled as participant'], notes: [], reason: null, userId: null, enrollmentId: null },
        { line: 3, email: imani, fullName: 'Dr. Imani Brooks', role: 'FACULTY', action: 'CREATED', changes: ['new account; an invitation is e-mailed', 'enrolled as faculty'], notes: [], reason: null, userId: null, enrollmentId: null },
        { line: 4, email: known.email, fullName: 'Rio Santos', role: 'PARTICIPANT', action: 'UPDATED', changes: ['enrolled as participant'], notes: [], reason: null, userId: known.id, enrollmentId: null },
      ]);
      expect(await writtenState(app)).toEqual(before);
    });

    it('applies in one transaction: accounts with their licences, enrolments, an invitation for each new person, an audit row per record', async () => {
      const { importRoster: result } = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
      expect(result).toMatchObject({ applied: true, created: 2, updated: 1, unchanged: 0, refused: [] });
      const [averyRow, imaniRow, knownRow] = result.rows;
      const { rows: people } = await app.db.query(`SELECT u.email, u.full_name, u.password_hash, l.type, l.state, l.number, l.status FROM app_user u LEFT JOIN license l ON l.user_id = u.id WHERE u.id = ANY($1) ORDER BY u.email`, [[averyRow.userId, imaniRow.userId]]);
      expect(people).toEqual(
        expect.arrayContaining([
          { email: avery, full_name: 'Avery Quinn', password_hash: null, type: 'LCSW', state: 'CA', number: 'LCSW 12345', status: 'ACTIVE' },
          { email: imani, full_name: 'Dr. Imani Brooks', password_hash: null, type: null, state: null, number: null, status: null },
        ]),
      );
      const { rows: enrollments } = await app.db.query(`SELECT id, user_id, role, status FROM enrollment WHERE cohort_id = $1 ORDER BY role, user_id`, [cohortId]);
      expect(enrollments).toHaveLength(3);
      for (const row of [averyRow, imaniRow, knownRow]) expect(enrollments).toContainEqual({ id: row.enrollmentId, user_id: row.userId, role: row.role, status: 'ACTIVE' });

      const ids = result.rows.flatMap((row: { userId: string; enrollmentId: string }) => [row.userId, row.enrollmentId]);
      const { rows: trail } = await app.db.query(`SELECT actor_id, action, entity_id, after FROM audit_event WHERE entity_id = ANY($1) AND actor_id = $2`, [ids, coordinator.id]);
      expect(trail.map(({ action, entity_id }) => [action, entity_id]).sort()).toEqual(
        [['user.invited', averyRow.userId], ['user.invited', imaniRow.userId], ...result.rows.map((row: { enrollmentId: string }) => ['enrollment.created', row.enrollmentId])].sort(),
      );
      expect(trail.every((row) => row.after.source === 'roster-import')).toBe(true);
      expect(JSON.stringify(trail)).not.toContain('@');

      const invitations = await mailbox.waitFor(2, undefined);
      expect(invitations.filter((mail) => [avery, imani].includes(mail.to)).map((mail) => mail.subject)).toEqual(['Your IECMHC Consultant Training account', 'Your IECMHC Consultant Training account']);
      expect(mailbox.received.some((mail) => mail.to === known.email)).toBe(false);
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await writtenState(app);
      const { importRoster: again } = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
      expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3, refused: [] });
      expect(again.rows.every((row: { userId: string; enrollmentId: string }) => row.userId && row.enrollmentId)).toBe(true);
      expect(await writtenState(app)).toEqual(before);
    });
  });

  it("changes an existing account's name and licence on an administrator's import only; a coordinator's keeps them and says so", async () => {
    const cohortId = await newCohort();
    const person = await givenUser(app, admin, { fullName: 'Noor Haddad' });
    await givenLicenses(app, admin, person.id, [{ type: 'LMFT', state: 'CA', number: 'LMFT 1' }]);
    const csv = `${HEADER},Licence status\n${person.email},Noor Haddad-Said,participant,LMFT,CA,LMFT 2,\n`;

    const byCoordinator = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
    expect(byCoordinator.importRoster.rows[0]).toMatchObject({ action: 'UPDATED', changes: ['enrolled as participant'], notes: [expect.stringMatching(/^The name differs/), expect.stringMatching(/^The licence differs/)] });
    const kept = await app.db.query(`SELECT u.full_name, l.number FROM app_user u JOIN license l ON l.user_id = u.id WHERE u.id = $1`, [person.id]);
    expect(kept.rows).toEqual([{ full_name: 'Noor Haddad', number: 'LMFT 1' }]);

    const byAdmin = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, admin.token);
    expect(byAdmin.importRoster.rows[0]).toMatchObject({ action: 'UPDATED', changes: ['name', 'licences'], notes: [] });
    const changed = await app.db.query(`SELECT u.full_name, l.number, l.status FROM app_user u JOIN license l ON l.user_id = u.id WHERE u.id = $1`, [person.id]);
    expect(changed.rows).toEqual([{ full_name: 'Noor Haddad-Said', number: 'LMFT 2', status: 'ACTIVE' }]);
    const { rows: trail } = await app.db.query(`SELECT action, before, after FROM audit_event WHERE entity_id = $1 AND actor_id = $2 ORDER BY action`, [person.id, admin.id]);
    expect(trail.filter((row) => row.after?.source === 'roster-import')).toEqual([
      { action: 'license.set', before: { licenses: [{ type: 'LMFT', state: 'CA', number: 'LMFT 1', status: 'ACTIVE' }] }, after: { licenses: [{ type: 'LMFT', state: 'CA', number: 'LMFT 2', status: 'ACTIVE' }], source: 'roster-import' } },
      { action: 'user.updated', before: { fullName: 'Noor Haddad' }, after: { fullName: 'Noor Haddad-Said', emailChanged: false, source: 'roster-import' } },
    ]);
  });

  describe('bad input', () => {
    let cohortId: string;

    beforeAll(async () => {
      cohortId = await newCohort(3);
      await givenMember(app, admin, cohortId, 'PARTICIPANT');
    });

    const lines = (...rows: string[]) => [HEADER, ...rows].join('\n');

    it('refuses each bad line with its reason; an apply with a refused line writes nothing and says so', async () => {
      const good = uniqueEmail('good');
      const twice = uniqueEmail('twice');
      const csv = lines(
        `${good},Jo Park,participant,,,`,
        'pat.lee@example,Pat Lee,participant,,,',
        `${twice},Rae Fox,faculty,,,`,
        `${twice.toUpperCase()},Rae Fox,facilitator,,,`,
        `${uniqueEmail()},Sam Hill,student,,,`,
        `${uniqueEmail()},Lu Wong,participant,LCSW,Calif,123`,
      );
      const before = await writtenState(app);
      const { importRoster: result } = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
      expect(result).toMatchObject({ applied: false, created: 2 });
      expect(result.refused).toEqual([
        { line: 3, reason: 'e-mail "pat.lee@example" is not a valid address' },
        { line: 5, reason: 'the same person (e-mail) as line 4: a person is listed once' },
        { line: 6, reason: 'role "student" is not participant, faculty or facilitator' },
        { line: 7, reason: 'licence state "Calif" is not the two-letter code of a US state or territory (e.g. CA)' },
      ]);
      expect(await writtenState(app)).toEqual(before);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailbox.received.some((mail) => mail.to === good)).toBe(false);
    });

    it('refuses the participants beyond the seats, in file order; staff take none', async () => {
      const csv = lines(`${uniqueEmail()},Ana Ruiz,participant,,,`, `${uniqueEmail()},Bo Chen,faculty,,,`, `${uniqueEmail()},Cy Diaz,participant,,,`, `${uniqueEmail()},Di Eze,participant,,,`);
      const { importRoster: result } = await app.ok(IMPORT, { input: { cohortId, csv } }, coordinator.token);
      expect(result.rows.map((row: { action: string }) => row.action)).toEqual(['CREATED', 'CREATED', 'CREATED', 'REFUSED']);
      expect(result.refused).toEqual([{ line: 5, reason: 'the cohort is full: 3 seats, 1 taken before this file and the rest by the lines above' }]);
    });

    it('reads a byte order mark and Windows line endings', async () => {
      const csv = `\ufeff${HEADER}\r\n${uniqueEmail()},"Ruiz, Ana",participant,,,\r\n\r\n${uniqueEmail()},Bo Chen,faculty,,,\r\n`;
      const { importRoster: result } = await app.ok(IMPORT, { input: { cohortId, csv } }, coordinator.token);
      expect(result.rows.map(({ line, fullName, action }: { line: number; fullName: string; action: string }) => [line, fullName, action])).toEqual([
        [2, 'Ruiz, Ana', 'CREATED'],
        [4, 'Bo Chen', 'CREATED'],
      ]);
    });

    it('stores a name that looks like a spreadsheet formula as typed (exports neutralise it), once', async () => {
      const email = uniqueEmail('formula');
      const csv = lines(`${email},"=HYPERLINK(""http://x"",""y"")",faculty,,,`);
      await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
      const { rows } = await app.db.query('SELECT full_name FROM app_user WHERE email = $1', [email]);
      expect(rows).toEqual([{ full_name: '=HYPERLINK("http://x","y")' }]);
      const { importRoster: again } = await app.ok(IMPORT, { input: { cohortId, csv, apply: true } }, coordinator.token);
      expect(again.unchanged).toBe(1);
    });

    it.each([
      ['a missing column, named', 'email,full name\nrae.fox@example.org,Rae Fox\n', 'csv: has no "role" column; the header needs e-mail, full name and role'],
      ['10 MB of text, by its size', `${HEADER}\n`.padEnd(10 * 1024 * 1024, 'x,'), 'csv: is 10 MB; a roster may be at most 2 MB (5,000 people): split it into smaller files'],
    ])('refuses the whole file for %s, writing nothing', async (_case, csv, message) => {
      const before = await writtenState(app);
      const { errors } = await importRoster(coordinator.token, cohortId, csv, true);
      expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT', fields: ['csv'] } })]);
      expect(await writtenState(app)).toEqual(before);
    });
  });

  describe("the cohort's upload page", () => {
    let cohortId: string;
    let page: Awaited<ReturnType<typeof pageSession>>;
    const newcomer = uniqueEmail('upload');
    const csv = `${HEADER}\n${newcomer},Kai Lee,participant,ASW,CA,ASW 777\n`;

    const form = (html: string, file: Blob | null, apply: 'true' | 'false', csrf = page.csrfOf(html)) => {
      const body = new FormData();
      if (csrf) body.append('_csrf', csrf);
      body.append('apply', apply);
      if (file) body.append('roster', file, 'roster.csv');
      return body;
    };

    beforeAll(async () => {
      cohortId = await newCohort();
      page = await pageSession(app, coordinator.email, PASSWORD);
    });

    it('is linked from the cohort and offers the file field, Check and Import', async () => {
      expect((await page.get(`/cohorts/${cohortId}/manage`)).html).toContain(`href="/cohorts/${cohortId}/roster-import">Import a roster</a>`);
      const { status, html } = await page.get(`/cohorts/${cohortId}/roster-import`);
      expect(status).toBe(200);
      expect(html).toMatch(/<label for="field-roster">Roster file \(CSV\)<\/label><input id="field-roster" type="file" name="roster"/);
      expect(html).toContain('enctype="multipart/form-data"');
      expect(html).toMatch(/<button type="submit" name="apply" value="false"[^>]*>Check<\/button>/);
      expect(html).toMatch(/<button type="submit" name="apply" value="true"[^>]*>Import<\/button>/);
    });

    it('checks an uploaded file line by line, writing nothing, then imports it', async () => {
      const before = await writtenState(app);
      const { html: blank } = await page.get(`/cohorts/${cohortId}/roster-import`);
      const checked = await page.post(`/cohorts/${cohortId}/roster-import`, form(blank, new Blob([csv], { type: 'text/csv' }), 'false'));
      expect(checked.status).toBe(200);
      expect(checked.html).toContain('Checked; nothing was changed. 1 new, 0 to update, 0 unchanged, 0 refused.');
      expect(checked.html).toContain(`<td>2</td><td class="break">${newcomer}</td><td class="break">Kai Lee</td><td>Participant</td><td>New person</td>`);
      expect(await writtenState(app)).toEqual(before);

      const imported = await page.post(`/cohorts/${cohortId}/roster-import`, form(checked.html, new Blob([csv]), 'true'));
      expect(imported.status).toBe(200);
      expect(imported.html).toContain('Imported: 1 new, 0 updated, 0 unchanged.');
      const { rows } = await app.db.query(`SELECT e.role, l.status FROM enrollment e JOIN app_user u ON u.id = e.user_id JOIN license l ON l.user_id = u.id WHERE u.email = $1 AND e.cohort_id = $2`, [newcomer, cohortId]);
      expect(rows).toEqual([{ role: 'PARTICIPANT', status: 'ACTIVE' }]);
    });

    it('says why beside the field when the file is refused: a missing column, a file too large, none at all', async () => {
      const { html } = await page.get(`/cohorts/${cohortId}/roster-import`);
      const described = (answer: string) => /aria-invalid="true" aria-describedby="field-roster-error"\/?><p class="error" id="field-roster-error">([^<]+)<\/p>/.exec(answer)?.[1];
      const missing = await page.post(`/cohorts/${cohortId}/roster-import`, form(html, new Blob(['email,role\nx@example.org,faculty\n']), 'false'));
      expect(missing.status).toBe(400);
      expect(described(missing.html)).toMatch(/^Roster file \(CSV\) has no &quot;full name&quot; column/);
      const huge = await page.post(`/cohorts/${cohortId}/roster-import`, form(html, new Blob([`${HEADER}\n`.padEnd(10 * 1024 * 1024, 'x')]), 'true'));
      expect(huge.status).toBe(413);
      expect(described(huge.html)).toBe('The file is larger than 2 MB, the most a roster may be: split it into smaller files.');
      const none = await page.post(`/cohorts/${cohortId}/roster-import`, form(html, null, 'false'));
      expect(described(none.html)).toBe('Choose a CSV file to check or import.');
    });

    it('refuses a post without the form token, and anyone who does not administer the cohort', async () => {
      const { html } = await page.get(`/cohorts/${cohortId}/roster-import`);
      const forged = await page.post(`/cohorts/${cohortId}/roster-import`, form(html, new Blob([csv]), 'true', ''));
      expect(forged.status).toBe(403);
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const theirs = await pageSession(app, participant.email, PASSWORD);
      expect((await theirs.get(`/cohorts/${cohortId}/roster-import`)).status).toBe(403);
      const stranger = await pageSession(app, (await givenUser(app, admin)).email, PASSWORD);
      expect((await stranger.get(`/cohorts/${cohortId}/roster-import`)).status).toBe(404);
    });
  });

  describe('the command line (npm run cli -- import-roster)', () => {
    let cohortId: string;
    let dir: string;
    const newcomer = uniqueEmail('cli');

    /** Runs the built command as its own process, on the suite's database, and answers its exit code and output. */
    async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      const done = run(process.execPath, [join(ROOT, 'dist/src/cli/cli.js'), 'import-roster', ...args], { cwd: ROOT, env: app.env as NodeJS.ProcessEnv, timeout: 60_000 });
      return done.then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    }

    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };

    beforeAll(async () => {
      cohortId = await newCohort();
      dir = mkdtempSync(join(tmpdir(), 'roster-cli-'));
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('checks, then with --apply imports, as the administrator it names; the report on stdout, exit code 0', async () => {
      const roster = file('roster.csv', `${HEADER}\r\n${newcomer},Lena Marquez,participant,LPCC,CA,LPCC 42\r\n`);
      const before = await writtenState(app);
      const checked = await cli('--cohort', cohortId, '--as', ADMIN_EMAIL, roster);
      expect(checked).toMatchObject({ code: 0, stdout: `line 2\tCREATED\t${newcomer}\tnew account; an invitation is e-mailed; enrolled as participant\nChecked roster.csv, nothing was changed: created 1, updated 0, unchanged 0, refused 0. Run again with --apply to import it.\n` });
      expect(await writtenState(app)).toEqual(before);

      const applied = await cli('--cohort', cohortId, '--as', ADMIN_EMAIL, '--apply', roster);
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain('Imported roster.csv: created 1, updated 0, unchanged 0, refused 0.');
      const { rows } = await app.db.query(`SELECT a.actor_id FROM audit_event a JOIN enrollment e ON e.id = a.entity_id JOIN app_user u ON u.id = e.user_id WHERE u.email = $1 AND e.cohort_id = $2`, [newcomer, cohortId]);
      expect(rows).toEqual([{ actor_id: admin.id }]);
    });

    it('exits 1 with the refusals when a line is refused, writing nothing', async () => {
      const roster = file('refused.csv', `${HEADER}\n${uniqueEmail()},Omar Said,participant,,,\nnot-an-address,Pat Lee,participant,,,\n`);
      const before = await writtenState(app);
      const refused = await cli('--apply', '--cohort', cohortId, '--as', coordinator.email, roster);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('line 3\tREFUSED\t\te-mail "not-an-address" is not a valid address');
      expect(refused.stdout).toContain('Nothing was imported from refused.csv: 1 line(s) refused');
      expect(await writtenState(app)).toEqual(before);
    });

    it('exits 1 naming what is wrong: the arguments, the acting account', async () => {
      const roster = file('ok.csv', `${HEADER}\n${uniqueEmail()},Omar Said,participant,,,\n`);
      const noCohort = await cli('--as', ADMIN_EMAIL, roster);
      expect(noCohort).toMatchObject({ code: 1, stdout: '' });
      expect(noCohort.stderr).toContain('--cohort must be the id (a UUID) of a cohort\nUsage: npm run cli -- import-roster');
      const unknown = await cli('--cohort', cohortId, '--as', 'nobody@example.org', roster);
      expect(unknown).toMatchObject({ code: 1, stdout: '' });
      expect(unknown.stderr).toContain('--as: no active account has the address nobody@example.org');
    });
  });
});
