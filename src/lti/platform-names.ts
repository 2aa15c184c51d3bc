import { isSingleLine } from '../graphql/text-rules';

/** How a platform names a person, in a launch's claims or a roster's members. */
export interface PlatformNames {
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

/** A name's length everywhere here (see Name in src/graphql/text-fields.ts). */
const NAME_LENGTH = 200;
const UNNAMED = 'LMS user';

const oneLine = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** The person's name, else given and family names, as one visible line of at most 200 characters. */
export function personName({ name, given_name, family_name }: PlatformNames): string {
  const named = (oneLine(name) || [oneLine(given_name), oneLine(family_name)].filter(Boolean).join(' ')).slice(0, NAME_LENGTH).trim();
  return named && isSingleLine(named) ? named : UNNAMED;
}
