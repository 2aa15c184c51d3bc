/**
 * PostgreSQL data exceptions (22…) and integrity violations (23…) come from the values a caller
 * sent: they are client errors, and their messages may quote the value, so they are never logged.
 */
export function isCallerCaused(sqlState: unknown): boolean {
  return typeof sqlState === 'string' && /^2[23]/.test(sqlState);
}
