import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_EMAIL, ADMIN_PASSWORD, TestApp } from '../test-app';

export type Role = 'PARTICIPANT' | 'FACULTY' | 'FACILITATOR';

export interface SignedIn {
  id: string;
  email: string;
  fullName: string;
  token: string;
}

export interface GivenCohort {
  programId: string;
  cohortId: string;
  startsOn: string;
  endsOn: string;
}

export const PASSWORD = 'a-long-enough-password';

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@test.iecmhc.example`;
}

/** Where the README sends a newcomer for the demo accounts' password: DATA_DIR/secrets/demo-password. */
export function demoPasswordFile(app: TestApp): string {
  return join(app.env.DATA_DIR!, 'secrets', 'demo-password');
}

export function demoPassword(app: TestApp): string {
  return readFileSync(demoPasswordFile(app), 'utf8');
}

export async function signIn(app: TestApp, email: string, password: string): Promise<string> {
  const data = await app.ok(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } });
  return data.login.accessToken;
}

export async function signInAdmin(app: TestApp): Promise<SignedIn> {
  const token = await signIn(app, ADMIN_EMAIL, ADMIN_PASSWORD);
  const { me } = await app.ok(`{ me { id email fullName } }`, {}, token);
  return { ...me, token };
}

export async function givenUser(app: TestApp, admin: SignedIn, fields: { fullName?: string; credentials?: string[] } = {}): Promise<SignedIn> {
  const email = uniqueEmail();
  const fullName = fields.fullName ?? `Test Person ${randomBytes(3).toString('hex')}`;
  const { createUser } = await app.ok(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email, fullName, password: PASSWORD, credentials: fields.credentials ?? [] } },
    admin.token,
  );
  return { id: createUser.id, email, fullName, token: await signIn(app, email, PASSWORD) };
}

export async function givenCohort(
  app: TestApp,
  admin: SignedIn,
  fields: { startsOn?: string; endsOn?: string; capacity?: number; minimumAttendancePercent?: number; timeZone?: string } = {},
): Promise<GivenCohort> {
  const { createProgram } = await app.ok(
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    { input: { name: 'Test IECMHC Program' } },
    admin.token,
  );
  const startsOn = fields.startsOn ?? '2026-01-05';
  const endsOn = fields.endsOn ?? '2026-12-18';
  const { createCohort } = await app.ok(
    `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        programId: createProgram.id, name: 'Test cohort', startsOn, endsOn, capacity: fields.capacity ?? 40,
        minimumAttendancePercent: fields.minimumAttendancePercent, timeZone: fields.timeZone,
      },
    },
    admin.token,
  );
  return { programId: createProgram.id, cohortId: createCohort.id, startsOn, endsOn };
}

export async function enroll(app: TestApp, admin: SignedIn, cohortId: string, userId: string, role: Role, enrolledAt?: string): Promise<string> {
  const { enroll: enrollment } = await app.ok(
    `mutation($input: EnrollInput!) { enroll(input: $input) { id } }`,
    { input: { cohortId, userId, role, ...(enrolledAt ? { enrolledAt } : {}) } },
    admin.token,
  );
  return enrollment.id;
}

/** A new user enrolled in the cohort with `role`, signed in. */
export async function givenMember(app: TestApp, admin: SignedIn, cohortId: string, role: Role, fields: { fullName?: string; credentials?: string[] } = {}): Promise<SignedIn> {
  const user = await givenUser(app, admin, fields);
  await enroll(app, admin, cohortId, user.id, role, '2025-12-01T00:00:00Z');
  return user;
}

/**
 * Many participants at once, written straight to the database (set-up for statement-count tests,
 * where signing each one up through GraphQL would only be slow). They share the admin's password hash.
 */
export async function givenManyParticipants(app: TestApp, cohortId: string, count: number): Promise<string[]> {
  const { rows } = await app.db.query(
    `WITH people AS (
       INSERT INTO app_user (email, full_name, password_hash)
       SELECT 'bulk.' || md5(random()::text) || '@test.iecmhc.example', 'Bulk Participant ' || n,
              (SELECT password_hash FROM app_user ORDER BY created_at LIMIT 1)
       FROM generate_series(1, $2::int) AS n
       RETURNING id
     )
     INSERT INTO enrollment (cohort_id, user_id, role, enrolled_at)
     SELECT $1, id, 'PARTICIPANT', '2025-12-01T00:00:00Z' FROM people
     RETURNING user_id`,
    [cohortId, count],
  );
  return rows.map((row: { user_id: string }) => row.user_id);
}

/** One message as the local SMTP server received it: envelope recipient, subject and decoded text. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** Undoes quoted-printable soft breaks and escapes, so a link reads as it was written. */
function decodedBody(raw: string): string {
  const body = raw.slice(raw.search(/\r?\n\r?\n/)).trim();
  if (!/^content-transfer-encoding: quoted-printable/im.test(raw)) return body;
  return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A local SMTP server (plain, on 127.0.0.1) that keeps what arrives: point the app's SMTP_URL at
 * `url`, then `waitFor` messages.
 */
export async function startMailbox(): Promise<{ url: string; received: ReceivedMail[]; waitFor(count: number, to?: string): Promise<ReceivedMail[]>; stop(): Promise<void> }> {
  const { SMTPServer } = await import('smtp-server');
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
          subject: /^subject: (.*)$/im.exec(raw)?.[1] ?? '',
          messageId: /^message-id: (.*)$/im.exec(raw)?.[1] ?? '',
          text: decodedBody(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const matching = (to?: string) => received.filter((mail) => !to || mail.to === to);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count, to) {
      const deadline = Date.now() + 15_000;
      while (matching(to).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return matching(to);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `token` of the one-time link in a message. */
export function linkToken(mail: { text: string }): string {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`No one-time link in: ${mail.text}`);
  return token;
}
