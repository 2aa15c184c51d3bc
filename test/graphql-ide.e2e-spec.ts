import { Browser, Response as PlaywrightResponse } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startTestApp, TestApp } from './support/test-app';

describe('the GraphQL IDE', () => {
  describe('in development', () => {
    let app: TestApp;
    let browser: Browser;

    beforeAll(async () => {
      app = await startTestApp();
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    it('opens at /graphql with everything from the service itself, and reads the schema', async () => {
      const context = await browser.newContext();
      const requested: string[] = [];
      context.on('request', (request) => requested.push(request.url()));
      const page = await context.newPage();
      const sentToApi = (response: PlaywrightResponse) => response.url() === `${app.baseUrl}/graphql` && response.request().method() === 'POST';

      const [introspection, response] = await Promise.all([page.waitForResponse(sentToApi), page.goto(`${app.baseUrl}/graphql`)]);
      expect(response!.headers()['content-type']).toMatch(/^text\/html/);
      await page.locator('.cm-editor', { hasText: 'login(input' }).waitFor();
      // The IDE may ask from a web worker, whose answers' bodies the browser does not hand back: the request and its status tell.
      expect(introspection.request().postData()).toContain('__schema');
      expect(introspection.status()).toBe(200);
      // Anything the page would fetch later, it fetches before the network goes quiet.
      await page.waitForLoadState('networkidle');

      expect(requested.length).toBeGreaterThan(5);
      expect(requested.filter((url) => !url.startsWith(`${app.baseUrl}/`))).toEqual([]);
      await context.close();
    });

    it('leaves every other request to /graphql to the GraphQL server', async () => {
      const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      await expect(response.json()).resolves.toMatchObject({ data: { __typename: 'Query' } });
    });

    it('serves only its own files', async () => {
      // Altair runs request scripts in this sandbox when it finds it, instead of sandbox.altairgraphql.dev.
      expect((await fetch(`${app.baseUrl}/graphql-ide/iframe-sandbox/sandbox.png`)).status).toBe(200);
      expect((await fetch(`${app.baseUrl}/graphql-ide/..%2F..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${app.baseUrl}/graphql-ide/missing.js`)).status).toBe(404);
    });
  });

  describe('in production', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({ NODE_ENV: 'production', CREDENTIAL_SIGNING_KEY: process.env.TEST_SIGNING_KEY_PEM! });
    });

    afterAll(async () => {
      await app?.stop();
    });

    it('serves no IDE, neither its page nor its files', async () => {
      const page = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect((await fetch(`${app.baseUrl}/graphql-ide/main.js`)).status).toBe(404);
    });
  });
});
