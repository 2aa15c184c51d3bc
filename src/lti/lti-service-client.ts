import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { AppConfig } from '../config/app-config';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiToolKeys } from './lti-tool-keys';

/** How long a call to a platform may take before it counts as failed. */
const TIMEOUT_MS = 15_000;
/** A token is renewed this long before the platform says it expires. */
const EARLY_RENEWAL_MS = 60_000;

/** Raised when a platform answers a service call with an error; carries the status and body. */
export class PlatformCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 300)}`);
  }
}

const tokenKey = (platform: LtiPlatformEntity, scopes: string[]) => `${platform.id} ${[...scopes].sort().join(' ')}`;

interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * Calls to a platform's services (AGS, NRPS): an access token by the client-credentials grant with
 * a signed JWT assertion, kept until shortly before it expires, and a User-Agent on every call
 * (Canvas refuses calls without one).
 */
@Injectable()
export class LtiServiceClient {
  private readonly tokens = new Map<string, CachedToken>();
  readonly userAgent: string;

  constructor(
    private readonly keys: LtiToolKeys,
    config: AppConfig,
  ) {
    this.userAgent = `IECMHC-Training-LTI/1.0 (+${config.publicBaseUrl})`;
  }

  /** Calls `url` with a token for `scopes`; answers the response, whatever its status. A token the platform no longer takes (401) is renewed once. */
  async call(platform: LtiPlatformEntity, scopes: string[], url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const send = async () =>
      fetch(url, {
        method: init.method ?? 'GET',
        headers: { ...init.headers, authorization: `Bearer ${await this.accessToken(platform, scopes)}`, 'user-agent': this.userAgent },
        body: init.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    const response = await send();
    if (response.status !== 401) return response;
    this.tokens.delete(tokenKey(platform, scopes));
    return send();
  }

  private async accessToken(platform: LtiPlatformEntity, scopes: string[]): Promise<string> {
    const key = tokenKey(platform, scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const response = await fetch(platform.accessTokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'user-agent': this.userAgent },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: await this.assertion(platform),
        scope: scopes.join(' '),
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await response.text();
    if (!response.ok) throw new PlatformCallError(response.status, body, 'The token endpoint');
    const { access_token: token, expires_in: expiresIn } = JSON.parse(body) as { access_token?: string; expires_in?: number };
    if (!token) throw new PlatformCallError(response.status, body, 'The token endpoint');
    this.tokens.set(key, { token, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 - EARLY_RENEWAL_MS });
    return token;
  }

  /** The client's proof of identity: iss = sub = client id, aud = the token URL, a fresh jti, five minutes to live. */
  private async assertion(platform: LtiPlatformEntity): Promise<string> {
    const { kid, privateKey } = await this.keys.current();
    return new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.accessTokenUrl)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  }
}
