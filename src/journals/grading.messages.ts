/** The grading pages' texts (part of the one catalogue, src/web/messages.ts). */
export const GRADING_MESSAGES = {} as const;
