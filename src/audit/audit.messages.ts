/** The audit trail pages' texts (part of the one catalogue, src/web/messages.ts). */
export const AUDIT_MESSAGES = {} as const;
