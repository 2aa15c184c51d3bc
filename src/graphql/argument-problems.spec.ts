import { argumentProblems } from './argument-problems';
import { InvalidLiteral } from './invalid-literal';

/** As graphql-js hands arguments over: objects without a prototype. */
function args<T extends object>(value: T): T {
  return Object.assign(Object.create(null), value);
}

describe('argumentProblems', () => {
  it('finds nothing wrong with ordinary values', () => {
    const input = args({ title: 'Seminar', body: 'line\nline', startsAt: new Date(), minutes: 3, ok: true, nothing: null, ids: ['a', 'b'] });
    expect(argumentProblems(input, 'input')).toEqual({});
  });

  it('names an input field holding NUL or a lone surrogate without the argument name', () => {
    expect(argumentProblems(args({ body: 'a\u0000b', title: 'x\uD800' }), 'input')).toEqual({
      body: expect.stringMatching(/NUL/),
      title: expect.stringMatching(/surrogate/),
    });
  });

  it('names an argument that is not an input object by its own name', () => {
    expect(Object.keys(argumentProblems('AB\u0000CD', 'code'))).toEqual(['code']);
    expect(Object.keys(argumentProblems(['ok', 'x\u0000'], 'ids'))).toEqual(['ids']);
  });

  it('names nested fields as validation errors do', () => {
    const input = args({
      rubric: args({ criteria: [args({ key: 'a', levels: [args({ title: 'ok' }), args({ title: '\u0000' })] })] }),
      memberIds: ['fine', '\uDC00'],
    });
    expect(Object.keys(argumentProblems(input, 'input'))).toEqual(['rubric.criteria.0.levels.1.title', 'memberIds']);
  });

  it('names a refused inline literal with its reason', () => {
    expect(argumentProblems(args({ startsAt: new InvalidLiteral('must carry a zone') }), 'input')).toEqual({ startsAt: 'must carry a zone' });
    expect(argumentProblems(new InvalidLiteral('is not a real date and time'), 'on')).toEqual({ on: 'is not a real date and time' });
  });
});
