import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { isEmail, validateSync } from 'class-validator';
import { readSigningKey } from '../certificates/signing-keys';
import { AccountRules } from '../auth/account-rules';

/** Raised when the environment cannot run the service; the message names the variable. */
export class ConfigError extends Error {}

/** Every setting the service reads, validated once at start-up. */
export class AppConfig {
  port: number;
  production: boolean;
  /** External PostgreSQL; undefined means the embedded server under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedDatabasePort: number;
  /** Sensitive: signs access tokens. */
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  bootstrapAdminEmail?: string;
  /** Sensitive. */
  bootstrapAdminPassword?: string;
  /** Fills an empty database with the fictional demo program (DEMO_DATA); by default only the embedded one, never in production. */
  demoData: boolean;
  /** What QR codes and signed credentials point to (PUBLIC_BASE_URL); required in production. */
  publicBaseUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Where the generated GraphQL schema is written (SCHEMA_FILE); kept in memory when unset. */
  schemaFile?: string;
  /** Adds `extensions.sqlStatements` to GraphQL responses (tests and benchmarks only). */
  exposeStatementCounts: boolean;
  /** Sensitive: PEM of the RSA key that signs credentials (production); generated under dataDir otherwise. */
  credentialSigningKeyPem?: string;
  /** PEMs of retired signing keys (CREDENTIAL_RETIRED_KEYS, concatenated): still published so old credentials verify. */
  credentialRetiredKeyPems: string[];
  /** SQL statements slower than this are logged (LOG_SLOW_QUERY_MS). */
  slowQueryMs: number;
  /** How long in-flight requests may finish after SIGTERM before the process closes (SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceSeconds: number;
  /** How long a health check waits for the database before answering 503 (HEALTH_TIMEOUT_MS). */
  healthTimeoutMs: number;
  /** Browser origins allowed to call the API (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Origins that may show the pages in a frame (FRAME_ANCESTORS, comma-separated, e.g. an LMS); none by default. */
  frameAncestors: string[];
  /** Proxies in front of the service whose X-Forwarded-For is believed (TRUST_PROXY, a count); 0 by default. */
  trustProxyHops: number;
  /** Sign-in attempts per account, and per client address, within loginWindowSeconds (LOGIN_ATTEMPTS_PER_ACCOUNT, LOGIN_ATTEMPTS_PER_ADDRESS, LOGIN_WINDOW_SECONDS). */
  loginAttemptsPerAccount: number;
  loginAttemptsPerAddress: number;
  loginWindowSeconds: number;
  /** Anonymous certificate checks (verifyCertificate, verify pages, PDFs) per client address per minute (PUBLIC_REQUESTS_PER_MINUTE). */
  publicRequestsPerMinute: number;
  /** Where e-mail goes (SMTP_URL, smtp:// or smtps://); without it, development writes each message to DATA_DIR/mail. */
  smtpUrl?: string;
  /** The sender of every e-mail (MAIL_FROM): an address, optionally with a display name. */
  mailFrom: string;
  /** How often a grade's post to an LMS gradebook is retried, with back-off from the first delay (LTI_SCORE_RETRIES, LTI_SCORE_RETRY_DELAY_SECONDS). */
  ltiScoreRetries: number;
  ltiScoreRetryDelaySeconds: number;
  /** Reminders by e-mail: hours before a journal's due date (REMINDER_JOURNAL_DUE_HOURS), days a practicum entry waits for review (REMINDER_PRACTICUM_WAIT_DAYS). */
  reminderJournalDueHours: number;
  reminderPracticumWaitDays: number;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be "true" or "false" (got "${raw}")`);
  return raw === 'true';
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use one of ${protocols.join(', ')}`);
  }
  return raw.replace(/\/$/, '');
}

/** Where keptSecret keeps a secret: DATA_DIR/secrets/<fileName>. */
export function keptSecretFile(dataDir: string, fileName: string): string {
  return join(dataDir, 'secrets', fileName);
}

/** A secret generated once and kept under DATA_DIR/secrets, so it survives restarts (tokens, the embedded database's password, the demo's password). */
export function keptSecret(dataDir: string, fileName: string): string {
  const file = keptSecretFile(dataDir, fileName);
  const dir = dirname(file);
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    // DATA_DIR itself stays traversable: the embedded server runs as its own user inside it.
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} cannot keep the service's secrets: ${(error as Error).message}`);
  }
}

function jwtSecret(env: Env, production: boolean, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw) {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
    return raw;
  }
  if (production) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  return keptSecret(dataDir, 'jwt-secret');
}

function logLevel(env: Env): AppConfig['logLevel'] {
  const raw = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(raw)) {
    throw new ConfigError('LOG_LEVEL must be one of debug, info, warn, error');
  }
  return raw as AppConfig['logLevel'];
}

/** A signing key is checked at start-up, so a bad one names its variable instead of failing the first signature. */
function checkedKey(name: string, pem: string): string {
  try {
    readSigningKey(pem);
  } catch (error) {
    throw new ConfigError(`${name}: ${(error as Error).message}`);
  }
  return pem;
}

function signingKey(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw ? checkedKey(name, raw) : undefined;
}

function retiredKeys(env: Env, name: string): string[] {
  const raw = env[name];
  if (!raw) return [];
  const pems = raw.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g);
  if (!pems) throw new ConfigError(`${name} must hold PEM private keys, concatenated`);
  return pems.map((pem, index) => checkedKey(`${name} (key ${index + 1})`, pem));
}

/** Exact origins (scheme, host, port), never a wildcard: credentials-bearing calls and frames must come from known front ends. */
function origins(env: Env, name: string): string[] {
  const listed = (env[name] ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of listed) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`${name} must list origins such as https://lms.example.org, comma-separated; "${origin}" is not one`);
    }
  }
  return listed;
}

const BOOTSTRAP_ADMIN_VARIABLES: Record<string, string> = { email: 'BOOTSTRAP_ADMIN_EMAIL', password: 'BOOTSTRAP_ADMIN_PASSWORD' };

/** The first administrator meets the rules createUser holds every account to; a message names the variable, never the password. */
function bootstrapAdmin(env: Env): Pick<AppConfig, 'bootstrapAdminEmail' | 'bootstrapAdminPassword'> {
  const email = env.BOOTSTRAP_ADMIN_EMAIL || undefined;
  const password = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (!email && !password) return {};
  if (!email || !password) throw new ConfigError('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together');
  const input = plainToInstance(AccountRules, { email, password });
  for (const error of validateSync(input)) {
    const variable = BOOTSTRAP_ADMIN_VARIABLES[error.property];
    if (variable) throw new ConfigError(`${variable} ${Object.values(error.constraints ?? {}).join(', ')}`);
  }
  return { bootstrapAdminEmail: input.email, bootstrapAdminPassword: password };
}

function publicBaseUrl(env: Env, production: boolean, port: number): string {
  const explicit = url(env, 'PUBLIC_BASE_URL', ['http:', 'https:']);
  if (explicit) return explicit;
  // Signed credentials and printed QR codes outlive the deployment: a localhost address in them cannot be fixed later.
  if (production) throw new ConfigError('PUBLIC_BASE_URL is required when NODE_ENV=production (QR codes and signed credentials point to it)');
  return `http://localhost:${port}`;
}

/** The Content-Security-Policy `frame-ancestors` sources: the FRAME_ANCESTORS origins, or 'none'. */
export function frameAncestorSources(config: Pick<AppConfig, 'frameAncestors'>): string[] {
  return config.frameAncestors.length ? config.frameAncestors : ["'none'"];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL's host is this machine itself (as `URL.hostname` writes it). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Whether mail to this SMTP_URL travels in the clear: allowed only to the host itself (a local relay). */
export function isLoopbackSmtp(smtpUrl: string): boolean {
  return isLoopbackHost(new URL(smtpUrl).hostname);
}

function smtpUrl(env: Env): string | undefined {
  const raw = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (raw && !new URL(raw).hostname) throw new ConfigError('SMTP_URL must name a host, as in smtp://mail.example.org:587');
  return raw;
}

function mailFrom(env: Env, publicBaseUrl: string): string {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) return `IECMHC Consultant Training <no-reply@${new URL(publicBaseUrl).hostname}>`;
  if (raw.length > 320 || /[\r\n]/.test(raw) || !isEmail(raw, { allow_display_name: true })) {
    throw new ConfigError('MAIL_FROM must be an e-mail address, optionally with a name: Training Team <training@example.org>');
  }
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const config = new AppConfig();
  config.production = env.NODE_ENV === 'production';
  config.port = integer(env, 'PORT', 3000, 0, 65535);
  config.databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  config.dataDir = resolve(env.DATA_DIR || '.data');
  config.embeddedDatabasePort = integer(env, 'EMBEDDED_DATABASE_PORT', 54329, 1024, 65535);
  config.jwtSecret = jwtSecret(env, config.production, config.dataDir);
  config.accessTokenTtlSeconds = integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600);
  Object.assign(config, bootstrapAdmin(env));
  // Demo accounts (an administrator among them) belong on a developer's own embedded database:
  // anywhere else only when asked for, and never in production.
  config.demoData = flag(env, 'DEMO_DATA', !config.production && !config.databaseUrl);
  if (config.production && config.demoData) throw new ConfigError('DEMO_DATA=true is not allowed when NODE_ENV=production');
  config.publicBaseUrl = publicBaseUrl(env, config.production, config.port);
  config.logLevel = logLevel(env);
  config.schemaFile = env.SCHEMA_FILE ? resolve(env.SCHEMA_FILE) : undefined;
  config.exposeStatementCounts = flag(env, 'EXPOSE_SQL_STATEMENT_COUNT', false);
  config.credentialSigningKeyPem = signingKey(env, 'CREDENTIAL_SIGNING_KEY');
  config.credentialRetiredKeyPems = retiredKeys(env, 'CREDENTIAL_RETIRED_KEYS');
  if (config.production && !config.credentialSigningKeyPem) {
    throw new ConfigError('CREDENTIAL_SIGNING_KEY is required when NODE_ENV=production');
  }
  config.slowQueryMs = integer(env, 'LOG_SLOW_QUERY_MS', 500, 1, 600_000);
  config.shutdownGraceSeconds = integer(env, 'SHUTDOWN_GRACE_SECONDS', 20, 0, 600);
  config.healthTimeoutMs = integer(env, 'HEALTH_TIMEOUT_MS', 2000, 100, 60_000);
  config.corsOrigins = origins(env, 'CORS_ORIGINS');
  config.frameAncestors = origins(env, 'FRAME_ANCESTORS');
  config.trustProxyHops = integer(env, 'TRUST_PROXY', 0, 0, 10);
  config.loginAttemptsPerAccount = integer(env, 'LOGIN_ATTEMPTS_PER_ACCOUNT', 10, 1, 100_000);
  config.loginAttemptsPerAddress = integer(env, 'LOGIN_ATTEMPTS_PER_ADDRESS', 100, 1, 1_000_000);
  config.loginWindowSeconds = integer(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400);
  config.publicRequestsPerMinute = integer(env, 'PUBLIC_REQUESTS_PER_MINUTE', 60, 1, 1_000_000);
  config.smtpUrl = smtpUrl(env);
  config.mailFrom = mailFrom(env, config.publicBaseUrl);
  config.ltiScoreRetries = integer(env, 'LTI_SCORE_RETRIES', 6, 0, 20);
  config.ltiScoreRetryDelaySeconds = integer(env, 'LTI_SCORE_RETRY_DELAY_SECONDS', 30, 1, 3600);
  config.reminderJournalDueHours = integer(env, 'REMINDER_JOURNAL_DUE_HOURS', 48, 1, 14 * 24);
  config.reminderPracticumWaitDays = integer(env, 'REMINDER_PRACTICUM_WAIT_DAYS', 7, 1, 90);
  return config;
}
