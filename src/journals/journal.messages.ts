/** The journal pages' texts (part of the one catalogue, src/web/messages.ts). */
export const JOURNAL_MESSAGES = {} as const;
