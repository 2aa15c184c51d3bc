import { EARLIEST_YEAR, LATEST_YEAR } from '../graphql/date.scalar';
import { decodePairCursor, encodePairCursor } from '../graphql/pair-cursor';

/**
 * Where a page of `auditEvents` ended: the last event's instant to the microsecond, as PostgreSQL
 * keeps it (a JavaScript Date would round it and skip or repeat events), and its id.
 */
export interface AuditCursor {
  at: string;
  id: string;
}

/** The instant as the events query writes it: UTC with microseconds. */
const MICROSECOND_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Not 2026-02-30, 24:00 or the year 0, which JavaScript rolls over or takes and PostgreSQL refuses. */
function isRealInstant(at: string): boolean {
  const time = Date.parse(at);
  const year = Number(at.slice(0, 4));
  return MICROSECOND_INSTANT.test(at) && year >= EARLIEST_YEAR && year <= LATEST_YEAR && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === at.slice(0, 19);
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return encodePairCursor(cursor.at, cursor.id);
}

/** BAD_USER_INPUT naming `after` for anything this list did not hand out. */
export function decodeAuditCursor(after: string): AuditCursor {
  const { key, id } = decodePairCursor(after, isRealInstant);
  return { at: key, id };
}
