import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a code read aloud or retyped stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 28 symbols of 5 bits = 140 random bits, in seven groups of four. */
const CODE_LENGTH = 28;
const GROUP_SIZE = 4;
/** Longer input is not a typo of a code; refuse it before doing any work on it. */
const MAX_INPUT_LENGTH = 200;
const NORMALIZED = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

/** A new verification code, dashed for display (e.g. `7K3M-...`). */
export function generateCertificateCode(): string {
  // 256 is a multiple of 32, so taking 5 bits of each byte keeps every symbol equally likely.
  const symbols = Array.from(randomBytes(CODE_LENGTH), (byte) => ALPHABET[byte & 31]);
  return formatCertificateCode(symbols.join(''));
}

/** The form codes are stored and compared in, or null when the input cannot be a code. */
export function normalizeCertificateCode(input: string): string | null {
  if (input.length > MAX_INPUT_LENGTH) return null;
  const normalized = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return NORMALIZED.test(normalized) ? normalized : null;
}

/** Re-inserts the dashes into a normalized code. */
export function formatCertificateCode(normalized: string): string {
  const groups = normalized.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'g')) ?? [];
  return groups.join('-');
}
