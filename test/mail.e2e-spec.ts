import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, errorCode, givenUser, signInAdmin, SignedIn, startMailbox, uniqueEmail } from './support/factories';
import { startSecondApp, startTestApp, TestApp } from './support/test-app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;

const until = async (condition: () => boolean | Promise<boolean>, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
};

describe('e-mail through SMTP_URL', () => {
  let app: TestApp;
  let second: TestApp;
  let admin: SignedIn;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url, MAIL_FROM: 'Training Team <training@test.iecmhc.example>' });
    second = await startSecondApp(app);
    admin = await signInAdmin(app);
  });

  afterAll(async () => {
    await second?.stop();
    await app?.stop();
    await mailbox?.stop();
  });

  it('sends a short plain-text message from MAIL_FROM with the link', async () => {
    const person = await givenUser(app, admin, { fullName: 'Mail Reader' });
    await app.ok(REQUEST_RESET, { input: { email: person.email } });
    const [mail] = await mailbox.waitFor(1, person.email);
    expect(mail.subject).toBe('Reset your IECMHC Consultant Training password');
    expect(mail.text).toMatch(/^Hello Mail Reader,/);
    expect(mail.text).toMatch(/http:\/\/verify\.test\.example\/reset-password\?token=[A-Za-z0-9_-]{43}\b/);
    expect(mail.text.length).toBeLessThan(600);
  });

  it('sends each message once, with two instances working the queue', async () => {
    const people: SignedIn[] = [];
    for (let n = 0; n < 6; n++) people.push(await givenUser(app, admin));
    await Promise.all(people.map((person, n) => (n % 2 ? second : app).ok(REQUEST_RESET, { input: { email: person.email } })));
    await until(() => people.every((person) => mailbox.received.some((mail) => mail.to === person.email)));
    // Time for a second delivery, were there to be one.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (const person of people) expect(mailbox.received.filter((mail) => mail.to === person.email)).toHaveLength(1);
    const ids = mailbox.received.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sends nothing for a change whose transaction rolls back', async () => {
    const email = uniqueEmail('rolled-back');
    // The invitation's audit row, written after its message is queued, fails: the whole change rolls back.
    await app.db.query(`CREATE FUNCTION refuse_invitation_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'user.invited' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await app.db.query(`CREATE TRIGGER refuse_invitation_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_invitation_audit()`);
    try {
      const result = await app.gql(INVITE, { input: { email, fullName: 'Never Invited' } }, admin.token);
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.db.query(`DROP TRIGGER refuse_invitation_audit ON audit_event; DROP FUNCTION refuse_invitation_audit()`);
    }
    expect(await countRows(app, 'app_user', 'email = $1', [email])).toBe(0);
    expect(await countRows(app, 'pgboss.job', `data->>'to' = $1`, [email])).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailbox.received.filter((mail) => mail.to === email)).toEqual([]);
  });
});

describe('e-mail without SMTP_URL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'info' });
  });

  afterAll(() => app?.stop());

  it('writes each message to DATA_DIR/mail as an .eml file and logs that it did', async () => {
    const admin = await signInAdmin(app);
    const email = uniqueEmail('file');
    await app.ok(INVITE, { input: { email, fullName: 'File Reader' } }, admin.token);
    const directory = join(app.env.DATA_DIR!, 'mail');
    await until(() => existsSync(directory) && readdirSync(directory).length > 0);
    const files = readdirSync(directory);
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\.eml$/)]);
    const message = readFileSync(join(directory, files[0]), 'utf8');
    expect(message).toMatch(new RegExp(`^To: ${email.replace(/\./g, '\\.')}$`, 'm'));
    expect(message).toMatch(/^From: IECMHC Consultant Training <no-reply@verify\.test\.example>$/m);
    expect(message).toContain('Hello File Reader,');
    const logged = app.output.flatMap((line) => (line.startsWith('{') ? [JSON.parse(line)] : [])).find((line) => line.msg === 'E-mail written to a file (SMTP_URL is not set)');
    expect(logged).toMatchObject({ level: 'info', file: join(directory, files[0]) });
  });
});
