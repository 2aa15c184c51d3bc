/** The roster-import pages' texts (part of the one catalogue, src/web/messages.ts). */
export const ROSTER_IMPORT_MESSAGES = {} as const;
