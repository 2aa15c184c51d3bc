import { decodePairCursor, encodePairCursor } from '../graphql/pair-cursor';

/** A journal's place in the grading queue: oldest submission first, then by id (as PostgreSQL orders uuids). */
export interface QueuePosition {
  submittedAt: Date;
  id: string;
}

/** Which part of a cohort's grading queue to read: one assignment's journals or all, after a position, so many at most. */
export interface GradingQueueWindow {
  assignmentId?: string;
  after?: QueuePosition;
  limit: number;
}

interface Queued {
  id: string;
  submittedAt: Date | null;
}

function positionOf(journal: Queued): QueuePosition {
  // A SUBMITTED journal always has its submission time; the epoch only keeps the order total.
  return { submittedAt: journal.submittedAt ?? new Date(0), id: journal.id };
}

function byQueuePosition(a: Queued, b: Queued): number {
  const [left, right] = [positionOf(a), positionOf(b)];
  return left.submittedAt.getTime() - right.submittedAt.getTime() || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/** The opaque `after` of the page that follows `journal`. */
export function encodeQueuePosition(journal: Queued): string {
  const { submittedAt, id } = positionOf(journal);
  return encodePairCursor(submittedAt.toISOString(), id);
}

/** A position handed out by encodeQueuePosition; BAD_USER_INPUT naming `after` for anything else. */
export function decodeQueuePosition(after: string): QueuePosition {
  const { key, id } = decodePairCursor(after, (key) => !Number.isNaN(Date.parse(key)));
  return { submittedAt: new Date(key), id };
}

/**
 * One page of several cohorts' queues, each read with the same window and a limit of `size + 1`:
 * the oldest `size` of them all, and the position the next page starts after when there is more.
 */
export function queuePage<T extends { journal: Queued }>(queues: T[][], size: number): { page: T[]; after: string | null } {
  const merged = queues.flat().sort((a, b) => byQueuePosition(a.journal, b.journal));
  const page = merged.slice(0, size);
  return { page, after: merged.length > size ? encodeQueuePosition(page[page.length - 1].journal) : null };
}
