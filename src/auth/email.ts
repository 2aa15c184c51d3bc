/** How an e-mail address is stored and looked up: one account per address, whatever its case. */
export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase();
}
