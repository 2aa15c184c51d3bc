import {
  countRows,
  givenAssignment,
  givenCohort,
  givenCommunity,
  givenEntry,
  givenMember,
  givenModule,
  givenPlacement,
  givenSubmitted,
  givenUser,
  GRADE,
  GRANT_EXTENSION,
  REFLECTION,
  ReceivedMail,
  SAVE_DRAFT,
  signInAdmin,
  SignedIn,
  startMailbox,
} from './support/factories';
import { ADMIN_EMAIL, startSecondApp, startTestApp, TestApp } from './support/test-app';

/**
 * Reminders read from a local SMTP server. The sweep runs as a pg-boss job, hourly and once more
 * whenever an instance starts: the test makes a sweep happen by starting another instance on the
 * same database, as a deploy would.
 */

const SET_PREFERENCE = `mutation($enabled: Boolean!) { setReminderPreference(enabled: $enabled) { id remindersEnabled } }`;
const BASE = 'http://verify.test.example';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Texts people wrote: no reminder may carry them. */
const PROMPT = 'Private prompt: reflect on a moment you slowed down.';
const DRAFT = 'Private draft: the visit left me unsure.';
const JOURNAL = 'Private journal: I noticed my own hurry.';
const FEEDBACK = 'Private feedback: your noticing is careful.';

const until = async (condition: () => Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
};
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('reminders by e-mail', () => {
  let app: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: SignedIn;
  let people: Record<'ana' | 'ben' | 'cleo' | 'dev' | 'eve' | 'fay' | 'gil' | 'hal' | 'casey', SignedIn>;
  let cohortId: string;
  let soonId: string;
  let lateId: string;
  let benSoon: { id: string; version: number };

  const sweeps = async (state: 'completed' | 'pending') =>
    countRows(app, 'pgboss.job', `name = 'reminder-sweep' AND ${state === 'completed' ? "state = 'completed'" : "state NOT IN ('completed', 'failed', 'cancelled')"}`);

  /** Starts another instance, waits for the sweep it queues at start-up to finish, and stops it. */
  async function sweep(): Promise<void> {
    await until(async () => (await sweeps('pending')) === 0);
    const done = await sweeps('completed');
    const instance = await startSecondApp(app);
    try {
      await until(async () => (await sweeps('completed')) > done);
      expect(await sweeps('completed')).toBeGreaterThan(done);
    } finally {
      await instance.stop();
    }
  }

  /** What arrived, with SMTP's line endings read as the message wrote them. */
  const received = () => mailbox.received.map((mail) => ({ ...mail, text: mail.text.replace(/\r\n/g, '\n') }));
  const to = (person: SignedIn) => received().filter((mail) => mail.to === person.email);
  const mailJobs = () => countRows(app, 'pgboss.job', `name = 'mail'`);

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url });
    // The app's own start-up sweep finds the database empty; arranging waits for it, so it cannot see half a set-up.
    await until(async () => (await sweeps('completed')) > 0);
    admin = await signInAdmin(app);
    const now = Date.now();
    const cohort = await givenCohort(app, admin, { startsOn: day(now - 60 * DAY), endsOn: day(now + 60 * DAY), timeZone: 'America/Los_Angeles' });
    cohortId = cohort.cohortId;
    const member = (role: 'PARTICIPANT' | 'FACULTY' | 'FACILITATOR', fullName: string) => givenMember(app, admin, cohortId, role, { fullName });
    people = {
      ana: await member('PARTICIPANT', 'Ana Diaz'),
      ben: await member('PARTICIPANT', 'Ben Okafor'),
      cleo: await member('PARTICIPANT', 'Cleo Park'),
      dev: await member('PARTICIPANT', 'Dev Rao'),
      eve: await member('PARTICIPANT', 'Eve Laine'),
      fay: await member('FACULTY', 'Fay Nguyen'),
      gil: await member('FACILITATOR', 'Gil Moreno'),
      hal: await member('FACILITATOR', 'Hal Berg'),
      casey: await givenUser(app, admin, { fullName: 'Casey Lee' }),
    };
    await app.ok(`mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`, { input: { programId: cohort.programId, userId: people.casey.id, role: 'COORDINATOR' } }, admin.token);
    await givenCommunity(app, admin, cohortId, [people.gil.id], [people.ana.id, people.cleo.id, people.dev.id, people.eve.id], 'North');
    await givenCommunity(app, admin, cohortId, [people.hal.id], [people.ben.id], 'South');

    const moduleId = await givenModule(app, people.fay.token, cohortId);
    const assignment = async (title: string, dueAt: number) => {
      const id = await givenAssignment(app, people.fay, moduleId, { title, dueAt: new Date(dueAt).toISOString() });
      await app.db.query(`UPDATE journal_assignment SET prompt = $2 WHERE id = $1`, [id, PROMPT]);
      return id;
    };
    soonId = await assignment('Entering the consultative stance', now + 24 * HOUR);
    lateId = await assignment('Noticing my reactions', now - 3 * DAY);

    // Ben submitted both; Eve submitted the one due soon and has until tomorrow for the late one; Dev has only a draft.
    benSoon = await givenSubmitted(app, people.ben, soonId, JOURNAL);
    await givenSubmitted(app, people.ben, lateId, JOURNAL);
    await givenSubmitted(app, people.eve, soonId, JOURNAL);
    await app.ok(GRANT_EXTENSION, { input: { assignmentId: lateId, userId: people.eve.id, dueAt: new Date(now + 30 * HOUR).toISOString() } }, people.fay.token);
    await app.ok(SAVE_DRAFT, { input: { assignmentId: soonId, body: DRAFT } }, people.dev.token);

    // Ana's first entry has waited eight days for a review; her second, logged today, has not waited long.
    const placementId = await givenPlacement(app, people.ana, cohortId);
    const waiting = await givenEntry(app, people.ana, placementId, { date: day(now - 10 * DAY) });
    await givenEntry(app, people.ana, placementId, { date: day(now - DAY) });
    await app.db.query(`UPDATE practicum_log_entry SET submitted_at = now() - interval '8 days' WHERE id = $1`, [waiting]);

    await app.ok(SET_PREFERENCE, { enabled: false }, people.cleo.token);
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await mailbox?.stop();
  });

  it('lets a person turn reminders off, audited once, and shows the setting to them alone', async () => {
    const { me } = await app.ok(`{ me { remindersEnabled } }`, {}, people.cleo.token);
    expect(me.remindersEnabled).toBe(false);
    const audited = () => countRows(app, 'audit_event', `actor_id = $1 AND action = 'user.reminder-preference-set'`, [people.cleo.id]);
    expect(await audited()).toBe(1);
    // Already off: nothing changes, nothing is written.
    expect((await app.ok(SET_PREFERENCE, { enabled: false }, people.cleo.token)).setReminderPreference).toEqual({ id: people.cleo.id, remindersEnabled: false });
    expect(await audited()).toBe(1);
    const { rows } = await app.db.query(`SELECT before, after FROM audit_event WHERE actor_id = $1 AND action = 'user.reminder-preference-set'`, [people.cleo.id]);
    expect(rows).toEqual([{ before: { remindersEnabled: true }, after: { remindersEnabled: false } }]);
    // Someone else's setting is theirs: a coordinator listing the cohort sees null.
    const { cohort } = await app.ok(`query($id: ID!) { cohort(id: $id) { members { user { id remindersEnabled } } } }`, { id: cohortId }, admin.token);
    expect(cohort.members.map((member: { user: { remindersEnabled: boolean | null } }) => member.user.remindersEnabled)).toEqual(cohort.members.map(() => null));
  });

  it('sends at a sweep each reminder that is due, to whom it concerns, with the link and nothing anyone wrote', async () => {
    await sweep();
    await mailbox.waitFor(6);
    // Time for a message that should not come.
    await new Promise((resolve) => setTimeout(resolve, 2500));

    const subjects = (person: SignedIn) => to(person).map((mail) => mail.subject).sort();
    expect(subjects(people.ana)).toEqual(['Journal due soon: Entering the consultative stance']);
    expect(subjects(people.dev)).toEqual(['Journal due soon: Entering the consultative stance']);
    // The extension counts: Eve's late journal is due tomorrow.
    expect(subjects(people.eve)).toEqual(['Journal due soon: Noticing my reactions']);
    // Submitted: nothing. Turned off: nothing.
    expect(subjects(people.ben)).toEqual([]);
    expect(subjects(people.cleo)).toEqual([]);
    // Ana's facilitator and the cohort's faculty review her waiting entry; South's facilitator has nothing waiting.
    expect(subjects(people.gil)).toEqual(['Practicum entries are waiting for your review']);
    expect(subjects(people.fay)).toEqual(['Practicum entries are waiting for your review']);
    expect(subjects(people.hal)).toEqual([]);
    // The program's coordinator gets the digest; administrators are not sent one.
    expect(subjects(people.casey)).toEqual([expect.stringMatching(/^Late in Test IECMHC Program: week of \w{3}, \w{3} \d{1,2}, \d{4}$/)]);
    expect(mailbox.received.filter((mail) => mail.to === ADMIN_EMAIL)).toEqual([]);
    expect(mailbox.received).toHaveLength(6);

    const [due] = to(people.ana);
    expect(due.text).toMatch(/^Hello Ana Diaz,\n/);
    expect(due.text).toMatch(/is due \w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M P[SD]T and is not submitted yet/);
    expect(due.text).toContain(`${BASE}/journals/${soonId}`);
    expect(to(people.eve)[0].text).toContain(`${BASE}/journals/${lateId}`);

    const [review] = to(people.gil);
    expect(review.text).toContain('These practicum entries have waited more than 7 days for a review:\n- Test cohort: 1 entry\n');
    expect(review.text).toContain(`${BASE}/reviews`);

    const [digest] = to(people.casey);
    expect(digest.text).toContain('Journals past due, not submitted: 3 (Ana Diaz, Cleo Park, Dev Rao)');
    expect(digest.text).toContain('Practicum entries waiting more than 7 days: 1 (Ana Diaz)');
    expect(digest.text).toContain(`${BASE}/cohorts/${cohortId}/manage`);

    for (const mail of received()) expectNoWrittenText(mail);
  });

  it('sends none of them again at the next sweep', async () => {
    const sent = mailbox.received.length;
    const jobs = await mailJobs();
    const recorded = await countRows(app, 'reminder_sent');
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await countRows(app, 'reminder_sent')).toBe(recorded);
    expect(await mailJobs()).toBe(jobs);
    expect(mailbox.received).toHaveLength(sent);
  });

  it('tells a participant once when feedback arrives, and not one who turned reminders off', async () => {
    await app.ok(GRADE, { input: { submissionId: benSoon.id, outcome: 'NEEDS_REVISION', feedback: FEEDBACK, version: benSoon.version } }, people.fay.token);
    const cleoSoon = await givenSubmitted(app, people.cleo, soonId, JOURNAL);
    await app.ok(GRADE, { input: { submissionId: cleoSoon.id, outcome: 'SATISFACTORY', feedback: FEEDBACK, version: cleoSoon.version } }, people.fay.token);

    await mailbox.waitFor(1, people.ben.email);
    const [feedback] = to(people.ben);
    expect(feedback.subject).toBe('Feedback on your journal: Entering the consultative stance');
    expect(feedback.text).toContain(`Faculty have given feedback on your journal "Entering the consultative stance". Read it here:\n${BASE}/journals/${soonId}`);
    expectNoWrittenText(feedback);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(to(people.ben)).toHaveLength(1);
    expect(to(people.cleo)).toEqual([]);
    expect(await countRows(app, 'reminder_sent', `kind = 'FEEDBACK'`)).toBe(1);
  });
});

function expectNoWrittenText(mail: ReceivedMail): void {
  for (const text of [PROMPT, DRAFT, JOURNAL, FEEDBACK, REFLECTION]) expect(mail.text).not.toContain(text);
  expect(mail.text).toContain('To stop them, untick "Send me reminders by e-mail" on your account page:');
  expect(mail.text).toContain(`${BASE}/account`);
  expect(mail.text.length).toBeLessThan(1200);
}
