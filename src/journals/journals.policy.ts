import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortRoles } from '../programs/cohort-access.service';
import { JournalSubmissionStatus } from './journal-status';

type OwnedJournal = { participantId: string };

/** Only the cohort's participants write journals there. */
export function requireJournalAuthor(roles: CohortRoles): void {
  if (!roles.isParticipant) throw new ForbiddenError('Only participants of this cohort write its journals');
}

/**
 * Grading is the cohort's faculty's job: not facilitators, not administrators who are not faculty there,
 * and never of one's own journal (a person may be both participant and faculty of a cohort).
 */
export function requireGrader(roles: CohortRoles, journal: OwnedJournal): void {
  if (!roles.isFaculty) throw new ForbiddenError('Only faculty of this cohort may grade its journals');
  if (journal.participantId === roles.user.id) throw new ForbiddenError('You may not grade your own journal');
}

/** Extensions come from the cohort's faculty or an admin (checked by CohortAccess), never to oneself. */
export function requireExtensionForSomeoneElse(roles: CohortRoles, participantId: string): void {
  if (participantId === roles.user.id) throw new ForbiddenError('You may not grant yourself an extension');
}

/** The author, the cohort's staff and admins know a journal exists; anyone else is told it does not. */
export function requireJournalViewer(roles: CohortRoles, journal: OwnedJournal): void {
  if (journal.participantId === roles.user.id || roles.isAdmin || roles.isStaff) return;
  throw new NotFoundError('Journal submission');
}

/**
 * Which text a viewer reads: the author their working text; the cohort's faculty only what was submitted
 * (drafts stay private to their author until submitted); anyone else (facilitators, admins as such) none.
 */
export type JournalTextView = 'working' | 'submitted' | 'none';

export function journalTextView(roles: CohortRoles, journal: OwnedJournal): JournalTextView {
  if (journal.participantId === roles.user.id) return 'working';
  return roles.isFaculty ? 'submitted' : 'none';
}

/**
 * Whether `body` may hold the working text for a faculty reader. A DRAFT was never submitted; after a return
 * for revision `body` is the participant's unsubmitted redraft, so faculty read the last submitted version.
 */
export function bodyIsSubmitted(status: JournalSubmissionStatus): boolean {
  return status === JournalSubmissionStatus.SUBMITTED || status === JournalSubmissionStatus.SATISFACTORY;
}
