/**
 * Guards against accidental identifiers in practicum text (the HIPAA Safe Harbor idea):
 * practicum records describe real providers and children, so they must identify nobody.
 */

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

const PHONE_PATTERNS = [
  // North American: 555-123-4567, (555) 123 4567, 555.123.4567, 5551234567, +1 555 123 4567
  /(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)/,
  // International: +44 20 7946 0958
  /\+\d[\d\s().-]{7,}\d/,
  // Local seven digits: 555-1234
  /(?<![\d-])\d{3}[-.]\d{4}(?![\d-])/,
];

const STREET_WORDS =
  /\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|highway|hwy|parkway|pkwy|apt|apartment|suite|ste|unit|p\.?\s?o\.?\s?box)\b\.?/i;
const ZIP_CODE = /(?<!\d)\d{5}(?:-\d{4})?(?!\d)/;
const REGION_CHARACTERS = /^[\p{L}\p{M}0-9 .,'()/&-]+$/u;

export const REGION_MAX_LENGTH = 60;

/** What kind of identifier the text seems to contain, or null. */
export function findIdentifier(text: string): 'an e-mail address' | 'a phone number' | null {
  if (EMAIL.test(text)) return 'an e-mail address';
  if (PHONE_PATTERNS.some((pattern) => pattern.test(text))) return 'a phone number';
  return null;
}

/** Why the text may not be stored, or null when it looks free of e-mail addresses and phone numbers. */
export function identifierProblem(text: string): string | null {
  const found = findIdentifier(text);
  if (!found) return null;
  return `looks like it contains ${found}; practicum records must identify nobody, so leave out e-mail addresses and phone numbers`;
}

/** A region is a county or wider area ("Fresno County", "Bay Area"), never an address. */
export function regionProblem(region: string): string | null {
  const trimmed = region.trim();
  if (!trimmed) return 'must not be empty (leave it out instead)';
  if (trimmed.length > REGION_MAX_LENGTH) return `must be at most ${REGION_MAX_LENGTH} characters`;
  const identifier = identifierProblem(trimmed);
  if (identifier) return identifier;
  if (ZIP_CODE.test(trimmed)) return 'must be a county or region, not a ZIP code';
  if (/\d/.test(trimmed) && STREET_WORDS.test(trimmed)) return 'must be a county or region, not a street address';
  if (!REGION_CHARACTERS.test(trimmed)) return "may contain only letters, digits, spaces and . , ' ( ) / & -";
  return null;
}
