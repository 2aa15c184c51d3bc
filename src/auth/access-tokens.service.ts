import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';

const ISSUER = 'iecmhc-training';
/** What a valid token says: whose it is, and the token version it was issued under. */
export interface TokenClaims {
  userId: string;
  version: number;
}

/** How far the clocks of the replicas may disagree, in seconds. */
const CLOCK_SKEW_SECONDS = 30;

/**
 * Short-lived HS256 access tokens: the subject is the user id and `ver` the user's token version
 * when it was issued (a token is honoured only while the user's version still matches).
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

  issue(user: { id: string; tokenVersion: number }): Promise<string> {
    // One instant for both claims, so their distance is exactly the lifetime.
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ver: user.tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + this.config.accessTokenTtlSeconds)
      .sign(this.key);
  }

  /** The claims of a valid token, or undefined for a forged, expired, over-long or malformed one. */
  async verify(token: string): Promise<TokenClaims | undefined> {
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
      // Tokens issued before versions existed carry none: they belong to version 0.
      const version = payload.ver ?? 0;
      if (!withinLifetime || !isUuid(payload.sub) || !Number.isSafeInteger(version)) return undefined;
      return { userId: payload.sub, version: version as number };
    } catch {
      return undefined;
    }
  }
}
