import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';

const ISSUER = 'iecmhc-training';
/** How far the clocks of the replicas may disagree, in seconds. */
const CLOCK_SKEW_SECONDS = 30;

/**
 * Short-lived HS256 access tokens; the subject is the user id, nothing else is trusted from them.
 * A token is accepted only as this service issues it: with `iat`, `exp` no further from `iat` than
 * ACCESS_TOKEN_TTL_SECONDS, and a UUID `sub`, so a token signed with a leaked secret cannot be made
 * to last for ever and nothing but an id reaches SQL.
 */
@Injectable()
export class AccessTokensService {
  private readonly key: Uint8Array;

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issue(userId: string): Promise<string> {
    // One instant for both claims, so their distance is exactly the lifetime.
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + this.config.accessTokenTtlSeconds)
      .sign(this.key);
  }

  /** The user id of a valid token, or undefined for a forged, expired, over-long or malformed one. */
  async verify(token: string): Promise<string | undefined> {
    const lifetime = this.config.accessTokenTtlSeconds;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['iat', 'exp', 'sub'],
        // Also refuses an `iat` in the future.
        maxTokenAge: lifetime,
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      const withinLifetime = payload.exp! - payload.iat! <= lifetime;
      return withinLifetime && isUuid(payload.sub) ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
