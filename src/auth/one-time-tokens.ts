import { createHash, randomBytes } from 'node:crypto';

export type OneTimeTokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** How long each kind of link works. */
export const TOKEN_LIFETIME_SECONDS: Record<OneTimeTokenPurpose, number> = {
  INVITATION: 7 * 24 * 3600,
  PASSWORD_RESET: 3600,
};

/** 32 random bytes: the token travels only in the e-mail's link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps: the token's sha256, so a copy of the table opens no account. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The same, as hex text: how sessions and LTI launches keep their tokens. */
export function tokenHashHex(token: string): string {
  return tokenHash(token).toString('hex');
}
