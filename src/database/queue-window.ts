import { decodePairCursor, encodePairCursor } from '../graphql/pair-cursor';

/** An item's place in a work queue (journals to grade, entries to review): oldest first, then by id (as PostgreSQL orders uuids). */
export interface QueuePosition {
  submittedAt: Date;
  id: string;
}

/** Which part of a queue to read: after a position or from the start, so many at most. */
export interface QueueWindow {
  after?: QueuePosition;
  limit: number;
}

function byPosition(left: QueuePosition, right: QueuePosition): number {
  return left.submittedAt.getTime() - right.submittedAt.getTime() || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/** The opaque `after` of the page that follows the item at `position`. */
export function encodeQueuePosition({ submittedAt, id }: QueuePosition): string {
  return encodePairCursor(submittedAt.toISOString(), id);
}

/** A position handed out by encodeQueuePosition; BAD_USER_INPUT naming `after` for anything else. */
export function decodeQueuePosition(after: string): QueuePosition {
  const { key, id } = decodePairCursor(after, (key) => !Number.isNaN(Date.parse(key)));
  return { submittedAt: new Date(key), id };
}

/** The page a request asks for: `after` as given, for the next link and forms, and the position it names. */
export interface RequestedQueuePage {
  after: string | null;
  position?: QueuePosition;
}

/** The first page when `after` is absent or empty; BAD_USER_INPUT naming `after` for one the queue never handed out. */
export function requestedQueuePage(after: unknown): RequestedQueuePage {
  return typeof after === 'string' && after ? { after, position: decodeQueuePosition(after) } : { after: null };
}

/**
 * One page of several cohorts' queues, each read with the same window and a limit of `size + 1`:
 * the oldest `size` of them all, and where the next page starts when there is more.
 */
export function queuePage<T>(queues: T[][], size: number, positionOf: (item: T) => QueuePosition): { page: T[]; after: string | null } {
  const merged = queues.flat().sort((a, b) => byPosition(positionOf(a), positionOf(b)));
  const page = merged.slice(0, size);
  return { page, after: merged.length > size ? encodeQueuePosition(positionOf(page[page.length - 1])) : null };
}
