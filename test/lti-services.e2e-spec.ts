/*
 * The LMS plugin's services, as a platform (a simulated Canvas) and GraphQL clients see them:
 *   - grade passback (AGS): the score each outcome posts, retries with back-off, failures a
 *     coordinator lists and retries, and never two scores for one grade;
 *   - roster sync (NRPS): members enrolled by role over every page, withdrawn when they leave the
 *     roster (never deleted), joined on the platform's user id, never on e-mail;
 *   - who may sync, list, retry and link, and what registration and linking refuse.
 */
import {
  countRows, errorCode, givenAssignment, givenCohort, givenMember, givenModule, givenUser, GRADE, GRADING_QUEUE, SignedIn, signInAdmin,
} from './support/factories';
import { LtiLaunchClient } from './support/lti-launch-client';
import { CreatedResourceLink, LTI_ROLES, LtiPlatformSimulator, PlatformUser, ReceivedScore } from './support/lti-platform-simulator';
import { freePort, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const REGISTER = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const LINK = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id contextId cohortId rosterAvailable } }`;
const CONTEXT_LINKS = `query($cohortId: ID!) { ltiContextLinks(cohortId: $cohortId) { id contextId rosterAvailable lastSyncedAt } }`;
const SYNC = `mutation($contextLinkId: ID!) { syncLtiRoster(contextLinkId: $contextLinkId) { members enrolled withdrawn unchanged skipped } }`;
const SCORE_POST_FIELDS = 'id status attempts lastError lineItemUrl assignmentTitle participantId submissionId sentAt';
const SCORE_POSTS = `query($cohortId: ID!, $status: LtiScorePostStatus) { ltiScorePosts(cohortId: $cohortId, status: $status) { ${SCORE_POST_FIELDS} } }`;
const RETRY = `mutation($scorePostId: ID!) { retryLtiScorePost(scorePostId: $scorePostId) { ${SCORE_POST_FIELDS} } }`;
const GRANT = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;
const MEMBERS = `query($id: ID!) { cohort(id: $id) { members { id role status withdrawnOn withdrawalReason user { id fullName email } } } }`;

const SCORE_MEDIA_TYPE = 'application/vnd.ims.lis.v1.score+json';
const ISO_WITH_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ASSIGNMENT_TITLE = 'Entering the consultative stance';
const TIME_ZONE = 'America/Chicago';
/** Longer than the first retry's back-off (1 to 2 s) and a polling interval: a second post would have come by then. */
const QUIET_MS = 3500;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface ScorePost {
  id: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
  lineItemUrl: string;
  assignmentTitle: string;
  participantId: string;
  submissionId: string;
  sentAt: string | null;
}

interface Member {
  id: string;
  role: string;
  status: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  user: { id: string; fullName: string; email: string | null };
}

/** The hidden CSRF token of a page's forms. */
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const eventually = async <T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await pause(200);
  }
};

/** Today in the cohort's zone, as withdrawnOn reads. */
const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const learner = (sub: string, name: string, email = `${sub}@lms.example`): PlatformUser => ({ sub, name, email, roles: [LTI_ROLES.learner] });

/** Expects the request refused as BAD_USER_INPUT naming exactly `fields`. */
function expectBadInput(result: GraphQLResponse, fields: string[]): void {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0].extensions!.fields).toEqual(fields);
}

describe('the LMS plugin: grade passback and roster sync', () => {
  let app: TestApp;
  let baseUrl: string;
  let platform: LtiPlatformSimulator;
  let admin: SignedIn;
  /** Faculty of the cohort with an account of their own, who grade through GraphQL. */
  let grader: SignedIn;
  let programId: string;
  let cohortId: string;
  let assignmentId: string;
  let platformId: string;
  let contextLinkId: string;
  let link: CreatedResourceLink;
  /** Everyone who opened the journal from the course, for a roster that keeps them. */
  const courseLearners: PlatformUser[] = [];

  const instructor: PlatformUser = { sub: 'canvas-user-instructor-7', name: 'Dr. Amara Osei', email: 'amara.osei@lms.example', roles: [LTI_ROLES.instructor] };

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: baseUrl, LTI_SCORE_RETRIES: '2', LTI_SCORE_RETRY_DELAY_SECONDS: '1' });
    platform = await LtiPlatformSimulator.start({ toolBaseUrl: baseUrl });
    admin = await signInAdmin(app);
    ({ programId, cohortId } = await givenCohort(app, admin, { timeZone: TIME_ZONE }));
    grader = await givenMember(app, admin, cohortId, 'FACULTY', { fullName: 'Dr. Joaquín Ferreira' });
    const moduleId = await givenModule(app, admin.token, cohortId, 'Foundations of consultation');
    assignmentId = await givenAssignment(app, admin, moduleId, { title: ASSIGNMENT_TITLE, dueAt: '2026-12-15T05:59:00Z' });
    ({ registerLtiPlatform: { id: platformId } } = await app.ok(REGISTER, { input: platform.registration() }, admin.token));
    ({ linkLtiContext: { id: contextLinkId } } = await app.ok(LINK, { input: { platformId, contextId: platform.contextId, cohortId } }, admin.token));

    // The instructor adds the assignment to the course by deep linking, which gives it a gradebook column.
    const faculty = new LtiLaunchClient(platform, baseUrl);
    const deepLaunch = await faculty.run(instructor, { messageType: 'LtiDeepLinkingRequest' });
    const choice = await faculty.get(deepLaunch.location!);
    const handBack = await faculty.post(deepLaunch.location!, { _csrf: csrfOf(choice.body), assignmentId });
    const jwt = handBack.body.match(/name="JWT" value="([^"]+)"/)![1];
    const returnUrl = handBack.body.match(/action="([^"]+)"/)![1].replace(/&amp;/g, '&');
    expect((await fetch(returnUrl, { method: 'POST', body: new URLSearchParams({ JWT: jwt }) })).status).toBe(200);
    [link] = platform.resourceLinks;
    expect(link.lineItemUrl).toBeDefined();
  });

  afterAll(async () => {
    await platform?.close();
    await app?.stop();
  });

  /** The participant opens the journal from the course (an LTI account has no password), and submits on its page. */
  async function launchAndSubmit(person: PlatformUser, body: string): Promise<LtiLaunchClient> {
    const browser = new LtiLaunchClient(platform, baseUrl);
    const launched = await browser.run(person, { resourceLinkId: link.id });
    expect(launched).toMatchObject({ status: 303, location: `/journals/${assignmentId}` });
    courseLearners.push(person);
    await submitOnPage(browser, body);
    return browser;
  }

  async function submitOnPage(browser: LtiLaunchClient, body: string): Promise<void> {
    const page = await browser.get(`/journals/${assignmentId}`);
    const submitted = await browser.post(`/journals/${assignmentId}/submit`, { _csrf: csrfOf(page.body), body });
    expect(submitted).toMatchObject({ status: 303, location: `/journals/${assignmentId}?saved=submitted` });
  }

  /** Grades the person's submission awaiting grading (as the cohort's faculty, through GraphQL); answers its id. */
  async function grade(person: PlatformUser, outcome: 'SATISFACTORY' | 'NEEDS_REVISION', feedback: string): Promise<string> {
    const { gradingQueue } = await app.ok(GRADING_QUEUE, { cohortId }, grader.token);
    const submission = gradingQueue.find(
      (each: { status: string; assignment: { id: string }; participant: { fullName: string } }) =>
        each.status === 'SUBMITTED' && each.assignment.id === assignmentId && each.participant.fullName === person.name,
    );
    expect(submission).toBeDefined();
    await app.ok(GRADE, { input: { submissionId: submission.id, version: submission.version, outcome, feedback } }, grader.token);
    return submission.id;
  }

  const scoresOf = (person: PlatformUser): ReceivedScore[] => platform.scores.filter((score) => score.userId === person.sub);

  /** The submission's score posts as an administrator lists them (of one status, when given). */
  async function postsOf(submissionId: string, status?: ScorePost['status']): Promise<ScorePost[]> {
    const { ltiScorePosts } = await app.ok<{ ltiScorePosts: ScorePost[] }>(SCORE_POSTS, { cohortId, status }, admin.token);
    return ltiScorePosts.filter((post) => post.submissionId === submissionId);
  }

  /** The submission's one post once it has reached `status`. */
  const postReaching = (submissionId: string, status: ScorePost['status'], timeoutMs?: number) =>
    eventually(async () => (await postsOf(submissionId, status))[0], `a ${status} score post`, timeoutMs);

  const scoreCount = (person: PlatformUser, count: number) =>
    eventually(() => (scoresOf(person).length >= count ? true : undefined), `${count} score(s) for ${person.name}`);

  describe('grade passback', () => {
    it('posts a needs-revision grade as submitted work awaiting the grader, without a score, and a later satisfactory grade as 1 of 1, newer', async () => {
      const lena = learner('canvas-user-learner-31', 'Lena Marquez');
      const browser = await launchAndSubmit(lena, 'At the Sunflower center I waited before offering advice.');
      const submissionId = await grade(lena, 'NEEDS_REVISION', 'Say more about what you noticed in yourself.');

      await scoreCount(lena, 1);
      const [revision] = scoresOf(lena);
      expect(revision).toMatchObject({ lineItemUrl: link.lineItemUrl, contentType: SCORE_MEDIA_TYPE });
      expect(revision.body).toMatchObject({
        userId: lena.sub,
        timestamp: expect.stringMatching(ISO_WITH_MILLISECONDS),
        activityProgress: 'Submitted',
        gradingProgress: 'PendingManual',
        comment: 'Say more about what you noticed in yourself.',
      });
      expect(revision.body).not.toHaveProperty('scoreGiven');

      await submitOnPage(browser, 'At the Sunflower center I waited before offering advice, and noticed my own urge to fix.');
      await grade(lena, 'SATISFACTORY', 'Clear and kind.');
      await scoreCount(lena, 2);
      await pause(QUIET_MS);
      const [first, second] = scoresOf(lena);
      expect(scoresOf(lena)).toHaveLength(2);
      expect(second).toMatchObject({ lineItemUrl: link.lineItemUrl, contentType: SCORE_MEDIA_TYPE });
      expect(second.body).toMatchObject({
        userId: lena.sub,
        scoreGiven: 1,
        scoreMaximum: 1,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        comment: 'Clear and kind.',
        timestamp: expect.stringMatching(ISO_WITH_MILLISECONDS),
      });
      expect(Date.parse(second.body.timestamp)).toBeGreaterThan(Date.parse(first.body.timestamp));
      expect(await postsOf(submissionId)).toEqual([
        expect.objectContaining({ status: 'SENT', attempts: 1, lastError: null, assignmentTitle: ASSIGNMENT_TITLE, lineItemUrl: link.lineItemUrl }),
        expect.objectContaining({ status: 'SENT', attempts: 1, lastError: null, assignmentTitle: ASSIGNMENT_TITLE, lineItemUrl: link.lineItemUrl }),
      ]);
    });

    it('retries a post the platform failed once (500), and the score arrives exactly once', async () => {
      const tomas = learner('canvas-user-learner-32', 'Tomás Reyes');
      await launchAndSubmit(tomas, 'The director and I sat with the silence after the meeting.');
      platform.failNextScores(1, 500);
      const submissionId = await grade(tomas, 'SATISFACTORY', 'You stayed with it.');

      await scoreCount(tomas, 1);
      await pause(QUIET_MS);
      expect(scoresOf(tomas)).toHaveLength(1);
      expect(scoresOf(tomas)[0].body).toMatchObject({ scoreGiven: 1, scoreMaximum: 1, gradingProgress: 'FullyGraded' });
      expect(platform.log).toContainEqual(expect.stringMatching(/^score POST .* refused \(500\): simulated 500$/));
      expect(await postsOf(submissionId)).toEqual([expect.objectContaining({ status: 'SENT', attempts: 2, lastError: null, sentAt: expect.any(String) })]);
    });

    it('marks a post FAILED once every retry failed, lists it with its error, and posts it once when a coordinator retries it', async () => {
      const noor = learner('canvas-user-learner-33', 'Noor Haddad');
      await launchAndSubmit(noor, 'I noticed how the teachers looked at the child before they spoke.');
      platform.failNextScores(100, 500);
      const submissionId = await grade(noor, 'SATISFACTORY', 'Well observed.');

      // One attempt and two retries, with back-off.
      const failed = await postReaching(submissionId, 'FAILED', 40_000);
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, lastError: expect.stringContaining('500'), sentAt: null, assignmentTitle: ASSIGNMENT_TITLE });
      expect(scoresOf(noor)).toEqual([]);
      expect(await postsOf(submissionId, 'SENT')).toEqual([]);
      expect(await postsOf(submissionId, 'PENDING')).toEqual([]);

      platform.failNextScores(0, 500);
      const { retryLtiScorePost } = await app.ok<{ retryLtiScorePost: ScorePost }>(RETRY, { scorePostId: failed.id }, admin.token);
      expect(retryLtiScorePost).toMatchObject({ id: failed.id, status: 'PENDING', submissionId });
      await scoreCount(noor, 1);
      await pause(QUIET_MS);
      expect(scoresOf(noor)).toHaveLength(1);
      expect(scoresOf(noor)[0].body).toMatchObject({ scoreGiven: 1, comment: 'Well observed.' });
      expect(await postsOf(submissionId)).toEqual([expect.objectContaining({ id: failed.id, status: 'SENT', lastError: null, sentAt: expect.any(String) })]);

      // It arrived: retrying it again is refused, and posts nothing.
      const again = await app.gql(RETRY, { scorePostId: failed.id }, admin.token);
      expectBadInput(again, ['scorePostId']);
      await pause(QUIET_MS);
      expect(scoresOf(noor)).toHaveLength(1);
    });

    it('fails at once, without retries, when the platform refuses the score with a 400 that is not about its timestamp', async () => {
      const keiko = learner('canvas-user-learner-34', 'Keiko Tanaka');
      await launchAndSubmit(keiko, 'The toddler room felt calmer once the lead teacher sat on the floor.');
      platform.failNextScores(1, 400);
      const submissionId = await grade(keiko, 'SATISFACTORY', 'Good noticing.');

      const failed = await postReaching(submissionId, 'FAILED');
      expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringContaining('400') });
      await pause(QUIET_MS);
      expect(await postsOf(submissionId)).toEqual([expect.objectContaining({ id: failed.id, status: 'FAILED', attempts: 1 })]);
      expect(scoresOf(keiko)).toEqual([]);
    });

    it('counts a score the platform already holds (Canvas: 400 "timestamp … not after") as sent, and one grade never posts two scores', async () => {
      const grace = learner('canvas-user-learner-35', 'Grace Whitfield');
      const browser = await launchAndSubmit(grace, 'I asked the family what a good day looks like for them.');
      // Opening the same link again names the same gradebook column: nothing more is queued for it.
      expect(await browser.run(grace, { resourceLinkId: link.id })).toMatchObject({ status: 303, location: `/journals/${assignmentId}` });
      const submissionId = await grade(grace, 'SATISFACTORY', 'A generous question.');

      const sent = await postReaching(submissionId, 'SENT');
      await pause(QUIET_MS);
      expect(scoresOf(grace)).toHaveLength(1);
      expect(await postsOf(submissionId)).toEqual([expect.objectContaining({ id: sent.id, status: 'SENT', attempts: 1 })]);

      // The platform took the score but its answer never came back (say, a timeout): the post is failed here, and retried.
      await app.db.query(`UPDATE lti_score_post SET status = 'FAILED', sent_at = NULL WHERE id = $1`, [sent.id]);
      const refusalsBefore = platform.log.filter((line) => /refused \(400\): Provided timestamp of \S+ not after current timestamp/.test(line)).length;
      await app.ok(RETRY, { scorePostId: sent.id }, admin.token);

      const resent = await postReaching(submissionId, 'SENT');
      expect(resent).toMatchObject({ id: sent.id, lastError: null, sentAt: expect.any(String) });
      const refusalsAfter = platform.log.filter((line) => /refused \(400\): Provided timestamp of \S+ not after current timestamp/.test(line)).length;
      expect(refusalsAfter).toBe(refusalsBefore + 1);
      await pause(QUIET_MS);
      expect(scoresOf(grace)).toHaveLength(1);
      expect(await postsOf(submissionId)).toEqual([expect.objectContaining({ id: sent.id, status: 'SENT' })]);
    });
  });

  describe('roster sync', () => {
    let roster: LtiPlatformSimulator;
    let rosterCohortId: string;
    let rosterLinkId: string;
    let localYara: SignedIn;

    const helen: PlatformUser = {
      sub: 'canvas-user-instructor-51', name: 'Dr. Helen Achterberg', email: 'helen.achterberg@lms.example', roles: [LTI_ROLES.instructor],
    };
    const samuel: PlatformUser = { sub: 'canvas-user-ta-52', name: 'Samuel Okonkwo', email: 'samuel.okonkwo@lms.example', roles: [LTI_ROLES.teachingAssistant] };
    const ines = learner('canvas-user-learner-53', 'Ines Duarte', 'ines.duarte@lms.example');
    const mateo = learner('canvas-user-learner-54', 'Mateo Lindqvist');
    let yara: PlatformUser;

    /** The cohort's enrolments, in a fixed order to compare one reading with another. */
    const membersOf = async (id: string): Promise<Member[]> =>
      (await app.ok<{ cohort: { members: Member[] } }>(MEMBERS, { id }, admin.token)).cohort.members.sort((a, b) => a.id.localeCompare(b.id));
    const memberNamed = (members: Member[], name: string) => members.find((member) => member.user.fullName === name);
    const sync = async () => (await app.ok(SYNC, { contextLinkId: rosterLinkId }, admin.token)).syncLtiRoster;

    beforeAll(async () => {
      // A second Canvas account (its own client id), its course linked to a cohort of three seats.
      roster = await LtiPlatformSimulator.start({ toolBaseUrl: baseUrl });
      const { registerLtiPlatform } = await app.ok(REGISTER, { input: roster.registration() }, admin.token);
      ({ cohortId: rosterCohortId } = await givenCohort(app, admin, { capacity: 3, timeZone: TIME_ZONE }));
      const input = { platformId: registerLtiPlatform.id, contextId: roster.contextId, cohortId: rosterCohortId };
      ({ linkLtiContext: { id: rosterLinkId } } = await app.ok(LINK, { input }, admin.token));
      // Someone with an account here whose address the course also lists for its own Yara Haddad.
      localYara = await givenUser(app, admin, { fullName: 'Yara Haddad' });
      yara = learner('canvas-user-learner-55', 'Yara Haddad', localYara.email);
    });

    afterAll(() => roster?.close());

    it('refuses to sync before any launch from the course has named its roster service, naming contextLinkId', async () => {
      roster.members = [helen, samuel, ines, mateo, yara];
      const { ltiContextLinks } = await app.ok(CONTEXT_LINKS, { cohortId: rosterCohortId }, admin.token);
      expect(ltiContextLinks).toEqual([expect.objectContaining({ id: rosterLinkId, rosterAvailable: false, lastSyncedAt: null })]);

      expectBadInput(await app.gql(SYNC, { contextLinkId: rosterLinkId }, admin.token), ['contextLinkId']);
      expect(await membersOf(rosterCohortId)).toEqual([]);
      expect(roster.log.filter((line) => line.startsWith('NRPS'))).toEqual([]);
    });

    it('after one launch, enrols the members of every page by role: learners as participants, the instructor as faculty, the TA as facilitator', async () => {
      const launched = await new LtiLaunchClient(roster, baseUrl).run(helen);
      expect(launched.status).toBe(303);
      const { ltiContextLinks } = await app.ok(CONTEXT_LINKS, { cohortId: rosterCohortId }, admin.token);
      expect(ltiContextLinks).toEqual([expect.objectContaining({ id: rosterLinkId, rosterAvailable: true })]);

      // The instructor's launch enrolled them already.
      expect(await sync()).toEqual({ members: 5, enrolled: 4, withdrawn: 0, unchanged: 1, skipped: [] });
      expect(roster.log.filter((line) => line.startsWith('NRPS'))).toEqual([
        'NRPS page 1 → 2 members, Link next',
        'NRPS page 2 → 2 members, Link next',
        'NRPS page 3 → 1 member',
      ]);
      const members = await membersOf(rosterCohortId);
      expect(members.map(({ user, role, status }) => ({ name: user.fullName, role, status })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { name: helen.name, role: 'FACULTY', status: 'ACTIVE' },
        { name: ines.name, role: 'PARTICIPANT', status: 'ACTIVE' },
        { name: mateo.name, role: 'PARTICIPANT', status: 'ACTIVE' },
        { name: samuel.name, role: 'FACILITATOR', status: 'ACTIVE' },
        { name: yara.name, role: 'PARTICIPANT', status: 'ACTIVE' },
      ]);
      expect(memberNamed(members, ines.name)!.user.email).toBe(ines.email);
      const { ltiContextLinks: synced } = await app.ok(CONTEXT_LINKS, { cohortId: rosterCohortId }, admin.token);
      expect(synced[0].lastSyncedAt).toEqual(expect.any(String));
    });

    it('joins members on their platform user id, never on e-mail: an address another account holds gets a new account', async () => {
      const members = await membersOf(rosterCohortId);
      const enrolledYara = memberNamed(members, yara.name)!;
      expect(enrolledYara.user.id).not.toBe(localYara.id);
      expect(enrolledYara.user.email).not.toBe(localYara.email);
      expect(members.some((member) => member.user.id === localYara.id)).toBe(false);
      expect(await countRows(app, 'enrollment', 'user_id = $1', [localYara.id])).toBe(0);
      // The account here keeps its own sign-in.
      const { me } = await app.ok(`{ me { id email } }`, {}, localYara.token);
      expect(me).toEqual({ id: localYara.id, email: localYara.email });
    });

    it('changes nothing when synced again', async () => {
      const before = await membersOf(rosterCohortId);
      expect(await sync()).toEqual({ members: 5, enrolled: 0, withdrawn: 0, unchanged: 5, skipped: [] });
      expect(await membersOf(rosterCohortId)).toEqual(before);
    });

    it('withdraws a learner no longer on the roster from today, keeping their enrolment and account', async () => {
      const before = await membersOf(rosterCohortId);
      const enrolledMateo = memberNamed(before, mateo.name)!;
      roster.members = [helen, samuel, ines, yara];

      expect(await sync()).toEqual({ members: 4, enrolled: 0, withdrawn: 1, unchanged: 4, skipped: [] });
      const after = await membersOf(rosterCohortId);
      expect(after).toHaveLength(before.length);
      expect(memberNamed(after, mateo.name)).toEqual({
        ...enrolledMateo,
        status: 'WITHDRAWN',
        withdrawnOn: todayIn(TIME_ZONE),
        withdrawalReason: expect.stringMatching(/roster/i),
      });
      expect(after.filter((member) => member.user.fullName !== mateo.name)).toEqual(before.filter((member) => member.user.fullName !== mateo.name));
      expect(await countRows(app, 'app_user', 'id = $1', [enrolledMateo.user.id])).toBe(1);

      // Withdrawn once, not again.
      expect(await sync()).toEqual({ members: 4, enrolled: 0, withdrawn: 0, unchanged: 4, skipped: [] });
    });

    it('skips a member when the cohort is full, saying why', async () => {
      const priya = learner('canvas-user-learner-56', 'Priya Raman');
      const liam = learner('canvas-user-learner-57', 'Liam Oduya');
      // Two active participants of three seats (Mateo's seat freed when he was withdrawn).
      roster.members = [helen, samuel, ines, yara, priya, liam];

      const result = await sync();
      expect(result).toEqual({ members: 6, enrolled: 1, withdrawn: 0, unchanged: 4, skipped: [expect.stringMatching(/^Liam Oduya\b.*full/)] });
      const members = await membersOf(rosterCohortId);
      expect(memberNamed(members, priya.name)).toMatchObject({ role: 'PARTICIPANT', status: 'ACTIVE' });
      expect(memberNamed(members, liam.name)).toBeUndefined();
    });

    it('withdraws no one on an empty roster, more likely the platform’s mistake than a course everyone left', async () => {
      const before = await membersOf(rosterCohortId);
      roster.members = [];
      expect(await sync()).toEqual({ members: 0, enrolled: 0, withdrawn: 0, unchanged: 0, skipped: [expect.stringMatching(/empty: no one was withdrawn/)] });
      expect(await membersOf(rosterCohortId)).toEqual(before);
    });
  });

  describe('who may sync, list, retry and link', () => {
    let ownCoordinator: SignedIn;
    let otherCoordinator: SignedIn;
    let participant: SignedIn;
    let failedPostId: string;
    const amaru = learner('canvas-user-learner-61', 'Amaru Quispe');

    const syncRequest = (token: string) => app.gql(SYNC, { contextLinkId }, token);
    const listRequest = (token: string) => app.gql(SCORE_POSTS, { cohortId }, token);
    const retryRequest = (token: string) => app.gql(RETRY, { scorePostId: failedPostId }, token);
    const linkRequest = (token: string, contextId: string) => app.gql(LINK, { input: { platformId, contextId, cohortId } }, token);

    beforeAll(async () => {
      ownCoordinator = await givenUser(app, admin, { fullName: 'Marisol Vega' });
      await app.ok(GRANT, { input: { programId, userId: ownCoordinator.id, role: 'COORDINATOR' } }, admin.token);
      const elsewhere = await givenCohort(app, admin);
      otherCoordinator = await givenUser(app, admin, { fullName: 'Dana Okafor' });
      await app.ok(GRANT, { input: { programId: elsewhere.programId, userId: otherCoordinator.id, role: 'COORDINATOR' } }, admin.token);
      participant = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ruth Abernathy' });

      // A post the platform refused for good, waiting for someone to retry it.
      await launchAndSubmit(amaru, 'The family child care provider told me about her own mornings.');
      platform.failNextScores(1, 400);
      failedPostId = (await postReaching(await grade(amaru, 'SATISFACTORY', 'You listened well.'), 'FAILED')).id;
    });

    it.each([
      ['a coordinator of another program', () => otherCoordinator],
      ['a participant of the cohort', () => participant],
    ])('refuses %s every one of them, and nothing changes', async (_who, whom) => {
      const { token } = whom();
      const nrpsCalls = platform.log.filter((line) => line.startsWith('NRPS')).length;
      const links = await countRows(app, 'lti_context_link');
      const results = [await syncRequest(token), await listRequest(token), await retryRequest(token), await linkRequest(token, 'canvas-course-iecmhc-202')];
      for (const result of results) {
        expect(result.data).toBeNull();
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(result));
      }
      expect(platform.log.filter((line) => line.startsWith('NRPS')).length).toBe(nrpsCalls);
      expect(await countRows(app, 'lti_context_link')).toBe(links);
      expect(await countRows(app, 'lti_score_post', "id = $1 AND status = 'FAILED'", [failedPostId])).toBe(1);
      expect(scoresOf(amaru)).toEqual([]);
    });

    it("lets the program's own coordinator list, retry, sync and link", async () => {
      const listed = await listRequest(ownCoordinator.token);
      expect(listed.errors).toBeUndefined();
      expect(listed.data.ltiScorePosts).toContainEqual(expect.objectContaining({ id: failedPostId, status: 'FAILED' }));

      const retried = await retryRequest(ownCoordinator.token);
      expect(retried.errors).toBeUndefined();
      expect(retried.data.retryLtiScorePost).toMatchObject({ id: failedPostId, status: 'PENDING' });
      await scoreCount(amaru, 1);
      await pause(QUIET_MS);
      expect(scoresOf(amaru)).toHaveLength(1);

      // The course roster lists everyone who opened the journal from it: nobody changes.
      platform.members = [...courseLearners];
      const synced = await syncRequest(ownCoordinator.token);
      expect(synced.errors).toBeUndefined();
      expect(synced.data.syncLtiRoster).toEqual({ members: courseLearners.length, enrolled: 0, withdrawn: 0, unchanged: courseLearners.length, skipped: [] });

      const linked = await linkRequest(ownCoordinator.token, 'canvas-course-iecmhc-201');
      expect(linked.errors).toBeUndefined();
      expect(linked.data.linkLtiContext).toMatchObject({ contextId: 'canvas-course-iecmhc-201', cohortId, rosterAvailable: false });
    });
  });

  describe('bad input', () => {
    const registration = () => ({ ...platform.registration(), clientId: '10000000000977', deploymentIds: ['977:c3f1e0a2b4d6'] });

    it.each(['authLoginUrl', 'accessTokenUrl', 'jwksUrl'])('refuses to register a platform whose %s is plain HTTP to another host', async (field) => {
      const platforms = await countRows(app, 'lti_platform');
      const result = await app.gql(REGISTER, { input: { ...registration(), [field]: 'http://canvas.example.edu/api/lti/endpoint' } }, admin.token);
      expectBadInput(result, [field]);
      expect(await countRows(app, 'lti_platform')).toBe(platforms);
    });

    it('refuses to register a platform without a deployment, naming deploymentIds', async () => {
      const platforms = await countRows(app, 'lti_platform');
      expectBadInput(await app.gql(REGISTER, { input: { ...registration(), deploymentIds: [] } }, admin.token), ['deploymentIds']);
      expect(await countRows(app, 'lti_platform')).toBe(platforms);
    });

    it('refuses to register a platform with a blank client id, naming clientId', async () => {
      const platforms = await countRows(app, 'lti_platform');
      expectBadInput(await app.gql(REGISTER, { input: { ...registration(), clientId: '   ' } }, admin.token), ['clientId']);
      expect(await countRows(app, 'lti_platform')).toBe(platforms);
    });

    it('refuses to link a course that is linked already (CONFLICT), and an unknown platform (NOT_FOUND)', async () => {
      const { cohortId: otherCohortId } = await givenCohort(app, admin);
      const links = await countRows(app, 'lti_context_link');
      const again = await app.gql(LINK, { input: { platformId, contextId: platform.contextId, cohortId: otherCohortId } }, admin.token);
      expect(errorCode(again)).toBe('CONFLICT');
      const unknown = await app.gql(LINK, { input: { platformId: UNKNOWN_ID, contextId: 'canvas-course-iecmhc-301', cohortId: otherCohortId } }, admin.token);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await countRows(app, 'lti_context_link')).toBe(links);
    });
  });
});
