/** Kept free of framework imports so the pure rules (and their unit tests) can use them. */
export enum JournalSubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  NEEDS_REVISION = 'NEEDS_REVISION',
  SATISFACTORY = 'SATISFACTORY',
}

/** What faculty decide about a submitted journal. */
export enum JournalOutcome {
  SATISFACTORY = 'SATISFACTORY',
  NEEDS_REVISION = 'NEEDS_REVISION',
}
