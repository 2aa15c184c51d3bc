/**
 * The licence types boards approve CE for, by the code boards and approvals use. A licence names
 * one of these; adding a type a board recognises is a change here (and needs no migration).
 */
export const LICENSE_TYPES: readonly { code: string; name: string }[] = [
  { code: 'LCSW', name: 'Licensed Clinical Social Worker' },
  { code: 'LICSW', name: 'Licensed Independent Clinical Social Worker' },
  { code: 'LMSW', name: 'Licensed Master Social Worker' },
  { code: 'ASW', name: 'Associate Clinical Social Worker' },
  { code: 'LMFT', name: 'Licensed Marriage and Family Therapist' },
  { code: 'AMFT', name: 'Associate Marriage and Family Therapist' },
  { code: 'LPCC', name: 'Licensed Professional Clinical Counselor' },
  { code: 'APCC', name: 'Associate Professional Clinical Counselor' },
  { code: 'LPC', name: 'Licensed Professional Counselor' },
  { code: 'LCPC', name: 'Licensed Clinical Professional Counselor' },
  { code: 'LMHC', name: 'Licensed Mental Health Counselor' },
  { code: 'LEP', name: 'Licensed Educational Psychologist' },
  { code: 'PSYCHOLOGIST', name: 'Licensed Psychologist' },
  { code: 'RN', name: 'Registered Nurse' },
  { code: 'PMHNP', name: 'Psychiatric-Mental Health Nurse Practitioner' },
];

export const LICENSE_TYPE_CODES: readonly string[] = LICENSE_TYPES.map((type) => type.code);

const NAMES = new Map(LICENSE_TYPES.map((type) => [type.code, type.name]));

/** The display name of a catalogue code. */
export function licenseTypeName(code: string): string {
  return NAMES.get(code) ?? code;
}

/** Where a licence is issued: the 50 states, the District of Columbia and the inhabited territories (USPS codes). */
export const US_STATE_CODES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
  'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'DC', 'PR', 'GU', 'VI', 'AS', 'MP',
];

/** The most licences one person keeps on record. */
export const MAX_LICENSES = 20;
