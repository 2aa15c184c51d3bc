import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { givenCohort, givenEligible, givenMember, issueCertificate, signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const LMS = 'https://lms.example.org';
const OTHER_LMS = 'https://canvas.example.edu';

/** A Content-Security-Policy as directive name → its sources. */
function policy(response: Response): Record<string, string> {
  const header = response.headers.get('content-security-policy') ?? '';
  const directives = header.split(';').map((directive) => directive.trim()).filter(Boolean);
  return Object.fromEntries(directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    return [name, sources.join(' ')];
  }));
}

/** One request of each kind the service answers: GraphQL, health, keys, pages, a PDF, and refusals. */
function everyKindOfAnswer(app: TestApp, certificateCode: string): Record<string, () => Promise<Response>> {
  const post = (body: string) => fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return {
    graphql: () => post(JSON.stringify({ query: '{ __typename }' })),
    'graphql refusal': () => post(JSON.stringify({ query: '{ me { id } }' })),
    'malformed JSON': () => post('{'),
    'health/live': () => fetch(`${app.baseUrl}/health/live`),
    jwks: () => fetch(`${app.baseUrl}/.well-known/jwks.json`),
    'verify page': () => fetch(`${app.baseUrl}/verify/${certificateCode}`),
    'verify page, unknown code': () => fetch(`${app.baseUrl}/verify/x`),
    pdf: () => fetch(`${app.baseUrl}/certificates/${certificateCode}.pdf`),
    'unknown path': () => fetch(`${app.baseUrl}/no-such-page`),
  };
}

async function issuedCertificateCode(app: TestApp): Promise<string> {
  const admin = await signInAdmin(app);
  const { cohortId } = await givenCohort(app, admin);
  const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
  await givenEligible(app, admin, cohortId, [participant.id]);
  return (await issueCertificate(app, admin, cohortId, participant.id)).code;
}

describe('security headers', () => {
  describe('by default: public over http, framed by no one', () => {
    let app: TestApp;
    let requests: Record<string, () => Promise<Response>>;

    beforeAll(async () => {
      app = await startTestApp();
      requests = everyKindOfAnswer(app, await issuedCertificateCode(app));
    });

    afterAll(() => app?.stop());

    it('on every answer: no sniffing, no referrer, no framing, no X-Powered-By, no HSTS over http', async () => {
      for (const [kind, request] of Object.entries(requests)) {
        const response = await request();
        const headers = Object.fromEntries(response.headers);
        expect({ kind, status: response.status, ...headers }).toMatchObject({
          kind,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
        });
        expect({ kind, poweredBy: headers['x-powered-by'], hsts: headers['strict-transport-security'] }).toEqual({ kind, poweredBy: undefined, hsts: undefined });
      }
    });

    it('lets JSON answers load nothing and be framed by no one', async () => {
      for (const kind of ['graphql', 'graphql refusal', 'malformed JSON', 'health/live', 'jwks', 'unknown path']) {
        const response = await requests[kind]();
        expect({ kind, policy: policy(response) }).toEqual({
          kind,
          policy: { 'default-src': "'none'", 'base-uri': "'none'", 'form-action': "'none'", 'frame-ancestors': "'none'" },
        });
      }
    });

    it("keeps the verify page's own policy, which allows its inline style and still names frame-ancestors", async () => {
      for (const kind of ['verify page', 'verify page, unknown code']) {
        const response = await requests[kind]();
        expect(response.headers.get('content-security-policy')).not.toContain(',');
        expect(policy(response)).toMatchObject({ 'default-src': "'none'", 'style-src': expect.stringMatching(/^'sha256-[\w+/=]+'$/), 'frame-ancestors': expect.any(String) });
      }
    });

    it('keeps the sandbox policy of PDFs, framed nowhere', async () => {
      const response = await requests.pdf();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-security-policy')).toBe("sandbox; frame-ancestors 'none'");
    });
  });

  describe('public over https, framed by two LMSs', () => {
    let app: TestApp;
    let requests: Record<string, () => Promise<Response>>;

    beforeAll(async () => {
      app = await startTestApp({ PUBLIC_BASE_URL: 'https://train.example.org', FRAME_ANCESTORS: `${LMS},${OTHER_LMS}` });
      requests = everyKindOfAnswer(app, await issuedCertificateCode(app));
    });

    afterAll(() => app?.stop());

    it('holds browsers to HTTPS for this host on every answer', async () => {
      for (const [kind, request] of Object.entries(requests)) {
        const response = await request();
        expect({ kind, hsts: response.headers.get('strict-transport-security') }).toEqual({ kind, hsts: 'max-age=31536000' });
      }
    });

    it('lets only those LMSs frame the service, with no X-Frame-Options to contradict them', async () => {
      for (const kind of ['graphql', 'health/live', 'jwks']) {
        const response = await requests[kind]();
        expect({ kind, frameAncestors: policy(response)['frame-ancestors'], xFrameOptions: response.headers.get('x-frame-options') })
          .toEqual({ kind, frameAncestors: `${LMS} ${OTHER_LMS}`, xFrameOptions: null });
      }
    });

    it('keeps the policies of the verify page and of PDFs; PDFs are framed only by those LMSs', async () => {
      expect(policy(await requests['verify page']())).toMatchObject({ 'style-src': expect.stringMatching(/^'sha256-/), 'frame-ancestors': expect.any(String) });
      expect((await requests.pdf()).headers.get('content-security-policy')).toBe(`sandbox; frame-ancestors ${LMS} ${OTHER_LMS}`);
    });
  });

  describe('the GraphQL IDE (development)', () => {
    let app: TestApp;
    let browser: Browser;

    beforeAll(async () => {
      app = await startTestApp({ FRAME_ANCESTORS: LMS });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    it('runs under a policy of its own, its workers too, which allows its own files and names frame-ancestors', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().startsWith('CSP violation:')) violations.push(message.text());
      });
      // In the page, before its own scripts (a string: this project's types know no DOM).
      await page.addInitScript({
        content: "document.addEventListener('securitypolicyviolation', (event) => console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI))",
      });
      const startedWorker = page.waitForEvent('worker');
      const response = await page.goto(`${app.baseUrl}/graphql`);
      await page.locator('.cm-editor', { hasText: 'login(input' }).waitFor();
      await page.waitForLoadState('networkidle');
      // A worker runs under the policy its own file came with, not the page's.
      const worker = await startedWorker;
      expect(await worker.evaluate(() => fetch('/health/live').then((answer) => answer.status, String))).toBe(200);

      const ide = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(policy(ide)).toMatchObject({ 'script-src': expect.stringMatching(/^'self' 'sha256-/), 'frame-ancestors': `'self' ${LMS}` });
      expect(response!.headers()['content-security-policy']).toBe(ide.headers.get('content-security-policy'));
      // zod, inside the IDE, tries `new Function` once to learn whether it may, and does without.
      expect(violations.filter((violation) => violation !== 'CSP violation: script-src eval')).toEqual([]);
      await context.close();
    });
  });

  describe('client addresses, as public lookups are counted', () => {
    let behindProxy: TestApp;
    let direct: TestApp;

    beforeAll(async () => {
      behindProxy = await startTestApp({ TRUST_PROXY: '1', PUBLIC_REQUESTS_PER_MINUTE: '2' });
      direct = await startTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '2' });
    });

    afterAll(async () => {
      await behindProxy?.stop();
      await direct?.stop();
    });

    const lookUp = async (app: TestApp, forwardedFor: string) =>
      (await fetch(`${app.baseUrl}/verify/x`, { headers: { 'x-forwarded-for': forwardedFor } })).status;

    it('behind one proxy (TRUST_PROXY=1), are the address it reports, not one the client put before it', async () => {
      expect([await lookUp(behindProxy, '203.0.113.7'), await lookUp(behindProxy, '203.0.113.7'), await lookUp(behindProxy, '203.0.113.7')]).toEqual([404, 404, 429]);
      expect(await lookUp(behindProxy, '203.0.113.8')).toBe(404);
      expect(await lookUp(behindProxy, '198.51.100.1, 203.0.113.7')).toBe(429);
    });

    it('without a proxy (the default), ignore X-Forwarded-For', async () => {
      expect([await lookUp(direct, '203.0.113.7'), await lookUp(direct, '203.0.113.8'), await lookUp(direct, '203.0.113.9')]).toEqual([404, 404, 429]);
    });
  });
});
