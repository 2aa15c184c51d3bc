import { AccessDecision } from '../access/access-decision';
import { Relationship } from '../access/relationship';

/** Relationships to an entry's author that open its reflection and review comments; admins as such see neither. */
const TEXT_READERS: readonly Relationship[] = [Relationship.SELF, Relationship.FACULTY, Relationship.FACILITATES_SUBJECT];

/**
 * Whether the viewer reads an entry's reflection and review comments: its author, the cohort's
 * faculty and the author's facilitators. A decision about a cohort (lists) does not know the
 * author, so the entry says whether the viewer wrote it or facilitates whoever did.
 */
export function readsPracticumText(decision: AccessDecision, entry: { authorId: string; viewerFacilitatesAuthor: boolean }): boolean {
  if (entry.authorId === decision.userId || entry.viewerFacilitatesAuthor) return true;
  return TEXT_READERS.some((relationship) => decision.has(relationship));
}
