import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, JWTVerifyGetKey } from 'jose';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiServiceClient } from './lti-service-client';

/**
 * Each platform's published keys, fetched once and kept: a token signed with a key not yet seen
 * (the platform rotated) refetches the set, at most every 30 seconds.
 */
@Injectable()
export class PlatformKeys {
  private readonly sets = new Map<string, JWTVerifyGetKey>();

  constructor(private readonly client: LtiServiceClient) {}

  of(platform: LtiPlatformEntity): JWTVerifyGetKey {
    let set = this.sets.get(platform.jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(platform.jwksUrl), { cacheMaxAge: 3_600_000, cooldownDuration: 30_000, timeoutDuration: 10_000, headers: { 'user-agent': this.client.userAgent } });
      this.sets.set(platform.jwksUrl, set);
    }
    return set;
  }
}
