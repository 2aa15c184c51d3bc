import { decodeJwt, SignJWT, UnsecuredJWT } from 'jose';
import { errorCode, signInAdmin, SignedIn } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const ISSUER = 'iecmhc-training';
const TTL_SECONDS = 3600;
const CENTURY_SECONDS = 100 * 365 * 24 * 3600;

describe('access tokens', () => {
  let app: TestApp;
  let admin: SignedIn;
  let secret: Uint8Array;

  beforeAll(async () => {
    app = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS) });
    admin = await signInAdmin(app);
    secret = new TextEncoder().encode(app.env.JWT_SECRET);
  });

  afterAll(() => app?.stop());

  const now = () => Math.floor(Date.now() / 1000);

  /** A token as the service issues them, signed with its secret, with `claims` changed (undefined drops a claim). */
  function token(claims: Record<string, unknown> = {}, key = secret): Promise<string> {
    const payload = { sub: admin.id, iss: ISSUER, iat: now(), exp: now() + TTL_SECONDS, ...claims };
    const present = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
    return new SignJWT(present).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
  }

  const me = (accessToken: string) => app.gql<{ me: { id: string } }>(`{ me { id } }`, {}, accessToken);

  it('issues tokens with iat, exp exactly ACCESS_TOKEN_TTL_SECONDS later and the user id as sub', async () => {
    const claims = decodeJwt(admin.token);
    expect(claims).toMatchObject({ sub: admin.id, iss: ISSUER, iat: expect.any(Number) });
    expect(claims.exp! - claims.iat!).toBe(TTL_SECONDS);
    expect(Math.abs(claims.iat! - now())).toBeLessThan(60);
  });

  it('accepts a token shaped as the service issues them', async () => {
    expect((await me(await token())).data?.me.id).toBe(admin.id);
  });

  it.each<[string, () => Promise<string>]>([
    ['without exp', () => token({ exp: undefined })],
    ['with exp a century away', () => token({ exp: now() + CENTURY_SECONDS })],
    ['living longer than ACCESS_TOKEN_TTL_SECONDS', () => token({ iat: now() - 60, exp: now() - 60 + TTL_SECONDS + 120 })],
    ['without iat', () => token({ iat: undefined })],
    ['issued in the future', () => token({ iat: now() + 600, exp: now() + 600 + TTL_SECONDS })],
    ['issued longer ago than its lifetime', () => token({ iat: now() - 2 * TTL_SECONDS, exp: now() + 60 })],
    ['expired', () => token({ iat: now() - TTL_SECONDS - 120, exp: now() - 120 })],
    ['without sub', () => token({ sub: undefined })],
    ['with sub "1 OR 1=1"', () => token({ sub: '1 OR 1=1' })],
    ['with a sub that is not a UUID', () => token({ sub: 'admin' })],
    ['from another issuer', () => token({ iss: 'someone-else' })],
    ['with alg none', async () => new UnsecuredJWT({ sub: admin.id, iss: ISSUER, iat: now(), exp: now() + TTL_SECONDS }).encode()],
    ['signed with another secret', () => token({}, new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256'))],
  ])('refuses a token %s with UNAUTHENTICATED, before any SQL', async (_case, make) => {
    const result = await me(await make());
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
    expect(result.extensions?.sqlStatements).toBe(0);
  });
});
