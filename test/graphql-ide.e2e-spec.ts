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

      // The body is read as soon as it arrives: a busy browser may drop it once the page moves on.
      const introspected = page.waitForResponse(sentToApi).then((introspection) => introspection.json());
      const response = await page.goto(`${app.baseUrl}/graphql`);
      expect(response!.headers()['content-type']).toMatch(/^text\/html/);
      await page.locator('.cm-editor', { hasText: 'login(input' }).waitFor();
      const schema = (await introspected) as { data?: { __schema?: { queryType: { name: string } } } };
      expect(schema.data?.__schema?.queryType.name).toBe('Query');
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
