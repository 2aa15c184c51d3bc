/** The coordinators' program and people pages' texts (part of the one catalogue, src/web/messages.ts). */
export const PROGRAM_MESSAGES = {} as const;
