import { AccessDecision } from '../access/access-decision';
import { Relationship } from '../access/relationship';
import { JournalSubmissionStatus } from './journal-status';

type OwnedJournal = { participantId: string };

/**
 * Which text a viewer reads: the author their working text; the cohort's faculty only what was submitted
 * (drafts stay private to their author until submitted); anyone else (facilitators, admins as such) none.
 */
export type JournalTextView = 'working' | 'submitted' | 'none';

export function journalTextView(viewer: AccessDecision, journal: OwnedJournal): JournalTextView {
  if (journal.participantId === viewer.userId) return 'working';
  return viewer.has(Relationship.FACULTY) ? 'submitted' : 'none';
}

/**
 * Whether `body` may hold the working text for a faculty reader. A DRAFT was never submitted; after a return
 * for revision `body` is the participant's unsubmitted redraft, so faculty read the last submitted version.
 */
export function bodyIsSubmitted(status: JournalSubmissionStatus): boolean {
  return status === JournalSubmissionStatus.SUBMITTED || status === JournalSubmissionStatus.SATISFACTORY;
}
