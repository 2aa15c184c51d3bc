import { SignJWT } from 'jose';
import { errorCode, givenUser, PASSWORD, signIn, signInAdmin, SignedIn, uniqueEmail } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email fullName isAdmin credentials } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id email } } }`;
const SECRET = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing');

describe('sign-in and users', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app.stop());

  const userCount = async () => Number((await app.db.query('SELECT count(*) FROM app_user')).rows[0].count);

  it('creates the bootstrap admin on first start', async () => {
    const { me } = await app.ok(`{ me { email isAdmin } }`, {}, admin.token);
    expect(me).toEqual({ email: 'admin@test.iecmhc.example', isAdmin: true });
  });

  it('lets an admin create a user who can then sign in and read themselves', async () => {
    const email = uniqueEmail();
    const { createUser } = await app.ok(
      CREATE_USER,
      { input: { email: email.toUpperCase(), fullName: '  Rosa Delgado ', password: PASSWORD, credentials: ['LCSW'] } },
      admin.token,
    );
    expect(createUser).toMatchObject({ email, fullName: 'Rosa Delgado', isAdmin: false, credentials: ['LCSW'] });
    const { login } = await app.ok(LOGIN, { input: { email, password: PASSWORD } });
    expect(login.user).toEqual({ id: createUser.id, email });
    const { me } = await app.ok(`{ me { id fullName } }`, {}, login.accessToken);
    expect(me).toEqual({ id: createUser.id, fullName: 'Rosa Delgado' });
  });

  it('stores an argon2id hash, never the password', async () => {
    const user = await givenUser(app, admin);
    const { rows } = await app.db.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+)/);
    const [, memory, time] = /m=(\d+),t=(\d+)/.exec(rows[0].password_hash)!;
    expect(Number(memory)).toBeGreaterThanOrEqual(19456);
    expect(Number(time)).toBeGreaterThanOrEqual(2);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('refuses a duplicate e-mail with CONFLICT, whatever its case', async () => {
    const user = await givenUser(app, admin);
    const before = await userCount();
    const result = await app.gql(CREATE_USER, { input: { email: user.email.toUpperCase(), fullName: 'Again', password: PASSWORD } }, admin.token);
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await userCount()).toBe(before);
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['password', { password: 'short' }],
    ['fullName', { fullName: '   ' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it and writes nothing', async (field, override) => {
    const before = await userCount();
    const input = { email: uniqueEmail(), fullName: 'Valid Name', password: PASSWORD, ...override };
    const result = await app.gql(CREATE_USER, { input }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([field]);
    expect(await userCount()).toBe(before);
  });

  it('answers a wrong password and an unknown e-mail with the same UNAUTHENTICATED message', async () => {
    const user = await givenUser(app, admin);
    const wrongPassword = await app.gql(LOGIN, { input: { email: user.email, password: 'not-the-password!' } });
    const unknownEmail = await app.gql(LOGIN, { input: { email: uniqueEmail(), password: PASSWORD } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });

  it('refuses a missing, forged, expired or malformed token with UNAUTHENTICATED', async () => {
    const user = await givenUser(app, admin);
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(admin.id).setIssuer('iecmhc-training')
      .setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another'));
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setIssuer('iecmhc-training')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(SECRET);
    for (const token of [undefined, forged, expired, 'not-a-jwt', `${user.token}x`]) {
      expect(errorCode(await app.gql(`{ me { id } }`, {}, token))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses admin operations to non-admins with FORBIDDEN', async () => {
    const user = await givenUser(app, admin);
    const result = await app.gql(CREATE_USER, { input: { email: uniqueEmail(), fullName: 'X Y', password: PASSWORD } }, user.token);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('never shows a stack trace or SQL in an error', async () => {
    const result = await app.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: "1' OR 1=1 --" }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual(['id']);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|at .*\.js/i);
  });

  it('signs in with the e-mail in any case', async () => {
    const user = await givenUser(app, admin);
    expect(await signIn(app, user.email.toUpperCase(), PASSWORD)).toEqual(expect.any(String));
  });
});
