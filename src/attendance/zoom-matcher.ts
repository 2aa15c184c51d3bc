/** Someone expected at the session, as the matcher compares them. */
export interface ExpectedPerson {
  id: string;
  fullName: string;
  email: string;
}

/** Who a report's row says it is. */
export interface ReportIdentity {
  displayName: string;
  originalName: string | null;
  email: string | null;
}

export type ZoomMatchKind = 'EMAIL' | 'NAME' | 'UNMATCHED' | 'AMBIGUOUS';

/**
 * EMAIL and NAME name the one person (`personId`); AMBIGUOUS names those it may be (`candidateIds`)
 * and is never credited without someone choosing; UNMATCHED names nobody. `reason` says why for the last two.
 */
export interface PersonMatch {
  match: ZoomMatchKind;
  personId: string | null;
  candidateIds: string[];
  reason: string | null;
}

/** Case and spacing aside, the same text. */
export function normalizedName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The words of a name without accents or punctuation ("Beltrán-Ruiz, Ana" → beltran, ruiz, ana). */
function foldedWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Each word of `shorter` begins a word of `longer`, in order. */
function wordsBeginWordsOf(shorter: string[], longer: string[]): boolean {
  let at = 0;
  for (const word of shorter) {
    while (at < longer.length && !longer[at].startsWith(word)) at++;
    if (at++ >= longer.length) return false;
  }
  return true;
}

/**
 * The same person, perhaps: the same words without accents or punctuation, or in another order
 * ("Marquez, Lena"), or the same first word with the rest shortened or left out ("Lena", "Lena M").
 */
export function looselyMatches(reported: string, fullName: string): boolean {
  const a = foldedWords(reported);
  const b = foldedWords(fullName);
  if (!a.length || !b.length) return false;
  if ([...a].sort().join(' ') === [...b].sort().join(' ')) return true;
  if (a[0] !== b[0]) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return wordsBeginWordsOf(shorter.slice(1), longer.slice(1));
}

const CHOOSE = 'choose who attended';

/**
 * Matches report rows to the people expected at a session: by e-mail address (any case), then by
 * the exact full name (case and spacing aside) against Zoom's original name. A name two people
 * share, a match on the display name only (the participant renamed themselves), or a loose one is
 * AMBIGUOUS.
 */
export function createMatcher(people: readonly ExpectedPerson[]): (identity: ReportIdentity) => PersonMatch {
  const byEmail = new Map(people.map((person) => [person.email.trim().toLowerCase(), person]));
  const byName = new Map<string, ExpectedPerson[]>();
  for (const person of people) {
    const key = normalizedName(person.fullName);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const named = (name: string) => byName.get(normalizedName(name)) ?? [];
  const ids = (matches: ExpectedPerson[]) => [...new Set(matches.map((person) => person.id))];

  return ({ displayName, originalName, email }) => {
    const byAddress = email ? byEmail.get(email.trim().toLowerCase()) : undefined;
    if (byAddress) return { match: 'EMAIL', personId: byAddress.id, candidateIds: [], reason: null };
    const name = originalName ?? displayName;
    const exact = named(name);
    if (exact.length === 1) return { match: 'NAME', personId: exact[0].id, candidateIds: [], reason: null };
    if (exact.length > 1) return ambiguous(ids(exact), `${exact.length} people expected at this session are named “${name}”: ${CHOOSE}`);
    const renamed = originalName !== null && normalizedName(displayName) !== normalizedName(originalName);
    const byDisplayName = renamed ? named(displayName) : [];
    const loose = people.filter((person) => looselyMatches(name, person.fullName) || (renamed && looselyMatches(displayName, person.fullName)));
    if (byDisplayName.length) {
      return ambiguous(ids([...byDisplayName, ...loose]), `only the name shown, “${displayName}”, matches; Zoom’s original name is “${originalName}”: ${CHOOSE}`);
    }
    if (loose.length) return ambiguous(ids(loose), `matches only loosely (a first name, initials, accents or word order): ${CHOOSE}`);
    return { match: 'UNMATCHED', personId: null, candidateIds: [], reason: 'no one expected at this session has this e-mail address or name' };
  };
}

function ambiguous(candidateIds: string[], reason: string): PersonMatch {
  return { match: 'AMBIGUOUS', personId: null, candidateIds, reason };
}
