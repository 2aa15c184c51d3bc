import { findIdentifier, identifierProblem, regionProblem } from './identifier-guard';

describe('findIdentifier', () => {
  it.each([
    ['Reach her at provider.home@example.org later', 'an e-mail address'],
    ['call 555-123-4567 tomorrow', 'a phone number'],
    ['call (555) 123 4567', 'a phone number'],
    ['call 555.123.4567', 'a phone number'],
    ['number 5551234567', 'a phone number'],
    ['+1 555 123 4567', 'a phone number'],
    ['UK office +44 20 7946 0958', 'a phone number'],
    ['her cell is 555-1234', 'a phone number'],
  ])('finds an identifier in %p', (text, kind) => {
    expect(findIdentifier(text)).toBe(kind);
  });

  it.each([
    'Observed 45 minutes of free play on 2026-11-02 with 6 toddlers.',
    'We met from 10:30 to 12:15 and planned 3 follow-ups for 2025-2026.',
    'The provider (FCC-0012) used a visual schedule; 2 of 4 transitions went smoothly.',
    'Ratio was 1:4, about 20-30 minutes per routine.',
  ])('lets ordinary practicum text through: %p', (text) => {
    expect(findIdentifier(text)).toBeNull();
  });

  it('says why the text is refused', () => {
    expect(identifierProblem('mail me: a@b.co')).toMatch(/e-mail address.*identify nobody/);
    expect(identifierProblem('A calm morning.')).toBeNull();
  });
});

describe('regionProblem', () => {
  it.each(['Fresno County', 'Bay Area', 'Los Angeles County (SPA 8)', "Prince George's County", 'Región Norte', 'Region 4'])(
    'accepts the region %p',
    (region) => expect(regionProblem(region)).toBeNull(),
  );

  it.each([
    ['123 Main Street', /street address/],
    ['45 Oak Ave.', /street address/],
    ['Apt 4, Elm', /street address/],
    ['Oakland 94612', /ZIP code/],
    ['provider@example.org', /e-mail address/],
    ['555-123-4567', /phone number/],
    ['Fresno; <script>', /may contain only/],
    ['   ', /must not be empty/],
    ['x'.repeat(61), /at most 60/],
  ])('refuses %p', (region, reason) => {
    expect(regionProblem(region)).toMatch(reason);
  });
});
