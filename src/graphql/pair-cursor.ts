import { badInput } from '../errors/domain-errors';
import { isUuid } from './uuid.pipe';

/** A cursor is about 100 characters; nothing longer is decoded. */
const MAX_CURSOR_LENGTH = 200;

/** A list's position as its order's key and the row's id, opaque to clients. */
export function encodePairCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** The key and id back; BAD_USER_INPUT naming `after` for anything the list did not hand out (or whose key fails `isKey`). */
export function decodePairCursor(after: string, isKey: (key: string) => boolean = () => true): { key: string; id: string } {
  let parsed: unknown;
  try {
    if (after.length > MAX_CURSOR_LENGTH) throw new Error('longer than any cursor');
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const [key, id] = Array.isArray(parsed) && parsed.length === 2 ? parsed : [];
  if (typeof key !== 'string' || !isKey(key) || !isUuid(id)) throw badInput('after', 'must be an endCursor this list returned');
  return { key, id: id.toLowerCase() };
}
