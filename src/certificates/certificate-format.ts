/** Contact hours as credentials and certificates state them: minutes / 60, to two decimals. */
export function contactHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** `September 1, 2025`; a `YYYY-MM-DD` day or an instant, both read in UTC so the day never shifts. */
export function formatLongDate(date: Date | string): string {
  const instant = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return instant.toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'long' });
}

/** ISO 8601 in whole seconds, so a credential's validFrom and its JWT's nbf name the same instant. */
export function isoSeconds(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Unicode bidi controls: embeddings, overrides, isolates and direction marks. One in a name
 * (U+202E, say) could reverse the text printed after it, so pages isolate user text and drop them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidi controls; letters keep their own direction. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
