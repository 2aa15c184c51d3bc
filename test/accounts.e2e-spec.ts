import { countRows, errorCode, givenCohort, givenMember, givenUser, linkToken, PASSWORD, signIn, signInAdmin, SignedIn, startMailbox, uniqueEmail } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const USERS = `query($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) { nodes { id fullName email deactivatedAt } pageInfo { hasNextPage endCursor } totalCount }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id fullName email } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email fullName isAdmin } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken user { id email } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(userId: $id) { id deactivatedAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(userId: $id) { id deactivatedAt } }`;
const SIGN_OUT = `mutation { signOut }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { id fullName } }`;
const NEW_PASSWORD = 'a-brand-new-passphrase';
/** Reset requests count like sign-in attempts: this many per account within the window. */
const ATTEMPTS_PER_ACCOUNT = 4;

const fields = (result: { errors?: { extensions?: { fields?: string[] } }[] }) => result.errors?.[0]?.extensions?.fields;

describe('accounts over time', () => {
  let app: TestApp;
  let admin: SignedIn;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SMTP_URL: mailbox.url, MAIL_FROM: 'Training Team <training@test.iecmhc.example>', LOGIN_ATTEMPTS_PER_ACCOUNT: String(ATTEMPTS_PER_ACCOUNT) });
    admin = await signInAdmin(app);
  });

  afterAll(async () => {
    await app?.stop();
    await mailbox?.stop();
  });

  const login = (email: string, password: string) => app.gql(LOGIN, { input: { email, password } });

  /** Everything a refusal must leave as it was. */
  const state = async () => ({
    users: (await app.db.query('SELECT id, email, full_name, password_hash, token_version, deactivated_at FROM app_user ORDER BY id')).rows,
    tokens: (await app.db.query('SELECT id, used_at FROM one_time_token ORDER BY id')).rows,
    audit: await countRows(app, 'audit_event'),
    licenses: await countRows(app, 'license'),
  });

  describe('the list of people', () => {
    it('finds people by part of their name or address, a page at a time, with the total', async () => {
      const marker = `Zephyrine${Date.now()}`;
      const people = [];
      for (const first of ['Ada', 'Bea', 'Cy']) people.push(await givenUser(app, admin, { fullName: `${first} ${marker}` }));
      const firstPage = await app.ok(USERS, { search: marker.toLowerCase(), first: 2 }, admin.token);
      expect(firstPage.users.totalCount).toBe(3);
      expect(firstPage.users.nodes.map((n: { fullName: string }) => n.fullName)).toEqual([`Ada ${marker}`, `Bea ${marker}`]);
      expect(firstPage.users.pageInfo.hasNextPage).toBe(true);
      const secondPage = await app.ok(USERS, { search: marker, first: 2, after: firstPage.users.pageInfo.endCursor }, admin.token);
      expect(secondPage.users.nodes).toEqual([{ id: people[2].id, fullName: `Cy ${marker}`, email: people[2].email, deactivatedAt: null }]);
      expect(secondPage.users.pageInfo.hasNextPage).toBe(false);

      const byAddress = await app.ok(USERS, { search: people[1].email.toUpperCase() }, admin.token);
      expect(byAddress.users.nodes.map((n: { id: string }) => n.id)).toEqual([people[1].id]);
      // Wildcards are taken literally.
      expect((await app.ok(USERS, { search: '%' }, admin.token)).users.totalCount).toBe(0);
    });

    it('refuses a cursor it did not hand out, naming after', async () => {
      const result = await app.gql(USERS, { after: 'not-a-cursor' }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fields(result)).toEqual(['after']);
    });
  });

  describe('names and addresses', () => {
    it('answers a duplicate createUser with CONFLICT naming the existing account', async () => {
      const person = await givenUser(app, admin);
      const result = await app.gql(CREATE_USER, { input: { email: person.email.toUpperCase(), fullName: 'Someone Else', password: PASSWORD } }, admin.token);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].extensions).toMatchObject({ userId: person.id });
    });

    it('lets an admin change a name and an address, and the person sign in with the new address', async () => {
      const person = await givenUser(app, admin);
      const email = uniqueEmail('renamed');
      const { updateUser } = await app.ok(UPDATE_USER, { input: { userId: person.id, fullName: ' Renamed Person ', email } }, admin.token);
      expect(updateUser).toEqual({ id: person.id, fullName: 'Renamed Person', email });
      expect(await signIn(app, email, PASSWORD)).toEqual(expect.any(String));
    });

    it('lets a person change their own name, not their address', async () => {
      const person = await givenUser(app, admin);
      expect((await app.ok(UPDATE_USER, { input: { userId: person.id, fullName: 'My Chosen Name' } }, person.token)).updateUser.fullName).toBe('My Chosen Name');
      const before = await state();
      const result = await app.gql(UPDATE_USER, { input: { userId: person.id, email: uniqueEmail() } }, person.token);
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    });

    // A person belongs to no cohort: in an access check only they and admins are related to them.
    it("refuses someone else's name with NOT_FOUND, to a stranger and a cohort-mate alike, and writes nothing", async () => {
      const cohort = await givenCohort(app, admin);
      const person = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
      const mate = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT');
      const stranger = await givenUser(app, admin);
      const before = await state();
      expect(errorCode(await app.gql(UPDATE_USER, { input: { userId: person.id, fullName: 'Not Yours' } }, stranger.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(UPDATE_USER, { input: { userId: person.id, fullName: 'Not Yours' } }, mate.token))).toBe('NOT_FOUND');
      expect(await state()).toEqual(before);
    });

    it('refuses an address another account has with CONFLICT, and writes nothing', async () => {
      const [person, other] = [await givenUser(app, admin), await givenUser(app, admin)];
      const before = await state();
      const result = await app.gql(UPDATE_USER, { input: { userId: person.id, email: other.email } }, admin.token);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(await state()).toEqual(before);
    });

    it('refuses a blank name or a bad address, naming the field', async () => {
      const person = await givenUser(app, admin);
      const blank = await app.gql(UPDATE_USER, { input: { userId: person.id, fullName: '   ' } }, admin.token);
      expect([errorCode(blank), fields(blank)]).toEqual(['BAD_USER_INPUT', ['fullName']]);
      const address = await app.gql(UPDATE_USER, { input: { userId: person.id, email: 'nobody' } }, admin.token);
      expect([errorCode(address), fields(address)]).toEqual(['BAD_USER_INPUT', ['email']]);
    });
  });

  describe('invitations', () => {
    it('mails a one-time link whose token sets the password and signs the person in, once', async () => {
      const email = uniqueEmail('invited');
      const { inviteUser } = await app.ok(INVITE, { input: { email, fullName: 'Invited Person' } }, admin.token);
      expect(inviteUser).toEqual({ id: expect.any(String), email, fullName: 'Invited Person', isAdmin: false });
      // No password yet: nothing signs in.
      expect(errorCode(await login(email, PASSWORD))).toBe('UNAUTHENTICATED');

      const [mail] = await mailbox.waitFor(1, email);
      expect(mail.text).toContain('Invited Person');
      expect(mail.text).toContain('http://verify.test.example/reset-password?token=');
      expect(mail.text).toContain('IECMHC Consultant Training');
      const token = linkToken(mail);
      // Only its hash is kept.
      expect(await countRows(app, 'one_time_token', `encode(token_hash, 'escape') LIKE '%' || $1 || '%'`, [token])).toBe(0);

      const { resetPassword } = await app.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(resetPassword.user).toEqual({ id: inviteUser.id, email });
      expect((await app.ok(ME, {}, resetPassword.accessToken)).me.id).toBe(inviteUser.id);
      expect(await signIn(app, email, NEW_PASSWORD)).toEqual(expect.any(String));

      const before = await state();
      const reused = await app.gql(RESET, { input: { token, newPassword: 'yet-another-passphrase' } });
      expect([errorCode(reused), fields(reused)]).toEqual(['BAD_USER_INPUT', ['token']]);
      expect(await state()).toEqual(before);
    });

    it('records the licences given with the invitation, and refuses a duplicate one, naming it, with nothing written', async () => {
      const licenses = [
        { type: 'lcsw', state: 'ca', number: 'LCSW 70001', status: 'ACTIVE' },
        { type: 'PSYCHOLOGIST', state: 'NY', number: 'PSY 70002', status: 'INACTIVE' },
      ];
      const email = uniqueEmail('licensed');
      const { inviteUser } = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id licenses { type state number status } } }`,
        { input: { email, fullName: 'Licensed Invitee', licenses } },
        admin.token,
      );
      expect(inviteUser.licenses).toEqual([
        { type: 'LCSW', state: 'CA', number: 'LCSW 70001', status: 'ACTIVE' },
        { type: 'PSYCHOLOGIST', state: 'NY', number: 'PSY 70002', status: 'INACTIVE' },
      ]);

      const before = await state();
      const duplicate = await app.gql(INVITE, { input: { email: uniqueEmail('twice'), fullName: 'Twice Licensed', licenses: [licenses[0], { ...licenses[0], number: 'LCSW 70003' }] } }, admin.token);
      expect([errorCode(duplicate), fields(duplicate)]).toEqual(['BAD_USER_INPUT', ['licenses.1.type']]);
      const unknownState = await app.gql(INVITE, { input: { email: uniqueEmail('nowhere'), fullName: 'Nowhere Licensed', licenses: [{ ...licenses[0], state: 'ZZ' }] } }, admin.token);
      expect([errorCode(unknownState), fields(unknownState)]).toEqual(['BAD_USER_INPUT', ['licenses.0.state']]);
      expect(await state()).toEqual(before);
    });
  });

  describe('password changes and resets', () => {
    it('changes the password and signs out the tokens issued before', async () => {
      const person = await givenUser(app, admin);
      expect((await app.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, person.token)).changePassword).toBe(true);
      expect(errorCode(await app.gql(ME, {}, person.token))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(person.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect(await signIn(app, person.email, NEW_PASSWORD)).toEqual(expect.any(String));
    });

    it('refuses a wrong current password or a short new one, naming the field, and writes nothing', async () => {
      const person = await givenUser(app, admin);
      const before = await state();
      const wrong = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD } }, person.token);
      expect([errorCode(wrong), fields(wrong)]).toEqual(['BAD_USER_INPUT', ['currentPassword']]);
      const short = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'short' } }, person.token);
      expect([errorCode(short), fields(short)]).toEqual(['BAD_USER_INPUT', ['newPassword']]);
      expect(await state()).toEqual(before);
    });

    it('answers true for any address, and mails a one-hour link only to an account', async () => {
      const person = await givenUser(app, admin);
      const unknown = uniqueEmail('nobody');
      expect((await app.ok(REQUEST_RESET, { input: { email: unknown } })).requestPasswordReset).toBe(true);
      expect((await app.ok(REQUEST_RESET, { input: { email: ` ${person.email.toUpperCase()} ` } })).requestPasswordReset).toBe(true);

      const [mail] = await mailbox.waitFor(1, person.email);
      const { rows } = await app.db.query(`SELECT expires_at - created_at AS lifetime FROM one_time_token WHERE user_id = $1`, [person.id]);
      expect(rows[0].lifetime).toMatchObject({ hours: 1 });
      const { resetPassword } = await app.ok(RESET, { input: { token: linkToken(mail), newPassword: NEW_PASSWORD } });
      expect(resetPassword.user.id).toBe(person.id);
      // The reset ends the sessions from before it.
      expect(errorCode(await app.gql(ME, {}, person.token))).toBe('UNAUTHENTICATED');
      expect(mailbox.received.filter((received) => received.to === unknown)).toEqual([]);
    });

    it('refuses an expired, forged or malformed token, and a short password, writing nothing', async () => {
      const person = await givenUser(app, admin);
      await app.ok(REQUEST_RESET, { input: { email: person.email } });
      const token = linkToken((await mailbox.waitFor(1, person.email))[0]);
      const short = await app.gql(RESET, { input: { token, newPassword: 'short' } });
      expect([errorCode(short), fields(short)]).toEqual(['BAD_USER_INPUT', ['newPassword']]);

      await app.db.query(`UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.id]);
      const before = await state();
      for (const attempt of [token, 'A'.repeat(43), 'x', '']) {
        const result = await app.gql(RESET, { input: { token: attempt, newPassword: NEW_PASSWORD } });
        expect([errorCode(result), fields(result)]).toEqual(['BAD_USER_INPUT', ['token']]);
      }
      expect(await state()).toEqual(before);
      expect(await signIn(app, person.email, PASSWORD)).toEqual(expect.any(String));
    });

    it('counts reset requests like sign-in attempts', async () => {
      const email = uniqueEmail('limited');
      for (let attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT; attempt++) {
        expect((await app.ok(REQUEST_RESET, { input: { email } })).requestPasswordReset).toBe(true);
      }
      expect(errorCode(await app.gql(REQUEST_RESET, { input: { email } }))).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('deactivation and sign-out', () => {
    it('stops a deactivated person signing in, as a wrong password would, and ends their sessions; records stay', async () => {
      const person = await givenUser(app, admin);
      const { deactivateUser } = await app.ok(DEACTIVATE, { id: person.id }, admin.token);
      expect(deactivateUser.deactivatedAt).toEqual(expect.any(String));
      expect(errorCode(await app.gql(ME, {}, person.token))).toBe('UNAUTHENTICATED');
      const refused = await login(person.email, PASSWORD);
      const wrongPassword = await login(person.email, 'not-the-password');
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors![0].message).toBe(wrongPassword.errors![0].message);
      expect((await app.ok(USERS, { search: person.email }, admin.token)).users.nodes[0]).toMatchObject({ id: person.id, deactivatedAt: expect.any(String) });

      expect((await app.ok(REACTIVATE, { id: person.id }, admin.token)).reactivateUser.deactivatedAt).toBeNull();
      expect(await signIn(app, person.email, PASSWORD)).toEqual(expect.any(String));
    });

    it('does not let an admin deactivate their own account', async () => {
      const result = await app.gql(DEACTIVATE, { id: admin.id }, admin.token);
      expect([errorCode(result), fields(result)]).toEqual(['BAD_USER_INPUT', ['userId']]);
    });

    it('revokes the token used to sign out, checking it on the lookup every request already makes', async () => {
      const person = await givenUser(app, admin);
      const before = await app.gql(ME, {}, person.token);
      expect((await app.ok(SIGN_OUT, {}, person.token)).signOut).toBe(true);
      const after = await app.gql(ME, {}, person.token);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.extensions?.sqlStatements).toBe(1);
      expect(before.extensions?.sqlStatements).toBe(2);
      expect((await app.ok(ME, {}, await signIn(app, person.email, PASSWORD))).me.id).toBe(person.id);
    });
  });
});
