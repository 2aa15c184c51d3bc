import { applyDecorators, UseFilters, UseGuards } from '@nestjs/common';
import { PublicLookupGuard } from './public-lookup.guard';
import { TooManyRequestsPageFilter } from './too-many-requests-page.filter';

/** Counts each call against the client address's PUBLIC_REQUESTS_PER_MINUTE, for anonymous certificate checks. */
export const PublicLookup = () => applyDecorators(UseGuards(PublicLookupGuard), UseFilters(TooManyRequestsPageFilter));
