import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const SECRET = 'x'.repeat(40);

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'iecmhc-config-'));

  it('applies the documented defaults', () => {
    const config = loadConfig({ JWT_SECRET: SECRET });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      demoData: true,
      publicBaseUrl: 'http://localhost:3000',
      production: false,
      exposeStatementCounts: false,
    });
  });

  it('starts production without demo data', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, NODE_ENV: 'production', CREDENTIAL_SIGNING_KEY: 'pem' }).demoData).toBe(false);
  });

  it('generates a development JWT secret once and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'secrets', 'jwt-secret'), 'utf8')).toBe(first);
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '3.5' }, 'PORT'],
    [{ DATABASE_URL: 'http://db' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.example' }, 'BOOTSTRAP_ADMIN_PASSWORD'],
    [{ NODE_ENV: 'production', JWT_SECRET: undefined }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'CREDENTIAL_SIGNING_KEY'],
    [{ NODE_ENV: 'production', CREDENTIAL_SIGNING_KEY: 'pem', DEMO_DATA: 'true' }, 'DEMO_DATA'],
  ])('refuses %o naming %s', (env, variable) => {
    const attempt = () => loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), ...env });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(variable);
  });

  it('derives the public base URL from the port and strips a trailing slash from an explicit one', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ JWT_SECRET: SECRET, PUBLIC_BASE_URL: 'https://train.example.org/' }).publicBaseUrl).toBe('https://train.example.org');
  });
});
