import { createMatcher, ExpectedPerson, looselyMatches } from './zoom-matcher';

const LENA: ExpectedPerson = { id: 'lena', fullName: 'Lena Marquez', email: 'lena.marquez@example.org' };
const ANA: ExpectedPerson = { id: 'ana', fullName: 'Ana Ruiz', email: 'ana.ruiz@example.org' };
const SAM_ONE: ExpectedPerson = { id: 'sam-1', fullName: 'Sam Lee', email: 'sam.lee@example.org' };
const SAM_TWO: ExpectedPerson = { id: 'sam-2', fullName: 'Sam  LEE', email: 'samuel.lee@example.org' };
const TOMAS: ExpectedPerson = { id: 'tomas', fullName: 'Tomás Reyes', email: 'tomas@example.org' };

const match = createMatcher([LENA, ANA, SAM_ONE, SAM_TWO, TOMAS]);
const identity = (displayName: string, originalName: string | null = null, email: string | null = null) => ({ displayName, originalName, email });

describe('matching report rows to the people expected', () => {
  it('matches by e-mail address first, in any case, whatever the name says', () => {
    expect(match(identity('iPad', null, ' Lena.Marquez@EXAMPLE.org'))).toEqual({ match: 'EMAIL', personId: 'lena', candidateIds: [], reason: null });
  });

  it('then by the exact full name against the original name, case and spacing aside', () => {
    expect(match(identity('Ana Ruiz'))).toMatchObject({ match: 'NAME', personId: 'ana' });
    expect(match(identity('  ana   RUIZ '))).toMatchObject({ match: 'NAME', personId: 'ana' });
    expect(match(identity('Dr. Ana (she/her)', 'Ana Ruiz'))).toMatchObject({ match: 'NAME', personId: 'ana' });
    expect(match(identity('Lena', 'Lena Marquez', 'lena@personal.example'))).toMatchObject({ match: 'NAME', personId: 'lena' });
  });

  it('never picks one of two people who share a name', () => {
    expect(match(identity('Sam Lee'))).toEqual({
      match: 'AMBIGUOUS',
      personId: null,
      candidateIds: ['sam-1', 'sam-2'],
      reason: '2 people expected at this session are named “Sam Lee”: choose who attended',
    });
  });

  it('calls a match on the name shown only, when Zoom’s original name differs, ambiguous', () => {
    expect(match(identity('Ana Ruiz', 'Galaxy S21'))).toMatchObject({
      match: 'AMBIGUOUS',
      candidateIds: ['ana'],
      reason: 'only the name shown, “Ana Ruiz”, matches; Zoom’s original name is “Galaxy S21”: choose who attended',
    });
  });

  it('calls a first name, initials, accents or another word order ambiguous', () => {
    for (const name of ['Lena', 'Lena M', 'lena m.', 'Marquez, Lena']) {
      expect(match(identity(name))).toMatchObject({ match: 'AMBIGUOUS', candidateIds: ['lena'] });
    }
    expect(match(identity('Tomas Reyes'))).toMatchObject({ match: 'AMBIGUOUS', candidateIds: ['tomas'] });
    expect(match(identity('Sam'))).toMatchObject({ match: 'AMBIGUOUS', candidateIds: ['sam-1', 'sam-2'] });
    expect(match(identity('Lena M', 'Lena Marquez-Ortiz'))).toMatchObject({ match: 'AMBIGUOUS', candidateIds: ['lena'] });
  });

  it('leaves a row nobody expected answers to unmatched', () => {
    for (const row of [identity('Dr. Amara Osei', null, 'amara@example.org'), identity('+1 415 555 0100'), identity('Lara Marquez')]) {
      expect(match(row)).toEqual({ match: 'UNMATCHED', personId: null, candidateIds: [], reason: 'no one expected at this session has this e-mail address or name' });
    }
  });
});

describe('looselyMatches', () => {
  it('takes a shortened or left-out rest after the same first word, in either direction', () => {
    expect(looselyMatches('Lena Sofia Marquez', 'Lena Marquez')).toBe(true);
    expect(looselyMatches('Lena', 'Lena Sofia Marquez')).toBe(true);
    expect(looselyMatches('Lena Ma', 'Lena Marquez')).toBe(true);
    expect(looselyMatches('Lena Mo', 'Lena Marquez')).toBe(false);
    expect(looselyMatches('Marquez', 'Lena Marquez')).toBe(false);
    expect(looselyMatches('---', 'Lena Marquez')).toBe(false);
  });
});
