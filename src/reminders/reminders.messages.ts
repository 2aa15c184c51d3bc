/** The reminders pages' texts (part of the one catalogue, src/web/messages.ts). */
export const REMINDER_MESSAGES = {} as const;
