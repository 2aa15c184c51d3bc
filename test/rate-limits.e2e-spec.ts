import { CREATE_IN_PROCESS_APP, CreateInProcessApp, InProcessApp } from './support/in-process-app';
import {
  ceRecordsOf,
  givenCeApproval,
  givenCohort,
  givenEligible,
  givenLicenses,
  givenMember,
  issueCertificate,
  PASSWORD,
  SignedIn,
  signInAdmin,
  uniqueEmail,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const ATTEMPTS_PER_ACCOUNT = 3;
const ATTEMPTS_PER_ADDRESS = 10;
const WINDOW_SECONDS = 600;
const LOOKUPS_PER_MINUTE = 5;

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { status } }`;

interface Failure {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number };
}

/** GraphQL over HTTP to any instance (the suite's app or a second one on its database). */
async function gqlAt(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse & { errors?: Failure[] }> {
  const response: Response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse & { errors?: Failure[] };
}

function codes(result: { errors?: Failure[] }): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

describe('rate limits', () => {
  let app: TestApp;
  let admin: SignedIn;
  let certificate: { id: string; code: string; pdfUrl: string };

  beforeAll(async () => {
    app = await startTestApp({
      LOGIN_ATTEMPTS_PER_ACCOUNT: String(ATTEMPTS_PER_ACCOUNT),
      LOGIN_ATTEMPTS_PER_ADDRESS: String(ATTEMPTS_PER_ADDRESS),
      LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
      PUBLIC_REQUESTS_PER_MINUTE: String(LOOKUPS_PER_MINUTE),
    });
    admin = await signInAdmin(app);
    const { cohortId } = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenEligible(app, admin, cohortId, [participant.id]);
    certificate = await issueCertificate(app, admin, cohortId, participant.id);
  });

  afterAll(() => app?.stop());

  // Every test starts with fresh allowances (set-up signs in from the same address).
  beforeEach(() => app.db.query('DELETE FROM rate_limit'));

  /** An account created by the admin, never signed in. */
  async function givenAccount(): Promise<string> {
    const email = uniqueEmail('limited');
    await app.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, fullName: 'Limited Person', password: PASSWORD, credentials: [] } }, admin.token);
    return email;
  }

  function login(email: string, password: string, baseUrl = app.baseUrl) {
    return gqlAt(baseUrl, LOGIN, { input: { email, password } });
  }

  /** Time passing, as far as the counters are concerned: every window open now ends. */
  function endWindows(): Promise<unknown> {
    return app.db.query('UPDATE rate_limit SET expire = $1', [Date.now()]);
  }

  /**
   * A browser revalidating its copy (Cache-Control: max-age=0). Node's fetch otherwise adds
   * Cache-Control: no-cache to a conditional request, which asks for the whole document again.
   */
  function revalidate(url: string, etag: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url, { headers: { ...headers, 'if-none-match': etag }, cache: 'no-cache' });
  }

  function pageUrl(url: string): string {
    return url.replace('http://verify.test.example', app.baseUrl);
  }

  describe('sign-in', () => {
    it('refuses the attempt after the last wrong password allowed, then even the right one, until the window passes', async () => {
      const email = await givenAccount();
      for (let attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT; attempt++) {
        expect(codes(await login(email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
      }

      const refused = await login(email, 'wrong password');
      expect(codes(refused)).toEqual(['TOO_MANY_REQUESTS']);
      const retryAfter = refused.errors![0].extensions!.retryAfterSeconds!;
      expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
      expect(codes(await login(email, PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
      expect(codes(await login(email.toUpperCase(), PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);

      await endWindows();
      const signedIn = await login(email, PASSWORD);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data.login.accessToken).toEqual(expect.any(String));
    });

    it('answers alike whether or not the account exists', async () => {
      const known = await givenAccount();
      const unknown = uniqueEmail('nobody');
      for (const email of [known, unknown]) {
        const answers = [];
        for (let attempt = 0; attempt <= ATTEMPTS_PER_ACCOUNT; attempt++) answers.push(await login(email, 'wrong password'));
        expect(answers.map(codes)).toEqual([['UNAUTHENTICATED'], ['UNAUTHENTICATED'], ['UNAUTHENTICATED'], ['TOO_MANY_REQUESTS']]);
        expect(answers[ATTEMPTS_PER_ACCOUNT].errors![0].message).toMatch(/^Too many attempts; try again later \(in \d+ s\)$/);
      }
    });

    it('lets a successful sign-in clear the wrong passwords before it', async () => {
      const email = await givenAccount();
      for (let round = 0; round < 2; round++) {
        for (let attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT - 1; attempt++) {
          expect(codes(await login(email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
        }
        expect((await login(email, PASSWORD)).errors).toBeUndefined();
      }
      expect(codes(await login(email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
    });

    it('still lets other accounts in from the same address, until the address has used its attempts', async () => {
      const locked = await givenAccount();
      const other = await givenAccount();
      for (let attempt = 0; attempt <= ATTEMPTS_PER_ACCOUNT; attempt++) await login(locked, 'wrong password');

      const used = ATTEMPTS_PER_ACCOUNT + 1;
      for (let attempt = used; attempt < ATTEMPTS_PER_ADDRESS; attempt++) {
        expect((await login(other, PASSWORD)).errors).toBeUndefined();
      }
      const refused = await login(other, PASSWORD);
      expect(codes(refused)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(WINDOW_SECONDS - 60);
    });

    it('counts each aliased login in one request', async () => {
      const email = await givenAccount();
      // More aliases than the address may use, fewer than one operation may hold.
      const aliases = Array.from({ length: ATTEMPTS_PER_ADDRESS + 2 }, (_, n) => `a${n}: login(input: { email: $email, password: $password }) { accessToken }`);
      const result = await gqlAt(app.baseUrl, `mutation($email: String!, $password: String!) { ${aliases.join('\n')} }`, { email, password: PASSWORD });

      // Mutations run one after another, and login cannot be null: the first refusal ends the request.
      expect(result.errors).toEqual([expect.objectContaining({ path: [`a${ATTEMPTS_PER_ADDRESS}`], extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS' }) })]);
      expect(codes(await login(await givenAccount(), PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
    });
  });

  describe('anonymous certificate checks', () => {
    it('count each aliased verifyCertificate call', async () => {
      const aliases = Array.from({ length: LOOKUPS_PER_MINUTE + 1 }, (_, n) => `v${n}: verifyCertificate(code: $code) { status }`);
      const result = await gqlAt(app.baseUrl, `query($code: String!) { ${aliases.join('\n')} }`, { code: certificate.code });
      expect(codes(result)).toEqual(['TOO_MANY_REQUESTS']);
      const retryAfter = result.errors![0].extensions!.retryAfterSeconds!;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    });

    it('answer pages and PDFs over the limit with 429 and Retry-After', async () => {
      for (let lookup = 0; lookup < LOOKUPS_PER_MINUTE; lookup++) {
        expect((await gqlAt(app.baseUrl, VERIFY, { code: certificate.code })).data.verifyCertificate.status).toBe('VALID');
      }
      for (const url of [`${app.baseUrl}/verify/${certificate.code}`, pageUrl(certificate.pdfUrl), `${app.baseUrl}/verify/UNKNOWN`]) {
        const response = await fetch(url);
        expect(response.status).toBe(429);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await response.text()).toMatch(/^Too many requests from your address; try again in \d+ seconds\.\n$/);
      }
    });
  });

  describe('certificate PDFs', () => {
    it('carry an ETag of what they show, answer 304 without rendering, and change when revoked', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const holder = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      await givenEligible(app, admin, cohortId, [holder.id]);
      const issued = await issueCertificate(app, admin, cohortId, holder.id);
      await app.db.query('DELETE FROM rate_limit');
      const url = pageUrl(issued.pdfUrl);

      const first = await fetch(url);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(first.headers.get('content-security-policy')).toBe("sandbox; frame-ancestors 'none'");
      expect(first.headers.get('x-content-type-options')).toBe('nosniff');
      expect(first.headers.get('server-timing')).toMatch(/^render;dur=\d/);
      expect(Buffer.from(await first.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

      const again = await revalidate(url, etag);
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('content-security-policy')).toBe("sandbox; frame-ancestors 'none'");
      // nothing was rendered: no rendering time, no body
      expect(again.headers.get('server-timing')).toBeNull();
      expect(await again.text()).toBe('');

      await app.ok(`mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
        { input: { certificateId: issued.id, reason: 'Issued in error' } }, admin.token);
      const revoked = await revalidate(url, etag);
      expect(revoked.status).toBe(200);
      expect(revoked.headers.get('etag')).not.toBe(etag);
      await revoked.arrayBuffer();

      const missing = await fetch(`${app.baseUrl}/certificates/${'Z'.repeat(28)}.pdf`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe("sandbox; frame-ancestors 'none'");
    });

    it('treat the CE certificate alike, though it is for its holder only', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const licensed = await givenMember(app, admin, cohortId, 'PARTICIPANT', { credentials: ['LCSW'] });
      await givenLicenses(app, admin, licensed.id, [{ type: 'LCSW' }]);
      await givenEligible(app, admin, cohortId, [licensed.id]);
      await givenCeApproval(app, admin, { cohortId, board: 'Fictional Board of Behavioral Sciences', approvalNumber: 'TEST-0001', licenseTypes: ['LCSW'] });
      await issueCertificate(app, admin, cohortId, licensed.id);
      const [record] = await ceRecordsOf(app, licensed.token);
      await app.db.query('DELETE FROM rate_limit');
      const url = pageUrl(record.certificateUrl);
      const signedIn = { authorization: `Bearer ${licensed.token}` };

      const first = await fetch(url, { headers: signedIn });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-security-policy')).toBe("sandbox; frame-ancestors 'none'");
      expect(first.headers.get('x-content-type-options')).toBe('nosniff');
      expect(first.headers.get('cache-control')).toBe('no-cache');
      await first.arrayBuffer();
      const again = await revalidate(url, first.headers.get('etag')!, signedIn);
      expect(again.status).toBe(304);
      expect(again.headers.get('server-timing')).toBeNull();
    });
  });

  describe('with a second instance on the same database', () => {
    let second: InProcessApp;

    beforeAll(async () => {
      const create = (globalThis as Record<string, unknown>)[CREATE_IN_PROCESS_APP] as CreateInProcessApp;
      second = await create(app.env, []);
    });

    afterAll(() => second?.close());

    it('shares the sign-in counts', async () => {
      const email = await givenAccount();
      expect(codes(await login(email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await login(email, 'wrong password', second.baseUrl))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await login(email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await login(email, PASSWORD, second.baseUrl))).toEqual(['TOO_MANY_REQUESTS']);
      expect(codes(await login(email, PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
    });

    it('shares the public lookup counts', async () => {
      for (let lookup = 0; lookup < LOOKUPS_PER_MINUTE; lookup++) {
        const instance = lookup % 2 ? second.baseUrl : app.baseUrl;
        expect(codes(await gqlAt(instance, VERIFY, { code: certificate.code }))).toEqual([]);
      }
      expect(codes(await gqlAt(second.baseUrl, VERIFY, { code: certificate.code }))).toEqual(['TOO_MANY_REQUESTS']);
      expect((await fetch(`${second.baseUrl}/verify/${certificate.code}`)).status).toBe(429);
    });
  });
});
