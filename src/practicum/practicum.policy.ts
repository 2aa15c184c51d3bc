import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortRoles } from '../programs/cohort-access.service';

/** The caller as practicum rules see them, relative to one entry's author. */
export interface EntryViewer {
  roles: CohortRoles;
  /** The caller facilitates a community of this cohort the author belongs to. */
  facilitatesAuthor: boolean;
}

const isAuthor = (viewer: EntryViewer, authorId: string) => viewer.roles.user.id === authorId;

/** Reflections and review comments: the author, their communities' facilitators and the cohort's faculty. */
export function canReadPracticumText(viewer: EntryViewer, authorId: string): boolean {
  return isAuthor(viewer, authorId) || viewer.roles.isFaculty || viewer.facilitatesAuthor;
}

/** Minutes, dates, activities and statuses: also the cohort's other staff and admins; never other participants. */
export function canSeePracticumEntry(viewer: EntryViewer, authorId: string): boolean {
  return isAuthor(viewer, authorId) || viewer.roles.isAdmin || viewer.roles.isStaff;
}

/** Only the author changes an entry; others who may see it are refused, the rest are told it does not exist. */
export function requirePracticumAuthor(viewer: EntryViewer, authorId: string): void {
  if (isAuthor(viewer, authorId)) return;
  if (canSeePracticumEntry(viewer, authorId)) throw new ForbiddenError('Only its author may change a practicum entry');
  throw new NotFoundError('Practicum entry');
}

/** A facilitator of the author's community, the cohort's faculty or an admin; never the author. */
export function requirePracticumReviewer(viewer: EntryViewer, authorId: string): void {
  if (!canSeePracticumEntry(viewer, authorId)) throw new NotFoundError('Practicum entry');
  if (isAuthor(viewer, authorId)) throw new ForbiddenError('You may not review your own practicum entry');
  if (!(viewer.roles.isAdmin || viewer.roles.isFaculty || viewer.facilitatesAuthor)) {
    throw new ForbiddenError("Only a facilitator of the participant's community, the cohort's faculty or an admin may review this entry");
  }
}

/**
 * Whose summary the caller may read: their own; any participant's as faculty or admin; as a
 * facilitator, only their own communities' members (as with attendance summaries).
 */
export function requireSummaryReader(roles: CohortRoles, userId: string, facilitatesParticipant: boolean): void {
  if (roles.user.id === userId || roles.isAdmin || roles.isFaculty || facilitatesParticipant) return;
  throw new NotFoundError('Practicum summary');
}

/** Only the cohort's participants keep a practicum log. */
export function requireParticipant(roles: CohortRoles): void {
  if (!roles.isParticipant) throw new ForbiddenError('Only participants of this cohort keep a practicum log');
}

/** Who works a review queue: the cohort's faculty and facilitators, and admins. */
export function requireQueueReader(roles: CohortRoles): void {
  if (!roles.isAdmin && !roles.isStaff) throw new ForbiddenError('Only staff of this cohort review practicum entries');
}
