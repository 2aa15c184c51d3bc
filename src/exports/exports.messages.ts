/** The exports pages' texts (part of the one catalogue, src/web/messages.ts). */
export const EXPORT_MESSAGES = {} as const;
