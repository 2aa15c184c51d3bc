import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { clientAddress } from './client-address';
import { RateLimits } from './rate-limits.service';

/** Runs once per resolver call (aliases included) or page request, before any work is done. */
@Injectable()
export class PublicLookupGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.limits.countPublicLookup(clientAddress(context));
    return true;
  }
}
