import { badInput } from '../errors/domain-errors';
import { isUuid } from '../graphql/uuid.pipe';

/** Where a page of `users` ended: the last person's name and id (the list's order). */
export interface UsersCursor {
  fullName: string;
  id: string;
}

export function encodeCursor(cursor: UsersCursor): string {
  return Buffer.from(JSON.stringify([cursor.fullName, cursor.id])).toString('base64url');
}

/** BAD_USER_INPUT naming `after` for anything this list did not hand out. */
export function decodeCursor(after: string): UsersCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !isUuid(parsed[1])) {
    throw badInput('after', 'must be an endCursor this list returned');
  }
  return { fullName: parsed[0], id: parsed[1] };
}

/** An ILIKE pattern matching `search` anywhere, its wildcards taken literally; null for an empty search. */
export function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > 200) throw badInput('search', 'must be at most 200 characters');
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
