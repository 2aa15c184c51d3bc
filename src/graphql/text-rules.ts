/**
 * What text a caller may send. PostgreSQL cannot store NUL in text, and a lone surrogate is not
 * Unicode at all (it cannot be written as UTF-8); both are refused wherever a string arrives.
 */
const NUL = '\u0000';

/** In a `u` pattern a surrogate pair is one code point, so this finds only lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A character that shows something: not whitespace, a control or an invisible one (zero-width, bidi, BOM, fillers…). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Line breaks and other control characters, which have no place in a name or a title. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Why a string from a caller cannot be accepted as text at all, or null. */
export function unsafeTextProblem(value: string): string | null {
  if (value.includes(NUL)) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it contains an unpaired surrogate)';
  return null;
}

/** True when something would be seen once whitespace and invisible characters are left out. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}

/** True when the text has no line breaks or control characters. */
export function isSingleLine(value: string): boolean {
  return !CONTROL.test(value);
}
