import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks one of the few operations anonymous callers may use; everything else needs sign-in. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
