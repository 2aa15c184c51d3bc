import { randomBytes } from 'node:crypto';
import {
  GRADE,
  givenAssignment,
  givenCohort,
  givenCommunity,
  givenMember,
  givenModule,
  givenSession,
  givenSubmitted,
  givenUser,
  PASSWORD,
  PAST,
  recordSessionAttendance,
  signInAdmin,
  SignedIn,
} from '../support/factories';
import { LtiPlatformSimulator } from '../support/lti-platform-simulator';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id } }`;
const CSRF_REFUSAL = 'This form has expired. Reload the page and try again.';
const HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

/** A person signed in to the pages over HTTP, as a browser is: the session cookie, and the forms' token. */
interface PageSession {
  cookie: string;
  csrf: string;
}

/** What the person sees: the status and the page's text. */
interface Seen {
  status: number;
  body: string;
}

/** Signs in through the sign-in form (double-submit form token), then reads the session's form token from the home page. */
async function pageSession(app: TestApp, email: string, password = PASSWORD): Promise<PageSession> {
  const formToken = randomBytes(12).toString('hex');
  const signIn = await fetch(`${app.baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `iecmhc_form=${formToken}` },
    body: new URLSearchParams({ _csrf: formToken, email, password, next: '/home' }).toString(),
  });
  const session = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith('iecmhc_session='));
  if (!session) throw new Error(`No session cookie after signing in as ${email} (${signIn.status})`);
  const cookie = session.split(';')[0];
  const home = await fetch(`${app.baseUrl}/home`, { headers: { cookie }, redirect: 'manual' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())?.[1];
  if (home.status !== 200 || !csrf) throw new Error(`No form token on the home page (${home.status})`);
  return { cookie, csrf };
}

async function seen(response: Response): Promise<Seen> {
  return { status: response.status, body: await response.text() };
}

const getPage = async (app: TestApp, who: PageSession, path: string): Promise<Seen> =>
  seen(await fetch(`${app.baseUrl}${path}`, { headers: { cookie: who.cookie }, redirect: 'manual' }));

const postForm = async (app: TestApp, who: PageSession, path: string, fields: Record<string, string> = {}): Promise<Seen> =>
  seen(
    await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.cookie },
      body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
    }),
  );

/** The Zoom report posted as the attendance page's upload form posts it: multipart, with the form's token. */
async function postZoomReport(app: TestApp, who: PageSession, sessionId: string, report: string): Promise<Seen> {
  const form = new FormData();
  form.append('_csrf', who.csrf);
  form.append('report', new Blob([report], { type: 'text/csv' }), 'participants_81234567890.csv');
  return seen(await fetch(`${app.baseUrl}/attendance/${sessionId}/zoom`, { method: 'POST', redirect: 'manual', headers: { cookie: who.cookie }, body: form }));
}

/** A refusal the person can read: 403 or 404 (never the page, nor a failure), not mistaken for an expired form. */
function expectRefused(result: Seen, status: 403 | 404): void {
  expect([403, 404]).toContain(result.status);
  expect(result.status).toBe(status);
  expect(result.body).toContain('role="alert"');
  expect(result.body).not.toContain(CSRF_REFUSAL);
}

describe('server-rendered pages refuse the wrong people', () => {
  let app: TestApp;
  let simulator: LtiPlatformSimulator;
  let admin: SignedIn;
  let cohortId: string;
  let circleId: string;
  let contextLinkId: string;
  let scorePostId: string;
  let people: {
    facilitator: SignedIn;
    otherFacilitator: SignedIn;
    faculty: SignedIn;
    ana: SignedIn;
    cleo: SignedIn;
    otherFaculty: SignedIn;
    stranger: SignedIn;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin, { timeZone: 'America/Chicago' }));
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Imogen Vale' });
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Rafael Quennell' });
    const otherFacilitator = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Saoirse Tamblyn' });
    const ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Pelletreau' });
    const cleo = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Cleo Marchbanks' });
    const willowbrook = await givenCommunity(app, admin, cohortId, [facilitator.id], [ana.id], 'Willowbrook');
    await givenCommunity(app, admin, cohortId, [otherFacilitator.id], [cleo.id], 'Ferncliff');
    // 18:00 to 19:30 UTC on Tue, 10 March 2026: 12:00 in Chicago.
    circleId = await givenSession(app, admin.token, cohortId, {
      kind: 'COMMUNITY_OF_PRACTICE', title: 'Willowbrook circle', communityId: willowbrook, startsAt: PAST, durationMinutes: 90, ceEligible: false,
    });
    await recordSessionAttendance(app, facilitator.token, circleId, [{ userId: ana.id, status: 'ABSENT' }]);

    const elsewhere = await givenCohort(app, admin);
    const otherFaculty = await givenMember(app, admin, elsewhere.cohortId, 'FACULTY', { fullName: 'Dr. Tobias Wrenfield' });
    const stranger = await givenUser(app, admin, { fullName: 'Perpetua Lindgren' });
    people = { facilitator, otherFacilitator, faculty, ana, cleo, otherFaculty, stranger };

    // The cohort's linked course, whose roster the simulated platform would serve, and a failed grade post to retry.
    simulator = await LtiPlatformSimulator.start({ toolBaseUrl: app.baseUrl });
    const { registerLtiPlatform } = await app.ok(REGISTER, { input: simulator.registration() }, admin.token);
    const { linkLtiContext } = await app.ok(LINK, { input: { platformId: registerLtiPlatform.id, contextId: simulator.contextId, cohortId } }, admin.token);
    contextLinkId = linkLtiContext.id;
    await app.db.query('UPDATE lti_context_link SET memberships_url = $2 WHERE id = $1', [contextLinkId, `${simulator.baseUrl}/api/lti/courses/1/names_and_roles`]);
    const moduleId = await givenModule(app, faculty.token, cohortId);
    const assignmentId = await givenAssignment(app, faculty, moduleId, { dueAt: '2026-12-01T12:00:00Z' });
    const submitted = await givenSubmitted(app, ana, assignmentId);
    await app.ok(GRADE, { input: { submissionId: submitted.id, outcome: 'SATISFACTORY', feedback: 'Thoughtful.', version: submitted.version } }, faculty.token);
    const { rows: grades } = await app.db.query('SELECT id FROM journal_grade WHERE submission_id = $1', [submitted.id]);
    const { rows: lineItems } = await app.db.query(
      'INSERT INTO lti_line_item (context_link_id, journal_assignment_id, url) VALUES ($1, $2, $3) RETURNING id',
      [contextLinkId, assignmentId, `${simulator.baseUrl}/api/lti/courses/1/line_items/willowbrook-journal`],
    );
    const { rows: posts } = await app.db.query(
      `INSERT INTO lti_score_post (grade_id, line_item_id, platform_user_id, status, attempts, last_error)
       VALUES ($1, $2, 'canvas-user-ana', 'FAILED', 3, 'The gradebook answered 500') RETURNING id`,
      [grades[0].id, lineItems[0].id],
    );
    scorePostId = posts[0].id;
  });

  afterAll(async () => {
    await simulator?.close();
    await app?.stop();
  });

  describe('the Zoom report upload on the attendance page', () => {
    const report = () =>
      [HEADER, `Ana Pelletreau,${people.ana.email},03/10/2026 12:00:00 PM,03/10/2026 01:30:00 PM,90,No`, 'Cleo Marchbanks,,03/10/2026 12:00:00 PM,03/10/2026 01:30:00 PM,90,Yes'].join('\r\n');
    const attendanceRows = async () => (await app.db.query('SELECT * FROM attendance ORDER BY id')).rows;

    it('fills the sheet in for the community’s own facilitator (the form posted here is the page’s)', async () => {
      const result = await postZoomReport(app, await pageSession(app, people.facilitator.email), circleId, report());
      expect(result.status).toBe(200);
      expect(result.body).toContain('Proposed from the Zoom report');
    });

    it.each([
      ['a participant of the community', 'ana', 403],
      ['the facilitator of another community of the cohort', 'otherFacilitator', 403],
      ['faculty of another cohort', 'otherFaculty', 404],
    ] as const)('refuses %s and changes no attendance', async (_who, person, status) => {
      const before = await attendanceRows();
      expect(before).toEqual([expect.objectContaining({ session_id: circleId, user_id: people.ana.id, status: 'ABSENT' })]);
      const result = await postZoomReport(app, await pageSession(app, people[person].email), circleId, report());
      expectRefused(result, status);
      expect(result.body).not.toContain('Proposed from the Zoom report');
      expect(result.body).not.toContain('Cleo Marchbanks');
      expect(await attendanceRows()).toEqual(before);
    });
  });

  describe('the cohort’s learning-platform page', () => {
    const lmsPath = () => `/cohorts/${cohortId}/lms`;
    const syncedAudits = async () => Number((await app.db.query("SELECT count(*) FROM audit_event WHERE action = 'lti_roster.synced'")).rows[0].count);
    const enrollments = async () => (await app.db.query('SELECT user_id, role, status FROM enrollment WHERE cohort_id = $1 ORDER BY user_id, role', [cohortId])).rows;

    it('opens for an administrator', async () => {
      const result = await getPage(app, await pageSession(app, ADMIN_EMAIL, ADMIN_PASSWORD), lmsPath());
      expect(result.status).toBe(200);
      expect(result.body).toContain(simulator.contextId);
    });

    it('refuses a participant of the cohort with 403', async () => {
      const result = await getPage(app, await pageSession(app, people.ana.email), lmsPath());
      expectRefused(result, 403);
      expect(result.body).not.toContain(simulator.contextId);
    });

    it('answers 404 to a person with no relationship to the cohort', async () => {
      const result = await getPage(app, await pageSession(app, people.stranger.email), lmsPath());
      expectRefused(result, 404);
      expect(result.body).not.toContain(simulator.contextId);
    });

    it('refuses a participant’s roster sync, with a valid form token, and syncs nothing', async () => {
      const [auditsBefore, enrolledBefore] = [await syncedAudits(), await enrollments()];
      const result = await postForm(app, await pageSession(app, people.ana.email), `${lmsPath()}/${contextLinkId}/sync`);
      expectRefused(result, 403);
      expect(await syncedAudits()).toBe(auditsBefore);
      expect(await enrollments()).toEqual(enrolledBefore);
      const { rows } = await app.db.query('SELECT last_synced_at FROM lti_context_link WHERE id = $1', [contextLinkId]);
      expect(rows[0].last_synced_at).toBeNull();
    });

    it('refuses a participant’s retry of a failed grade post, with a valid form token, and queues nothing', async () => {
      const result = await postForm(app, await pageSession(app, people.ana.email), `${lmsPath()}/score-posts/${scorePostId}/retry`);
      expectRefused(result, 403);
      const { rows } = await app.db.query('SELECT status, attempts FROM lti_score_post WHERE id = $1', [scorePostId]);
      expect(rows).toEqual([{ status: 'FAILED', attempts: 3 }]);
      expect(Number((await app.db.query("SELECT count(*) FROM audit_event WHERE action = 'lti_score_post.retried'")).rows[0].count)).toBe(0);
    });
  });

  describe('the deep-linking choice', () => {
    let launchId: string;

    beforeAll(async () => {
      // As an instructor's deep-linking launch from the course leaves it (see LtiDeepLinks): theirs for an hour.
      const { rows } = await app.db.query(
        `INSERT INTO lti_launch (state_hash, browser_hash, nonce, platform_id, expires_at, launched_at, user_id, deep_link)
         SELECT $1, $2, $3, platform_id, now() + interval '5 minutes', now(), $4, $5 FROM lti_context_link WHERE id = $6 RETURNING id`,
        [
          randomBytes(16).toString('hex'), randomBytes(16).toString('hex'), randomBytes(8).toString('hex'), people.faculty.id,
          JSON.stringify({ returnUrl: `${simulator.baseUrl}/deep-link-return`, data: null, deploymentId: simulator.deploymentId, contextLinkId }),
          contextLinkId,
        ],
      );
      launchId = rows[0].id;
    });

    it('is shown to the instructor who launched', async () => {
      const result = await getPage(app, await pageSession(app, people.faculty.email), `/lti/deep-links/${launchId}`);
      expect(result.status).toBe(200);
      expect(result.body).toContain('Entering the consultative stance');
    });

    it.each([
      ['faculty of the same cohort', 'colleague'],
      ['an administrator', 'admin'],
    ] as const)('answers 404 to another signed-in person (%s)', async (_who, person) => {
      const other = person === 'admin' ? await pageSession(app, ADMIN_EMAIL, ADMIN_PASSWORD) : await pageSession(app, (await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Odile Fairbairn' })).email);
      const result = await getPage(app, other, `/lti/deep-links/${launchId}`);
      expectRefused(result, 404);
      expect(result.body).not.toContain('Entering the consultative stance');
      const { rows } = await app.db.query('SELECT deep_linked_at FROM lti_launch WHERE id = $1', [launchId]);
      expect(rows[0].deep_linked_at).toBeNull();
    });
  });
});
