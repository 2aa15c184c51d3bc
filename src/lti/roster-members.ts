/** A member of a course as NRPS lists it (the fields the tool reads). */
export interface RosterMember {
  user_id: string;
  status?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  roles?: string[];
}

/** The next page's URL from a Link header, if it names one. */
export function nextPageUrl(link: string | null): string | null {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?/i.test(part));
  return next?.match(/<([^>]+)>/)?.[1] ?? null;
}
