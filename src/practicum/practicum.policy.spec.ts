import { AccessDecision } from '../access/access-decision';
import { Relationship } from '../access/relationship';
import { readsPracticumText } from './practicum.policy';

const VIEWER = 'viewer-id';
const AUTHOR = 'author-id';
const decision = (...relationships: Relationship[]) => new AccessDecision(VIEWER, 'cohort-id', new Set(relationships));
const entryBy = (authorId: string, viewerFacilitatesAuthor = false) => ({ authorId, viewerFacilitatesAuthor });

describe('readsPracticumText', () => {
  it("opens an entry's text to its author, the cohort's faculty and the author's facilitators", () => {
    expect(readsPracticumText(decision(Relationship.PARTICIPANT, Relationship.SELF), entryBy(AUTHOR))).toBe(true);
    expect(readsPracticumText(decision(Relationship.FACULTY), entryBy(AUTHOR))).toBe(true);
    expect(readsPracticumText(decision(Relationship.FACILITATOR, Relationship.FACILITATES_SUBJECT), entryBy(AUTHOR))).toBe(true);
  });

  it('reads authorship and facilitation from the entry when the decision is about a whole cohort', () => {
    expect(readsPracticumText(decision(Relationship.PARTICIPANT), entryBy(VIEWER))).toBe(true);
    expect(readsPracticumText(decision(Relationship.FACILITATOR), entryBy(AUTHOR, true))).toBe(true);
  });

  it('keeps it from admins as such and from facilitators of other communities', () => {
    expect(readsPracticumText(decision(Relationship.ADMIN), entryBy(AUTHOR))).toBe(false);
    expect(readsPracticumText(decision(Relationship.FACILITATOR), entryBy(AUTHOR))).toBe(false);
  });
});
