/** What a reminder is about; with the person, the record and the occasion it names one message, sent once. */
export enum ReminderKind {
  /** A participant's journal falls due soon and is not submitted. */
  JOURNAL_DUE = 'JOURNAL_DUE',
  /** Faculty graded a participant's journal. */
  FEEDBACK = 'FEEDBACK',
  /** Practicum entries have waited for a reviewer longer than the configured days. */
  PRACTICUM_WAITING = 'PRACTICUM_WAITING',
  /** A program's coordinators' weekly list of what is late. */
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
}
