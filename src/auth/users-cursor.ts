import { badInput } from '../errors/domain-errors';
import { likeLiteral } from '../database/like-pattern';
import { decodePairCursor, encodePairCursor } from '../graphql/pair-cursor';

/** Where a page of `users` ended: the last person's name and id (the list's order). */
export interface UsersCursor {
  fullName: string;
  id: string;
}

export function encodeCursor(cursor: UsersCursor): string {
  return encodePairCursor(cursor.fullName, cursor.id);
}

/** BAD_USER_INPUT naming `after` for anything this list did not hand out. */
export function decodeCursor(after: string): UsersCursor {
  const { key, id } = decodePairCursor(after);
  return { fullName: key, id };
}

/** An ILIKE pattern matching `search` anywhere, its wildcards taken literally; null for an empty search. */
export function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > 200) throw badInput('search', 'must be at most 200 characters');
  return `%${likeLiteral(text)}%`;
}
