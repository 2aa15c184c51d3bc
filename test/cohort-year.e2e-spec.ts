import {
  CERTIFICATE_FIELDS,
  enroll,
  ENROLLMENT_FIELDS,
  errorCode,
  givenAssignment,
  givenModule,
  givenUser,
  GRADE,
  linkToken,
  moveMemberRequest,
  recordAttendance,
  setRequirement,
  signIn,
  signInAdmin,
  SignedIn,
  startMailbox,
  SUBMIT,
  uniqueEmail,
  withdrawRequest,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email fullName } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken user { id fullName } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { id fullName email } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id timeZone } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id capacity timeZone } }`;
const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { ${ENROLLMENT_FIELDS} } }`;
const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) { id name facilitators { fullName } members { fullName } } }`;
const SCHEDULE = `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id title localStart } }`;
const RECORD = `mutation($input: RecordSessionAttendanceInput!) { recordSessionAttendance(input: $input) { id } }`;
const MY_SCHEDULE = `query($cohortId: ID!) { mySchedule(cohortId: $cohortId) { id title localStart } }`;
const SUMMARY = `query($cohortId: ID!, $userId: ID) {
  attendanceSummary(cohortId: $cohortId, userId: $userId) { totalMinutes byKind { kind sessionsExpected sessionsHeld sessionsAttended minutesAttended } } }`;
const PROGRESS = `query($cohortId: ID!, $userId: ID) {
  progress(cohortId: $cohortId, userId: $userId) { eligible withdrawnOn user { fullName email } requirements { kind achieved met } } }`;
const COHORT_PROGRESS = `query($cohortId: ID!) { cohortProgress(cohortId: $cohortId) { eligible withdrawnOn user { id } } }`;
const ISSUE_ALL = `mutation($cohortId: ID!, $reason: String) {
  issueCertificates(cohortId: $cohortId, earlyCompletionReason: $reason) { issued alreadyHeld notEligible certificates { ${CERTIFICATE_FIELDS} } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id fullName email } }`;
const MY_CERTIFICATES = `{ myCertificates { id code status holderName revocationReason } }`;
const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid status holderName revocationReason } }`;
const COPY = `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id name startsOn endsOn capacity timeZone } }`;
const SET_UP = `query($id: ID!) {
  cohort(id: $id) {
    members { id }
    modules { title position }
    communities { name members { id } facilitators { id } }
    sessions { title kind localStart durationMinutes ceEligible leader { id } module { title } community { name } }
  }
  cohortJournalAssignments(cohortId: $id) { title prompt dueAt expectedMinutes module { title } }
  cohortRequirements(cohortId: $id) { kind threshold }
}`;

const ZONE = 'America/Chicago';
const DAY_MS = 86_400_000;
/** The cohort began on the Monday 323 to 329 days ago, so its last three sessions are still to come whenever this runs. */
const START = ((now) => {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
})(new Date(Date.now() - 323 * DAY_MS));
/** The date `offset` days after the cohort's first Monday. */
const day = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10);
/** `date` at `time` on the cohort's clock, with that day's UTC offset (away from the 2 a.m. changes). */
function local(date: string, time: string): string {
  const roughly = new Date(Date.parse(`${date}T${time}:00Z`) + 6 * 3_600_000);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' }).formatToParts(roughly).find((part) => part.type === 'timeZoneName')!.value;
  return `${date}T${time}:00${offset.replace('GMT', '')}`;
}
const SEMINAR_DAYS = [day(10), day(66), day(129), day(185), day(248), day(311), day(339)];
const RIVERSIDE_DAYS = [day(29), day(92), day(183), day(274), day(330)];
const HILLCREST_DAYS = [day(30), day(93), day(184), day(275), day(331)];
/** Everyone signed up three weeks before the first session. */
const SIGNED_UP = `${day(-21)}T15:00:00Z`;

type Entry = { userId: string; status: string; minutesAttended?: number };
const present = (person: SignedIn, minutesAttended?: number): Entry => ({ userId: person.id, status: 'PRESENT', minutesAttended });
const marked = (person: SignedIn, status: string): Entry => ({ userId: person.id, status });
/** "Title YYYY-MM-DD" of each session, the day in the cohort's zone. */
const titledDays = (sessions: { title: string; localStart: string }[]) => sessions.map((session) => `${session.title} ${session.localStart.slice(0, 10)}`);
const requirement = (progress: { requirements: { kind: string; achieved: number; met: boolean }[] }, kind: string) =>
  progress.requirements.find((row) => row.kind === kind);

describe('the year of one cohort', () => {
  let app: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: SignedIn;
  let cohortId: string;
  let imani: SignedIn;
  let theo: SignedIn;
  let rosa: SignedIn;
  let lena: SignedIn;
  let priya: SignedIn;
  let hannah: SignedIn;
  let priyaEnrollment: string;
  let riverside: string;
  let hillcrest: string;
  let closingReflection: string;
  /** Session ids by their day (no two sessions share one). */
  const sessionOn: Record<string, string> = {};

  const record = (by: SignedIn, day: string, entries: Entry[]) => app.ok(RECORD, { input: { sessionId: sessionOn[day], entries } }, by.token);
  const scheduleOf = async (person: SignedIn) => (await app.ok(MY_SCHEDULE, { cohortId }, person.token)).mySchedule;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url });
    admin = await signInAdmin(app);
  });

  afterAll(async () => {
    await app?.stop();
    await mailbox?.stop();
  });

  /** Invites the person, follows the link in the e-mail to choose a password, and signs in with it. */
  async function invited(fullName: string, password: string): Promise<SignedIn & { linkToken: string }> {
    const email = uniqueEmail(fullName.split(' ')[0].toLowerCase());
    const { inviteUser } = await app.ok(INVITE, { input: { email, fullName } }, admin.token);
    const [mail] = await mailbox.waitFor(1, email);
    expect(mail.subject).toBe('Your IECMHC Consultant Training account');
    expect(mail.text).toMatch(new RegExp(`^Hello ${fullName},`));
    const token = linkToken(mail);
    const { resetPassword } = await app.ok(RESET, { input: { token, newPassword: password } });
    expect(resetPassword.user).toEqual({ id: inviteUser.id, fullName });
    const accessToken = await signIn(app, email, password);
    expect((await app.ok(ME, {}, accessToken)).me).toEqual({ id: inviteUser.id, fullName, email });
    return { id: inviteUser.id, email, fullName, token: accessToken, linkToken: token };
  }

  it('the first week: the coordinator sets up the cohort and everyone accepts an invitation', async () => {
    const { createProgram } = await app.ok(CREATE_PROGRAM, { input: { name: 'Prairie IECMHC Consultant Training', timeZone: ZONE } }, admin.token);
    const { createCohort } = await app.ok(CREATE_COHORT, {
      input: { programId: createProgram.id, name: 'Prairie cohort, first year', startsOn: day(0), endsOn: day(347), capacity: 3 },
    }, admin.token);
    expect(createCohort).toMatchObject({ capacity: 3, timeZone: ZONE });
    cohortId = createCohort.id;

    imani = await invited('Imani Okafor', 'imani-chose-this-passphrase');
    theo = await invited('Theo Lindqvist', 'theo-chose-this-passphrase');
    rosa = await invited('Rosa Delgado', 'rosa-chose-this-passphrase');
    const invitedLena = await invited('Lena Marquez', 'lena-chose-this-passphrase');
    lena = invitedLena;
    priya = await invited('Priya Natarajan', 'priya-chose-this-passphrase');
    hannah = await invited('Hannah Whitfield', 'hannah-chose-this-passphrase');

    // A link works once: the password Lena chose stays hers.
    const reused = await app.gql(RESET, { input: { token: invitedLena.linkToken, newPassword: 'someone-else-tries-this' } });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0].extensions!.fields).toEqual(['token']);
    expect(errorCode(await app.gql(LOGIN, { input: { email: lena.email, password: 'someone-else-tries-this' } }))).toBe('UNAUTHENTICATED');
    expect(await signIn(app, lena.email, 'lena-chose-this-passphrase')).toEqual(expect.any(String));
  });

  it('set-up: enrolment, two communities, the year’s sessions, journals and requirements', async () => {
    await enroll(app, admin, cohortId, imani.id, 'FACULTY', SIGNED_UP);
    for (const facilitator of [theo, rosa]) await enroll(app, admin, cohortId, facilitator.id, 'FACILITATOR', SIGNED_UP);
    for (const participant of [lena, priya, hannah]) await enroll(app, admin, cohortId, participant.id, 'PARTICIPANT', SIGNED_UP);
    priyaEnrollment = (await app.ok(`query($id: ID!) { cohort(id: $id) { members { ${ENROLLMENT_FIELDS} } } }`, { id: cohortId }, admin.token))
      .cohort.members.find((member: { user: { id: string } }) => member.user.id === priya.id).id;

    const community = async (name: string, facilitator: SignedIn, members: SignedIn[]) =>
      (await app.ok(CREATE_COMMUNITY, { input: { cohortId, name, facilitatorIds: [facilitator.id], memberIds: members.map((member) => member.id) } }, admin.token))
        .createCommunity;
    const riversideCommunity = await community('Riverside', theo, [lena, priya]);
    expect(riversideCommunity).toMatchObject({ facilitators: [{ fullName: 'Theo Lindqvist' }], members: [{ fullName: 'Lena Marquez' }, { fullName: 'Priya Natarajan' }] });
    riverside = riversideCommunity.id;
    hillcrest = (await community('Hillcrest', rosa, [hannah])).id;

    const foundations = await givenModule(app, admin.token, cohortId, 'Foundations of consultation', 1);
    const practice = await givenModule(app, admin.token, cohortId, 'Consultation in practice', 2);
    const schedule = async (fields: Record<string, unknown>) => {
      const { scheduleSessions } = await app.ok(SCHEDULE, { input: { cohortId, ceEligible: false, ...fields } }, admin.token);
      for (const session of scheduleSessions) sessionOn[session.localStart.slice(0, 10)] = session.id;
      return scheduleSessions;
    };
    const seminars = await schedule({
      kind: 'FACULTY_SEMINAR', title: 'Faculty seminar', moduleId: foundations, dates: SEMINAR_DAYS, startTime: '12:00', durationMinutes: 120,
      ceEligible: true, leaderId: imani.id,
    });
    // Noon in Chicago, under standard and daylight time alike.
    expect(seminars.map((session: { localStart: string }) => session.localStart)).toEqual(SEMINAR_DAYS.map((date) => local(date, '12:00')));
    await schedule({ kind: 'COMMUNITY_OF_PRACTICE', title: 'Riverside circle', communityId: riverside, dates: RIVERSIDE_DAYS, startTime: '18:00', durationMinutes: 90 });
    await schedule({ kind: 'COMMUNITY_OF_PRACTICE', title: 'Hillcrest circle', communityId: hillcrest, dates: HILLCREST_DAYS, startTime: '18:00', durationMinutes: 90 });

    await givenAssignment(app, imani, foundations, { title: 'Entering the consultative stance', dueAt: local(day(329), '23:59'), expectedMinutes: 90 });
    closingReflection = await givenAssignment(app, imani, practice, { title: 'Closing reflection', dueAt: local(day(345), '23:59'), expectedMinutes: 60 });
    await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 5);
    await setRequirement(app, admin, cohortId, 'COMMUNITY_SESSIONS_ATTENDED', 4);
    await setRequirement(app, admin, cohortId, 'JOURNALS_SATISFACTORY', 1);

    // Each participant is expected at the seminars and at her own community's circles.
    expect(titledDays(await scheduleOf(lena))).toEqual([
      `Faculty seminar ${day(10)}`, `Riverside circle ${day(29)}`, `Faculty seminar ${day(66)}`, `Riverside circle ${day(92)}`, `Faculty seminar ${day(129)}`,
      `Riverside circle ${day(183)}`, `Faculty seminar ${day(185)}`, `Faculty seminar ${day(248)}`, `Riverside circle ${day(274)}`, `Faculty seminar ${day(311)}`,
      `Riverside circle ${day(330)}`, `Faculty seminar ${day(339)}`,
    ]);
  });

  it('through the year: attendance, and Lena moving from Riverside to Hillcrest in the fifth month', async () => {
    // The first months.
    await record(imani, day(10), [present(lena), present(priya), present(hannah)]);
    await record(theo, day(29), [present(lena), present(priya)]);
    await record(rosa, day(30), [present(hannah)]);
    await record(imani, day(66), [present(lena, 100), present(priya), present(hannah)]);
    await record(theo, day(92), [present(lena), present(priya)]);
    await record(rosa, day(93), [present(hannah)]);
    await record(imani, day(129), [present(lena), present(priya), present(hannah)]);

    const moved = await moveMemberRequest(app, admin.token, { userId: lena.id, fromCommunityId: riverside, toCommunityId: hillcrest, effectiveOn: day(147) });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveCommunityMember.members.map((member: { id: string }) => member.id).sort()).toEqual([hannah.id, lena.id].sort());

    // After the move.
    await record(theo, day(183), [present(priya)]);
    await record(rosa, day(184), [present(hannah), present(lena)]);
    await record(imani, day(185), [present(lena), present(hannah), marked(priya, 'ABSENT')]);

    // Her earlier circles stay Riverside's: Theo still corrects them.
    const correction = await recordAttendance(app, theo.token, { sessionId: sessionOn[day(92)], userId: lena.id, status: 'PRESENT', minutesAttended: 80 });
    expect(correction.errors).toBeUndefined();
    expect(correction.data.recordAttendance).toMatchObject({ status: 'PRESENT', minutesAttended: 80, user: { fullName: 'Lena Marquez' } });
    // She was not expected at Hillcrest before the move, nor at Riverside after it.
    expect(errorCode(await recordAttendance(app, rosa.token, { sessionId: sessionOn[day(93)], userId: lena.id, status: 'PRESENT' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await recordAttendance(app, theo.token, { sessionId: sessionOn[day(183)], userId: lena.id, status: 'PRESENT' }))).toBe('BAD_USER_INPUT');

    const circles = (await scheduleOf(lena)).filter((session: { title: string }) => session.title !== 'Faculty seminar');
    expect(titledDays(circles)).toEqual([
      `Riverside circle ${day(29)}`, `Riverside circle ${day(92)}`, `Hillcrest circle ${day(184)}`, `Hillcrest circle ${day(275)}`, `Hillcrest circle ${day(331)}`,
    ]);
    const { attendanceSummary } = await app.ok(SUMMARY, { cohortId }, lena.token);
    expect(attendanceSummary.byKind).toEqual([
      { kind: 'FACULTY_SEMINAR', sessionsExpected: 7, sessionsHeld: 6, sessionsAttended: 4, minutesAttended: 460 },
      { kind: 'COMMUNITY_OF_PRACTICE', sessionsExpected: 5, sessionsHeld: 4, sessionsAttended: 3, minutesAttended: 260 },
    ]);
    const { progress } = await app.ok(PROGRESS, { cohortId }, lena.token);
    expect(requirement(progress, 'COMMUNITY_SESSIONS_ATTENDED')).toEqual({ kind: 'COMMUNITY_SESSIONS_ATTENDED', achieved: 3, met: false });
  });

  it('the ninth month: Priya withdraws, a replacement takes her seat, and her records stay', async () => {
    const grace = await givenUser(app, admin, { fullName: 'Grace Abernathy' });
    const full = await app.gql(ENROLL, { input: { cohortId, userId: grace.id, role: 'PARTICIPANT' } }, admin.token);
    expect(errorCode(full)).toBe('BAD_USER_INPUT');
    expect(full.errors![0].message).toContain('the cohort is full');

    const withdrawn = await withdrawRequest(app, admin.token, { enrollmentId: priyaEnrollment, effectiveOn: day(239), reason: 'Took a position with the county health department' });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.withdraw).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: day(239), user: { fullName: 'Priya Natarajan' } });
    const replacement = await app.gql(ENROLL, { input: { cohortId, userId: grace.id, role: 'PARTICIPANT' } }, admin.token);
    expect(replacement.errors).toBeUndefined();
    expect(replacement.data.enroll).toMatchObject({ status: 'ACTIVE', user: { fullName: 'Grace Abernathy' } });
    // Enrolled today, she is expected at what is still to come, in no community yet.
    expect(titledDays(await scheduleOf(grace))).toEqual([`Faculty seminar ${day(339)}`]);

    // The rest of the year, without Priya.
    expect(errorCode(await recordAttendance(app, imani.token, { sessionId: sessionOn[day(248)], userId: priya.id, status: 'PRESENT' }))).toBe('BAD_USER_INPUT');
    await record(imani, day(248), [present(lena), marked(hannah, 'EXCUSED')]);
    await record(rosa, day(275), [present(hannah), present(lena)]);
    await record(imani, day(311), [present(lena), present(hannah)]);

    // Expected at nothing from her withdrawal; what she attended before it stays hers.
    const priyaSchedule = await scheduleOf(priya);
    expect(priyaSchedule.every((session: { localStart: string }) => session.localStart < day(239))).toBe(true);
    expect(titledDays(priyaSchedule)).toHaveLength(7);
    const { attendanceSummary } = await app.ok(SUMMARY, { cohortId, userId: priya.id }, imani.token);
    expect(attendanceSummary.totalMinutes).toBe(3 * 120 + 3 * 90);
    const { cohortProgress } = await app.ok(COHORT_PROGRESS, { cohortId }, imani.token);
    expect(cohortProgress.find((row: { user: { id: string } }) => row.user.id === priya.id)).toMatchObject({ withdrawnOn: day(239), eligible: false });

    // The journals: the others submit and are graded; Priya can no longer submit.
    const refused = await app.gql(SUBMIT, { input: { assignmentId: closingReflection, body: 'What this year taught me.' } }, priya.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('withdrawn');
    for (const participant of [lena, hannah]) {
      const { submitJournal } = await app.ok(SUBMIT, { input: { assignmentId: closingReflection, body: 'What this year taught me.' } }, participant.token);
      await app.ok(GRADE, { input: { submissionId: submitJournal.id, outcome: 'SATISFACTORY', feedback: 'Thoughtful and specific.', version: submitJournal.version } }, imani.token);
    }
  });

  it('the eleventh month: certificates, then a name change and a reissued certificate', async () => {
    const { progress } = await app.ok(PROGRESS, { cohortId }, lena.token);
    expect(progress).toMatchObject({ eligible: true, withdrawnOn: null, user: { fullName: 'Lena Marquez' } });
    expect(requirement(progress, 'COMMUNITY_SESSIONS_ATTENDED')).toEqual({ kind: 'COMMUNITY_SESSIONS_ATTENDED', achieved: 4, met: true });

    // The last sessions are still to come: issuing now needs a reason.
    const tooEarly = await app.gql(ISSUE_ALL, { cohortId }, admin.token);
    expect(errorCode(tooEarly)).toBe('BAD_USER_INPUT');
    expect(tooEarly.errors![0].extensions!.fields).toEqual(['earlyCompletionReason']);
    const { issueCertificates } = await app.ok(ISSUE_ALL, { cohortId, reason: 'The state registry closes this month; the last sessions are review only' }, admin.token);
    // Priya (withdrawn) and Grace (enrolled today) have not met the requirements.
    expect(issueCertificates).toMatchObject({ issued: 2, alreadyHeld: 0, notEligible: 2 });
    expect(issueCertificates.certificates.map((certificate: { holderName: string; contactMinutes: number }) => [certificate.holderName, certificate.contactMinutes])).toEqual([
      ['Hannah Whitfield', 5 * 120 + 4 * 90],
      ['Lena Marquez', 5 * 120 + 100 + 90 + 80 + 90 + 90],
    ]);
    const original = issueCertificates.certificates.find((certificate: { userId: string }) => certificate.userId === lena.id);

    // Lena changes her name herself; the coordinator changes her address.
    expect((await app.ok(UPDATE_USER, { input: { userId: lena.id, fullName: 'Lena Ortiz' } }, lena.token)).updateUser.fullName).toBe('Lena Ortiz');
    const newEmail = uniqueEmail('lena.ortiz');
    expect((await app.ok(UPDATE_USER, { input: { userId: lena.id, email: newEmail } }, admin.token)).updateUser).toEqual({ id: lena.id, fullName: 'Lena Ortiz', email: newEmail });
    const token = await signIn(app, newEmail, 'lena-chose-this-passphrase');
    expect((await app.ok(ME, {}, token)).me).toEqual({ id: lena.id, fullName: 'Lena Ortiz', email: newEmail });
    expect((await app.ok(PROGRESS, { cohortId }, token)).progress.user.fullName).toBe('Lena Ortiz');
    // The certificate keeps the name it was issued under until it is reissued.
    expect((await app.ok(MY_CERTIFICATES, {}, token)).myCertificates).toEqual([
      { id: original.id, code: original.code, status: 'VALID', holderName: 'Lena Marquez', revocationReason: null },
    ]);

    const { reissueCertificate } = await app.ok(REISSUE, { input: { certificateId: original.id, reason: 'Name change' } }, admin.token);
    expect(reissueCertificate).toMatchObject({ status: 'VALID', holderName: 'Lena Ortiz', contactMinutes: original.contactMinutes });
    expect(reissueCertificate.code).not.toBe(original.code);
    expect((await app.ok(MY_CERTIFICATES, {}, token)).myCertificates).toEqual([
      { id: reissueCertificate.id, code: reissueCertificate.code, status: 'VALID', holderName: 'Lena Ortiz', revocationReason: null },
      { id: original.id, code: original.code, status: 'REVOKED', holderName: 'Lena Marquez', revocationReason: 'Name change' },
    ]);
    expect((await app.ok(VERIFY, { code: original.code })).verifyCertificate).toEqual({ valid: false, status: 'REVOKED', holderName: 'Lena Marquez', revocationReason: 'Name change' });
    expect((await app.ok(VERIFY, { code: reissueCertificate.code })).verifyCertificate).toEqual({ valid: true, status: 'VALID', holderName: 'Lena Ortiz', revocationReason: null });
  });

  it('the next year: copyCohort gives the set-up at the same local times, with no people', async () => {
    const { copyCohort } = await app.ok(COPY, { input: { cohortId, name: 'Prairie cohort, second year', startsOn: day(364) } }, admin.token);
    expect(copyCohort).toEqual({ id: expect.any(String), name: 'Prairie cohort, second year', startsOn: day(364), endsOn: day(711), capacity: 3, timeZone: ZONE });

    const source = await app.ok(SET_UP, { id: cohortId }, admin.token);
    const copy = await app.ok(SET_UP, { id: copyCohort.id }, admin.token);
    expect(copy.cohort.members).toEqual([]);
    expect(copy.cohort.modules).toEqual([{ title: 'Foundations of consultation', position: 1 }, { title: 'Consultation in practice', position: 2 }]);
    expect(copy.cohort.communities).toEqual([
      { name: 'Hillcrest', members: [], facilitators: [] },
      { name: 'Riverside', members: [], facilitators: [] },
    ]);

    // 364 days later, the same weekday, at the same wall-clock time whatever the offset that day.
    const nextYear = (localStart: string) => new Date(Date.parse(`${localStart.slice(0, 10)}T00:00:00Z`) + 364 * 86_400_000).toISOString().slice(0, 10) + localStart.slice(10, 19);
    const withoutOffset = ({ localStart, leader, ...session }: { localStart: string; leader: unknown }) => ({ ...session, localStart: localStart.slice(0, 19) });
    expect(copy.cohort.sessions.map(withoutOffset)).toEqual(
      source.cohort.sessions.map((session: { localStart: string; leader: unknown }) => ({ ...withoutOffset(session), localStart: nextYear(session.localStart) })),
    );
    expect(copy.cohort.sessions).toHaveLength(17);
    expect(copy.cohort.sessions.every((session: { leader: unknown }) => session.leader === null)).toBe(true);

    expect(copy.cohortJournalAssignments.map(({ title, dueAt, module }: { title: string; dueAt: string; module: { title: string } }) => [title, new Date(dueAt).toISOString(), module.title])).toEqual([
      ['Entering the consultative stance', new Date(local(day(329 + 364), '23:59')).toISOString(), 'Foundations of consultation'],
      ['Closing reflection', new Date(local(day(345 + 364), '23:59')).toISOString(), 'Consultation in practice'],
    ]);
    const byKind = (rows: { kind: string }[]) => [...rows].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(byKind(copy.cohortRequirements)).toEqual(byKind(source.cohortRequirements));
    expect(copy.cohortRequirements).toHaveLength(3);
  });
});
