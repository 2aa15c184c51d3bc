/** The practicum pages' texts (part of the one catalogue, src/web/messages.ts). */
export const PRACTICUM_MESSAGES = {} as const;
