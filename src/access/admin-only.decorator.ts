import { SetMetadata } from '@nestjs/common';

export const ADMIN_ONLY = 'adminOnly';

/** Declares an operation for administrators only; the global guard refuses everyone else before it runs. */
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);
