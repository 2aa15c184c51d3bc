import { Global, Module } from '@nestjs/common';
import { PublicLookupGuard } from './public-lookup.guard';
import { RateLimits } from './rate-limits.service';

/** Global: sign-in and the public certificate pages, in several modules, share these counters. */
@Global()
@Module({ providers: [RateLimits, PublicLookupGuard], exports: [RateLimits, PublicLookupGuard] })
export class RateLimitsModule {}
