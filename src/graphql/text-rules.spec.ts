import { hasVisibleText, isSingleLine, unsafeTextProblem } from './text-rules';

describe('unsafeTextProblem', () => {
  it.each(['', 'Ana Quintero', 'Lucía 😀 Romero', 'two\nlines\ttabbed', 'שלום', '\u202Ereversed'])('accepts %p', (value) =>
    expect(unsafeTextProblem(value)).toBeNull(),
  );

  it('refuses NUL anywhere', () => {
    expect(unsafeTextProblem('a\u0000b')).toMatch(/NUL/);
    expect(unsafeTextProblem('\u0000')).toMatch(/NUL/);
  });

  it.each(['a\uD800', '\uDC00b', 'x\uDE00\uD83D'])('refuses the lone surrogate in %p', (value) =>
    expect(unsafeTextProblem(value)).toMatch(/surrogate/),
  );
});

describe('hasVisibleText', () => {
  it.each(['A', ' x ', 'Ana', '😀', '\u200Bx\u200B', 'אב'])('sees something in %p', (value) => expect(hasVisibleText(value)).toBe(true));

  it.each([
    ['empty', ''],
    ['spaces and breaks', ' \t\n\u00A0\u3000'],
    ['zero-width space, joiner and non-joiner', '\u200B\u200D\u200C'],
    ['word joiner and BOM', '\u2060\uFEFF'],
    ['bidi controls', '\u202E\u202A\u2066\u2069\u200E\u200F\u061C'],
    ['other format characters', '\u00AD\u180E\u{E0041}'],
    ['Hangul fillers', '\u3164\u115F\uFFA0'],
  ])('sees nothing in %s', (_name, value) => expect(hasVisibleText(value)).toBe(false));
});

describe('isSingleLine', () => {
  it('accepts a line with spaces and bidi marks', () => expect(isSingleLine('Ana \u200FQuintero')).toBe(true));
  it.each(['a\nb', 'a\rb', 'a\tb', 'a\u2028b', 'a\u001Bb'])('refuses %p', (value) => expect(isSingleLine(value)).toBe(false));
});
