/** The reminders pages' texts (part of the one catalogue, src/web/messages.ts). */
export const REMINDER_MESSAGES = {
  'reminders.heading': 'Reminders',
  'reminders.hint': 'Short e-mails: a journal due within two days, feedback on your journal, practicum entries waiting for your review, and the weekly list of what is late for coordinators.',
  'reminders.enabled': 'Send me reminders by e-mail',
  'reminders.save': 'Save reminder settings',
  'reminders.savedOn': 'Reminders by e-mail are on.',
  'reminders.savedOff': 'Reminders by e-mail are off.',
} as const;
