import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortRoles } from '../programs/cohort-access.service';

type OwnedJournal = { participantId: string };

/** Admins and the cohort's faculty create and change assignments and grant extensions. */
export function requireAssignmentManager(roles: CohortRoles): void {
  if (!roles.isAdmin && !roles.isFaculty) throw new ForbiddenError('Only faculty of this cohort or an administrator may do this');
}

/** Only the cohort's participants write journals there. */
export function requireJournalAuthor(roles: CohortRoles): void {
  if (!roles.isParticipant) throw new ForbiddenError('Only participants of this cohort write its journals');
}

/** Grading is the cohort's faculty's job: not facilitators, not administrators who are not faculty there. */
export function requireGrader(roles: CohortRoles): void {
  if (!roles.isFaculty) throw new ForbiddenError('Only faculty of this cohort may grade its journals');
}

/** The grading queue: the faculty who grade, and administrators (who see it without the text). */
export function requireGradingQueueReader(roles: CohortRoles): void {
  if (!roles.isAdmin && !roles.isFaculty) throw new ForbiddenError('Only faculty of this cohort may see its grading queue');
}

/** The author, the cohort's staff and admins know a journal exists; anyone else is told it does not. */
export function requireJournalViewer(roles: CohortRoles, journal: OwnedJournal): void {
  if (journal.participantId === roles.user.id || roles.isAdmin || roles.isStaff) return;
  throw new NotFoundError('Journal submission');
}

/** Journal text and feedback: its author and the cohort's faculty only (not facilitators, not admins as such). */
export function mayReadJournalText(roles: CohortRoles, journal: OwnedJournal): boolean {
  return journal.participantId === roles.user.id || roles.isFaculty;
}
