import { startTestApp, TestApp } from './support/test-app';

const LMS = 'https://lms.example.org';

/** What a browser asks before a cross-origin GraphQL call with a token. */
function preflight(app: TestApp, origin: string): Promise<Response> {
  return fetch(`${app.baseUrl}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
}

describe('CORS', () => {
  describe('by default', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(async () => {
      await app?.stop();
    });

    it('allows no other origin', async () => {
      const response = await preflight(app, LMS);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('with CORS_ORIGINS', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ CORS_ORIGINS: LMS });
    });
    afterAll(async () => {
      await app?.stop();
    });

    it('allows the listed origin to send a token', async () => {
      const response = await preflight(app, LMS);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(LMS);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    });

    it('allows no origin it does not list', async () => {
      const response = await preflight(app, 'https://elsewhere.example.org');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
