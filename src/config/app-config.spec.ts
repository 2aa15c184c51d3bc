import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const SECRET = 'x'.repeat(40);

const rsaPem = (modulusLength = 2048) =>
  generateKeyPairSync('rsa', { modulusLength, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
const ecPem = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;

const SIGNING_KEY = rsaPem();
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: SECRET, CREDENTIAL_SIGNING_KEY: SIGNING_KEY, PUBLIC_BASE_URL: 'https://train.example.org' };
const EXTERNAL_DATABASE = 'postgres://app@db.example.org/training';

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
      shutdownGraceSeconds: 20,
      healthTimeoutMs: 2000,
    });
  });

  it('starts production without demo data', () => {
    expect(loadConfig(PRODUCTION).demoData).toBe(false);
  });

  it('loads the demo only into the embedded database, unless DEMO_DATA=true asks for it elsewhere', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).demoData).toBe(true);
    expect(loadConfig({ JWT_SECRET: SECRET, DATABASE_URL: EXTERNAL_DATABASE }).demoData).toBe(false);
    expect(loadConfig({ JWT_SECRET: SECRET, DATABASE_URL: EXTERNAL_DATABASE, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ JWT_SECRET: SECRET, DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('takes a bootstrap admin that createUser would accept, trimming the e-mail address', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, BOOTSTRAP_ADMIN_EMAIL: ' first.admin@example.org ', BOOTSTRAP_ADMIN_PASSWORD: ' a long passphrase ' });
    expect(config).toMatchObject({ bootstrapAdminEmail: 'first.admin@example.org', bootstrapAdminPassword: ' a long passphrase ' });
  });

  it.each([
    ['BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters', { BOOTSTRAP_ADMIN_EMAIL: 'first.admin@example.org', BOOTSTRAP_ADMIN_PASSWORD: 'Zq7#' }],
    ['BOOTSTRAP_ADMIN_EMAIL must be a valid e-mail address', { BOOTSTRAP_ADMIN_EMAIL: 'admin', BOOTSTRAP_ADMIN_PASSWORD: 'a-long-enough-password' }],
    ['BOOTSTRAP_ADMIN_EMAIL', { BOOTSTRAP_ADMIN_EMAIL: `${'a'.repeat(250)}@example.org`, BOOTSTRAP_ADMIN_PASSWORD: 'a-long-enough-password' }],
    ['BOOTSTRAP_ADMIN_PASSWORD', { BOOTSTRAP_ADMIN_EMAIL: 'first.admin@example.org', BOOTSTRAP_ADMIN_PASSWORD: 'p'.repeat(257) }],
  ])('refuses a bootstrap admin createUser would refuse, naming %s and never the password', (message, env) => {
    const attempt = () => loadConfig({ JWT_SECRET: SECRET, ...env });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    expect(attempt).not.toThrow(env.BOOTSTRAP_ADMIN_PASSWORD);
  });

  it('generates a development JWT secret once and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'secrets', 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('names DATA_DIR when it cannot keep the secrets it generates', () => {
    const file = join(dataDir(), 'a-file');
    writeFileSync(file, '');
    const attempt = () => loadConfig({ DATA_DIR: file });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(`DATA_DIR ${file} cannot keep the service's secrets`);
  });

  it.each([
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '3.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'http://db' }],
    ['DEMO_DATA', { DEMO_DATA: 'yes' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['BOOTSTRAP_ADMIN_PASSWORD', { BOOTSTRAP_ADMIN_EMAIL: 'a@b.example' }],
    ['JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: undefined }],
    ['CREDENTIAL_SIGNING_KEY', { ...PRODUCTION, CREDENTIAL_SIGNING_KEY: undefined }],
    ['PUBLIC_BASE_URL is required when NODE_ENV=production', { ...PRODUCTION, PUBLIC_BASE_URL: undefined }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://train.example.org' }],
    ['DEMO_DATA', { ...PRODUCTION, DEMO_DATA: 'true' }],
    ['FRAME_ANCESTORS', { FRAME_ANCESTORS: 'https://lms.example.org/launch' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'true' }],
    ['EMBEDDED_DATABASE_PORT', { EMBEDDED_DATABASE_PORT: '80' }],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '5' }],
    ['LOG_SLOW_QUERY_MS', { LOG_SLOW_QUERY_MS: '0' }],
    ['SHUTDOWN_GRACE_SECONDS', { SHUTDOWN_GRACE_SECONDS: 'soon' }],
    ['HEALTH_TIMEOUT_MS', { HEALTH_TIMEOUT_MS: '10' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: '*' }],
    ['CREDENTIAL_SIGNING_KEY: Signing keys must be unencrypted PEM private keys', { CREDENTIAL_SIGNING_KEY: 'pem' }],
    ['CREDENTIAL_SIGNING_KEY: Signing keys must be RSA keys of at least 2048 bits', { CREDENTIAL_SIGNING_KEY: rsaPem(1024) }],
    ['CREDENTIAL_SIGNING_KEY: Signing keys must be RSA keys of at least 2048 bits', { CREDENTIAL_SIGNING_KEY: ecPem() }],
    ['SMTP_URL must use one of smtp:, smtps:', { SMTP_URL: 'http://mail.example.org' }],
    ['MAIL_FROM', { MAIL_FROM: 'training team' }],
    ['MAIL_FROM', { MAIL_FROM: 'Training <training@example.org>\nBcc: someone@example.org' }],
    ['CREDENTIAL_RETIRED_KEYS must hold PEM private keys', { CREDENTIAL_RETIRED_KEYS: 'pem' }],
    ['CREDENTIAL_RETIRED_KEYS (key 2)', { CREDENTIAL_RETIRED_KEYS: `${SIGNING_KEY}\n-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----` }],
  ])('refuses a bad value, naming %s', (variable, env) => {
    const attempt = () => loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), ...env });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(variable);
  });

  it('takes the mail server and sender, and names the program as sender by default', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, PUBLIC_BASE_URL: 'https://train.example.org' }).mailFrom).toBe('IECMHC Consultant Training <no-reply@train.example.org>');
    const config = loadConfig({ JWT_SECRET: SECRET, SMTP_URL: 'smtps://mail.example.org:465', MAIL_FROM: 'Training Team <training@example.org>' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://mail.example.org:465', mailFrom: 'Training Team <training@example.org>' });
  });

  it('keeps the signing keys it was given', () => {
    const retired = rsaPem();
    const config = loadConfig({ JWT_SECRET: SECRET, CREDENTIAL_SIGNING_KEY: SIGNING_KEY, CREDENTIAL_RETIRED_KEYS: `${retired}\n${SIGNING_KEY}` });
    expect(config.credentialSigningKeyPem).toBe(SIGNING_KEY);
    expect(config.credentialRetiredKeyPems).toEqual([retired.trim(), SIGNING_KEY.trim()]);
  });

  it('derives the public base URL from the port and strips a trailing slash from an explicit one', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ JWT_SECRET: SECRET, PUBLIC_BASE_URL: 'https://train.example.org/' }).publicBaseUrl).toBe('https://train.example.org');
  });
});
