import { badInput } from '../errors/domain-errors';
import { EARLIEST_YEAR, LATEST_YEAR } from '../graphql/date.scalar';
import { isUuid } from '../graphql/uuid.pipe';

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

/** A cursor is about 100 characters; nothing longer is decoded. */
const MAX_CURSOR_LENGTH = 200;

/** Not 2026-02-30, 24:00 or the year 0, which JavaScript rolls over or takes and PostgreSQL refuses. */
function isRealInstant(at: string): boolean {
  const time = Date.parse(at);
  const year = Number(at.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === at.slice(0, 19);
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** BAD_USER_INPUT naming `after` for anything this list did not hand out. */
export function decodeAuditCursor(after: string): AuditCursor {
  let parsed: unknown;
  try {
    if (after.length > MAX_CURSOR_LENGTH) throw new Error('longer than any cursor');
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const [at, id] = Array.isArray(parsed) && parsed.length === 2 ? parsed : [];
  const valid = typeof at === 'string' && MICROSECOND_INSTANT.test(at) && isRealInstant(at) && isUuid(id);
  if (!valid) throw badInput('after', 'must be an endCursor this list returned');
  return { at, id: id.toLowerCase() };
}
