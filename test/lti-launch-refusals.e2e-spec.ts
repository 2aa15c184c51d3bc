/*
 * LTI 1.3 login initiation and launch, through HTTP as a platform and a browser drive them.
 *
 * Refused launches (each an HTML page with the reason and a 4xx status, no session cookie, nothing written):
 *   - tampered signature (signed with a key the platform does not publish)
 *   - altered payload (signed, then the roles changed)
 *   - replayed (the same id_token and state posted again, from the same browser or another; or twice at once)
 *   - expired id_token
 *   - wrong issuer
 *   - wrong audience
 *   - azp not the client id when aud is an array (or aud an array without azp)
 *   - wrong deployment
 *   - state mismatch: the browser's state cookie missing, or replaced
 *   - state mismatch: an id_token of one login posted with another login's state
 *   - nonce mismatch
 *   - unknown state
 *   - no id_token and state
 *   - unsupported message type
 *   - wrong LTI version
 *   - missing sub
 *   - a course not linked to a cohort (409, names the course)
 *   - a learner, or a teaching assistant, asking for deep linking (403)
 */
import { randomBytes } from 'node:crypto';
import { givenCohort, givenUser, signInAdmin, SignedIn, withdrawRequest } from './support/factories';
import { LaunchForm, LtiLaunchClient, ToolResponse } from './support/lti-launch-client';
import { LaunchOptions, LTI_ROLES, LtiPlatformSimulator, PlatformUser } from './support/lti-platform-simulator';
import { freePort, startTestApp, TestApp } from './support/test-app';

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id } }`;

const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
};
const TEACHING_ASSISTANT_SUB_ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant';
const REFUSED_TITLE = 'The launch from your course did not work';
const SESSION_COOKIE = 'iecmhc_session';
const STATE_COOKIE = /^iecmhc_lti_[0-9a-f]{16}=/;

const hourAgo = Math.floor(Date.now() / 1000) - 3600;

/** A person of the course; each test uses its own `sub`, so what it leaves behind is its own. */
const person = (sub: string, roles = [LTI_ROLES.learner], fields: Partial<PlatformUser> = {}): PlatformUser => ({
  sub,
  name: 'Priya Natarajan',
  email: `${sub}@lms.example`,
  roles,
  ...fields,
});

/** The page's words as a person reads them. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The attributes of a Set-Cookie header, lower-cased, without the name and value. */
const attributesOf = (setCookie: string) => setCookie.split(';').slice(1).map((attribute) => attribute.trim().toLowerCase());

const sessionCookiesOf = (response: ToolResponse) => response.setCookies.filter((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));

describe('LTI 1.3 login initiation and launch', () => {
  let app: TestApp;
  let platform: LtiPlatformSimulator;
  let admin: SignedIn;
  let baseUrl: string;
  let cohortId: string;
  let cohortEndsOn: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: baseUrl, LTI_SCORE_RETRIES: '1', LTI_SCORE_RETRY_DELAY_SECONDS: '1' });
    platform = await LtiPlatformSimulator.start({ toolBaseUrl: baseUrl });
    admin = await signInAdmin(app);
    ({ cohortId, endsOn: cohortEndsOn } = await givenCohort(app, admin, { startsOn: '2026-01-05', endsOn: '2030-06-28', timeZone: 'America/Chicago' }));
    const { registerLtiPlatform } = await app.ok(REGISTER, { input: platform.registration() }, admin.token);
    await app.ok(LINK, { input: { platformId: registerLtiPlatform.id, contextId: platform.contextId, cohortId } }, admin.token);
  });

  afterAll(async () => {
    await platform?.close();
    await app?.stop();
  });

  const count = async (sql: string, parameters: unknown[] = []) => Number((await app.db.query(sql, parameters)).rows[0].count);

  /** What a launch could leave behind: people, their platform accounts, enrolments, sessions. */
  const footprint = async () => ({
    users: await count('SELECT count(*) FROM app_user'),
    accounts: await count('SELECT count(*) FROM lti_account'),
    enrollments: await count('SELECT count(*) FROM enrollment'),
    sessions: await count('SELECT count(*) FROM web_session'),
  });

  const userIdOf = async (sub: string): Promise<string | undefined> =>
    (await app.db.query('SELECT user_id FROM lti_account WHERE subject = $1', [sub])).rows[0]?.user_id;

  const enrollmentsOf = async (sub: string): Promise<{ role: string; status: string }[]> =>
    (
      await app.db.query(
        'SELECT e.role, e.status FROM enrollment e JOIN lti_account a ON a.user_id = e.user_id WHERE a.subject = $1 AND e.cohort_id = $2 ORDER BY e.role',
        [sub, cohortId],
      )
    ).rows;

  const newBrowser = () => new LtiLaunchClient(platform, baseUrl);

  const expectRefusalPage = (response: ToolResponse, status: number, reason: RegExp) => {
    expect(response.status).toBe(status);
    expect(response.location).toBeNull();
    expect(response.body).toMatch(/^<!doctype html>/i);
    const words = textOf(response.body);
    expect(words).toContain(REFUSED_TITLE);
    expect(words).toMatch(reason);
    expect(sessionCookiesOf(response)).toEqual([]);
  };

  /** Runs a launch that must be refused, and checks that it left nothing behind. */
  const expectRefusedLaunch = async (launch: () => Promise<ToolResponse>, status: number, reason: RegExp): Promise<void> => {
    const before = await footprint();
    const response = await launch();
    expectRefusalPage(response, status, reason);
    expect(await footprint()).toEqual(before);
  };

  describe('login initiation', () => {
    const loginParameters = (user: PlatformUser) => Object.fromEntries(new URL(platform.loginUrl(user)).searchParams);

    const login = (method: 'GET' | 'POST', parameters: Record<string, string>) =>
      method === 'GET'
        ? fetch(`${baseUrl}/lti/login?${new URLSearchParams(parameters)}`, { redirect: 'manual' })
        : fetch(`${baseUrl}/lti/login`, { method: 'POST', body: new URLSearchParams(parameters), redirect: 'manual' });

    it.each(['GET', 'POST'] as const)('by %s redirects to the platform with the OIDC parameters and sets a framed state cookie', async (method) => {
      const parameters = loginParameters(person(`login-${method.toLowerCase()}-7731`));
      const response = await login(method, parameters);

      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).toBe(platform.registration().authLoginUrl);
      const query = Object.fromEntries(location.searchParams);
      expect(query).toEqual({
        scope: 'openid',
        response_type: 'id_token',
        response_mode: 'form_post',
        prompt: 'none',
        client_id: platform.clientId,
        redirect_uri: `${baseUrl}/lti/launch`,
        login_hint: parameters.login_hint,
        lti_message_hint: parameters.lti_message_hint,
        state: expect.stringMatching(/^[\w-]{32,}$/),
        nonce: expect.stringMatching(/^[\w-]{32,}$/),
      });
      expect(query.nonce).not.toBe(query.state);

      const cookies = response.headers.getSetCookie();
      expect(cookies).toEqual([expect.stringMatching(STATE_COOKIE)]);
      expect(attributesOf(cookies[0])).toEqual(expect.arrayContaining(['httponly', 'samesite=none', 'secure', 'partitioned']));
      // The cookie binds the state to this browser; it is not the state itself.
      expect(cookies[0]).not.toContain(query.state);
    });

    it('gives each login its own state, nonce and state cookie', async () => {
      const user = person('login-twice-4410');
      const [first, second] = [await login('GET', loginParameters(user)), await login('GET', loginParameters(user))];
      const [a, b] = [first, second].map((response) => new URL(response.headers.get('location')!).searchParams);
      expect(b.get('state')).not.toBe(a.get('state'));
      expect(b.get('nonce')).not.toBe(a.get('nonce'));
      const cookieName = (response: Response) => response.headers.getSetCookie()[0].split('=')[0];
      expect(cookieName(second)).not.toBe(cookieName(first));
    });

    const refusedLogins: [string, (parameters: Record<string, string>) => Record<string, string | undefined>, number, RegExp][] = [
      ['without iss', (parameters) => ({ ...parameters, iss: undefined }), 400, /without iss, login_hint or target_link_uri/],
      ['without login_hint', (parameters) => ({ ...parameters, login_hint: undefined }), 400, /without iss, login_hint or target_link_uri/],
      ['without target_link_uri', (parameters) => ({ ...parameters, target_link_uri: undefined }), 400, /without iss, login_hint or target_link_uri/],
      ['from an unknown platform', (parameters) => ({ ...parameters, iss: 'https://moodle.lakeside-college.example' }), 403, /platform is not registered/],
      ['from an unknown client of a known issuer', (parameters) => ({ ...parameters, client_id: '10000000000999' }), 403, /platform is not registered/],
      ['of an unregistered deployment', (parameters) => ({ ...parameters, lti_deployment_id: '77:not-registered' }), 403, /deployment\) is not registered/],
    ];

    describe.each(['GET', 'POST'] as const)('by %s', (method) => {
      it.each(refusedLogins)('%s is refused on a page that says why, without a redirect or a cookie', async (_case, change, status, reason) => {
        const changed = Object.entries(change(loginParameters(person('login-refused-2208')))).filter((entry): entry is [string, string] => entry[1] !== undefined);
        const logins = await count('SELECT count(*) FROM lti_launch');
        const response = await login(method, Object.fromEntries(changed));

        expect(response.status).toBe(status);
        expect(response.headers.get('location')).toBeNull();
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(response.headers.getSetCookie()).toEqual([]);
        const words = textOf(await response.text());
        expect(words).toContain(REFUSED_TITLE);
        expect(words).toMatch(reason);
        expect(await count('SELECT count(*) FROM lti_launch')).toBe(logins);
      });
    });
  });

  describe('a successful launch', () => {
    it('signs the person in with a framed session cookie, clears the state cookie and answers 303 to the page', async () => {
      const browser = newBrowser();
      const user = person('launch-ok-5102', [LTI_ROLES.learner], { name: 'Tomasz Wieczorek' });
      const form = await browser.authorize(platform.loginUrl(user));
      const [stateCookie] = [...browser.cookies.keys()];
      const response = await browser.launch(form);

      expect(response).toMatchObject({ status: 303, location: '/home' });
      const [session] = sessionCookiesOf(response);
      expect(session).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{32,};`));
      expect(attributesOf(session)).toEqual(expect.arrayContaining(['httponly', 'samesite=none', 'secure', 'partitioned']));
      expect(browser.cookies.has(stateCookie)).toBe(false);
      const { rows } = await app.db.query('SELECT full_name, email FROM app_user WHERE id = $1', [await userIdOf(user.sub)]);
      expect(rows).toEqual([{ full_name: 'Tomasz Wieczorek', email: 'launch-ok-5102@lms.example' }]);

      // The session works in the same framed browser: its home page lists the linked cohort.
      const home = await browser.get(response.location!);
      expect(home.status).toBe(200);
      expect(textOf(home.body)).toMatch(/Sign out .*Test cohort \(2026-01-05 – 2030-06-28; Participant\)/);
    });
  });

  describe('refused launches', () => {
    const refusedByPlatform: [string, PlatformUser, (simulator: LtiPlatformSimulator) => LaunchOptions, number, RegExp][] = [
      ['a tampered signature', person('refused-key-3301'), () => ({ tamper: 'unknown-key' }), 403, /signature does not match the platform's keys/],
      ['an altered payload', person('refused-altered-3302'), () => ({ tamper: 'altered-payload' }), 403, /signature does not match the platform's keys/],
      ['an expired id_token', person('refused-expired-3303'), () => ({ claims: { exp: hourAgo, iat: hourAgo - 300 } }), 403, /id_token was refused: it has expired/],
      ['a wrong issuer', person('refused-issuer-3304'), () => ({ claims: { iss: 'https://canvas.evil.example' } }), 403, /id_token was refused: its iss claim/],
      ['a wrong audience', person('refused-audience-3305'), () => ({ claims: { aud: 'someone-else' } }), 403, /id_token was refused: its aud claim/],
      [
        'an azp other than the client id when aud is an array',
        person('refused-azp-3306'),
        (simulator) => ({ claims: { aud: [simulator.clientId, 'another-tool'], azp: 'another-tool' } }),
        403,
        /authorized party \(azp\) is not this tool/,
      ],
      [
        'an array aud without azp',
        person('refused-no-azp-3307'),
        (simulator) => ({ claims: { aud: [simulator.clientId, 'another-tool'], azp: undefined } }),
        403,
        /authorized party \(azp\) is not this tool/,
      ],
      [
        'a wrong deployment',
        person('refused-deployment-3308'),
        () => ({ claims: { [CLAIM.deploymentId]: 'not-registered' } }),
        403,
        /deployment\) is not registered/,
      ],
      [
        'a nonce that is not the login\'s',
        person('refused-nonce-3309'),
        () => ({ claims: { nonce: 'a-nonce-this-tool-never-sent' } }),
        403,
        /nonce is not the one this launch sent/,
      ],
      [
        'an unsupported message type',
        person('refused-type-3310'),
        () => ({ claims: { [CLAIM.messageType]: 'LtiSubmissionReviewRequest' } }),
        400,
        /not a valid LTI 1.3 launch: unsupported message type "LtiSubmissionReviewRequest"/,
      ],
      [
        'a wrong LTI version',
        person('refused-version-3311'),
        () => ({ claims: { [CLAIM.version]: '1.1' } }),
        400,
        /not a valid LTI 1.3 launch: unsupported LTI version "1.1"/,
      ],
      ['a missing sub', person('refused-no-sub-3312'), () => ({ claims: { sub: undefined } }), 403, /id_token was refused: its sub claim is missing/],
      ['an empty sub', person('refused-empty-sub-3313'), () => ({ claims: { sub: '' } }), 400, /an anonymous launch \(no sub\)/],
      [
        'a course not linked to a cohort',
        person('refused-unlinked-3314'),
        () => ({ claims: { [CLAIM.context]: { id: 'course-unlinked-5521', label: 'RSS-210', title: 'Reflective Supervision Seminar' } } }),
        409,
        /The course "Reflective Supervision Seminar" \(context course-unlinked-5521\) is not linked to a cohort yet/,
      ],
      [
        'a learner asking for deep linking',
        person('refused-learner-deep-link-3315'),
        () => ({ messageType: 'LtiDeepLinkingRequest' }),
        403,
        /Only the course's instructors add the tool's journal assignments/,
      ],
      [
        'a teaching assistant asking for deep linking',
        person('refused-assistant-deep-link-3316', [LTI_ROLES.teachingAssistant]),
        () => ({ messageType: 'LtiDeepLinkingRequest' }),
        403,
        /Only the course's instructors add the tool's journal assignments/,
      ],
    ];

    it.each(refusedByPlatform)('%s: a page with the reason, no session, no account, nothing enrolled', async (_case, user, options, status, reason) => {
      await expectRefusedLaunch(() => newBrowser().run(user, options(platform)), status, reason);
      expect(await userIdOf(user.sub)).toBeUndefined();
    });

    it('a replayed launch is refused, from the same browser and from another', async () => {
      const user = person('replay-6120');
      const browser = newBrowser();
      const form = await browser.authorize(platform.loginUrl(user));
      const stateCookies = new Map(browser.cookies);
      expect(await browser.launch(form)).toMatchObject({ status: 303 });

      // The browser dropped the state cookie after the launch; one that kept it is refused all the same.
      await expectRefusedLaunch(() => browser.launch(form), 403, /started in another browser/);
      for (const [name, value] of stateCookies) browser.cookies.set(name, value);
      await expectRefusedLaunch(() => browser.launch(form), 403, /This launch was already used/);
      await expectRefusedLaunch(() => newBrowser().launch(form), 403, /started in another browser/);
      expect(await count('SELECT count(*) FROM lti_account WHERE subject = $1', [user.sub])).toBe(1);
    });

    it('the same launch posted twice at once signs in once', async () => {
      const user = person('replay-race-6121');
      const browser = newBrowser();
      const form = await browser.authorize(platform.loginUrl(user));
      const sessions = await count('SELECT count(*) FROM web_session');

      const responses = await Promise.all([browser.launch(form), browser.launch(form)]);

      expect(responses.map((response) => response.status).sort()).toEqual([303, 403]);
      const refused = responses.find((response) => response.status === 403)!;
      expectRefusalPage(refused, 403, /This launch was already used/);
      expect(await count('SELECT count(*) FROM web_session')).toBe(sessions + 1);
      expect(await enrollmentsOf(user.sub)).toEqual([{ role: 'PARTICIPANT', status: 'ACTIVE' }]);
    });

    it('a state mismatch (the state cookie missing) is refused', async () => {
      const user = person('state-missing-6130');
      const browser = newBrowser();
      const form = await browser.authorize(platform.loginUrl(user));
      browser.cookies.clear();
      await expectRefusedLaunch(() => browser.launch(form), 403, /started in another browser \(its state does not match this browser\)/);
      expect(await userIdOf(user.sub)).toBeUndefined();
    });

    it('a state mismatch (the state cookie replaced) is refused', async () => {
      const user = person('state-replaced-6131');
      const browser = newBrowser();
      const form = await browser.authorize(platform.loginUrl(user));
      for (const name of browser.cookies.keys()) browser.cookies.set(name, randomBytes(32).toString('base64url'));
      await expectRefusedLaunch(() => browser.launch(form), 403, /started in another browser \(its state does not match this browser\)/);
      expect(await userIdOf(user.sub)).toBeUndefined();
    });

    it('an id_token of one login posted with another login\'s state is refused, and both logins stay usable', async () => {
      const browser = newBrowser();
      const first = await browser.authorize(platform.loginUrl(person('state-swapped-6132')));
      const second = await browser.authorize(platform.loginUrl(person('state-swapped-6133')));
      const swapped: LaunchForm = { action: first.action, idToken: first.idToken, state: second.state };

      await expectRefusedLaunch(() => browser.launch(swapped), 403, /nonce is not the one this launch sent/);
      expect(await userIdOf('state-swapped-6132')).toBeUndefined();
      expect(await userIdOf('state-swapped-6133')).toBeUndefined();
      // The refusal did not use up the second login: its own id_token still launches.
      expect(await browser.launch(second)).toMatchObject({ status: 303 });
      expect(await userIdOf('state-swapped-6133')).toBeDefined();
    });

    it('an unknown state is refused', async () => {
      const browser = newBrowser();
      const form = await browser.authorize(platform.loginUrl(person('state-unknown-6134')));
      await expectRefusedLaunch(() => browser.launch({ ...form, state: 'a-state-this-tool-never-issued' }), 400, /unknown here \(its state was never issued\)/);
    });

    it('a launch without id_token and state is refused', async () => {
      await expectRefusedLaunch(() => newBrowser().post('/lti/launch', {}), 400, /arrived without an id_token and state/);
    });
  });

  describe('people and enrolments', () => {
    it.each([
      ['#Learner', 'PARTICIPANT', [LTI_ROLES.learner]],
      ['#Instructor', 'FACULTY', [LTI_ROLES.instructor]],
      ['#TeachingAssistant', 'FACILITATOR', [LTI_ROLES.teachingAssistant]],
      ['Instructor#TeachingAssistant', 'FACILITATOR', [TEACHING_ASSISTANT_SUB_ROLE]],
    ])('a launch as %s enrols the person in the linked cohort as %s', async (_role, enrollmentRole, roles) => {
      const user = person(`role-${enrollmentRole.toLowerCase()}-${randomBytes(3).toString('hex')}`, roles, { name: 'Keanu Akana' });
      expect(await newBrowser().run(user)).toMatchObject({ status: 303 });
      expect(await enrollmentsOf(user.sub)).toEqual([{ role: enrollmentRole, status: 'ACTIVE' }]);
    });

    it('a second launch by the same sub signs in the same account', async () => {
      const user = person('same-sub-8801', [LTI_ROLES.learner], { name: 'Marisol Ferreira' });
      expect(await newBrowser().run(user)).toMatchObject({ status: 303 });
      const userId = await userIdOf(user.sub);
      const users = await count('SELECT count(*) FROM app_user');

      const again = newBrowser();
      expect(await again.run(user)).toMatchObject({ status: 303 });

      expect(await count('SELECT count(*) FROM app_user')).toBe(users);
      expect(await count('SELECT count(*) FROM lti_account WHERE subject = $1', [user.sub])).toBe(1);
      expect(await count('SELECT count(*) FROM web_session WHERE user_id = $1', [userId])).toBe(2);
      expect(await enrollmentsOf(user.sub)).toEqual([{ role: 'PARTICIPANT', status: 'ACTIVE' }]);
    });

    it('a different sub with the same e-mail gets a different account: people are joined on sub, never on e-mail', async () => {
      const email = 'joaquin.reyes@lms.example';
      expect(await newBrowser().run(person('same-email-8802', [LTI_ROLES.learner], { name: 'Joaquín Reyes', email }))).toMatchObject({ status: 303 });
      expect(await newBrowser().run(person('same-email-8803', [LTI_ROLES.learner], { name: 'Joaquín Reyes', email }))).toMatchObject({ status: 303 });

      const [first, second] = [await userIdOf('same-email-8802'), await userIdOf('same-email-8803')];
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      const { rows } = await app.db.query('SELECT id, email FROM app_user WHERE id = ANY($1) ORDER BY created_at', [[first, second]]);
      expect(rows).toEqual([
        { id: first, email },
        { id: second, email: expect.stringMatching(/\.invalid$/) },
      ]);
    });

    it('a launch with the e-mail of an existing account does not sign in to that account', async () => {
      const existing = await givenUser(app, admin, { fullName: 'Hana Kobayashi' });
      const browser = newBrowser();
      const user = person('existing-email-8804', [LTI_ROLES.instructor], { name: 'Hana Kobayashi', email: existing.email });
      expect(await browser.run(user)).toMatchObject({ status: 303 });

      const userId = await userIdOf('existing-email-8804');
      expect(userId).toBeDefined();
      expect(userId).not.toBe(existing.id);
      expect(await count('SELECT count(*) FROM web_session WHERE user_id = $1', [existing.id])).toBe(0);
      expect(await count('SELECT count(*) FROM enrollment WHERE user_id = $1', [existing.id])).toBe(0);
    });

    it('a launch of a withdrawn participant signs them in without enrolling them again', async () => {
      const user = person('withdrawn-8805', [LTI_ROLES.learner], { name: 'Aditi Raman' });
      expect(await newBrowser().run(user)).toMatchObject({ status: 303 });
      const userId = await userIdOf(user.sub);
      const { rows } = await app.db.query('SELECT id FROM enrollment WHERE cohort_id = $1 AND user_id = $2', [cohortId, userId]);
      const withdrawn = await withdrawRequest(app, admin.token, { enrollmentId: rows[0].id, effectiveOn: cohortEndsOn, reason: 'Left the consultation program' });
      expect(withdrawn.errors).toBeUndefined();

      expect(await newBrowser().run(user)).toMatchObject({ status: 303 });

      expect(await enrollmentsOf(user.sub)).toEqual([{ role: 'PARTICIPANT', status: 'WITHDRAWN' }]);
    });
  });
});
