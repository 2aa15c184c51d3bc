import { ceCredit, formatCredit } from './ce-credit';
import { CeUnit } from './ce-unit';

describe('CE credit', () => {
  it.each([
    [0, 15, 0],
    [14, 15, 0],
    [15, 15, 0.25],
    [89, 15, 1.25],
    [90, 15, 1.5],
    [1439, 15, 23.75],
    [89, 30, 1],
    [119, 60, 1],
    [100, 10, 1.666667],
    [7, 1, 0.116667],
  ])('%i minutes in %i-minute increments are %d hours', (minutes, increment, hours) => {
    expect(ceCredit(minutes, increment, CeUnit.HOURS)).toEqual({ hours, ceus: expect.any(Number), amount: hours });
  });

  it('gives one CEU per ten hours, in CEUs when the board counts them', () => {
    expect(ceCredit(1455, 15, CeUnit.CEUS)).toEqual({ hours: 24.25, ceus: 2.425, amount: 2.425 });
    expect(ceCredit(600, 60, CeUnit.CEUS)).toEqual({ hours: 10, ceus: 1, amount: 1 });
    expect(ceCredit(15, 15, CeUnit.HOURS)).toEqual({ hours: 0.25, ceus: 0.025, amount: 0.25 });
  });

  it('prints an amount in its unit', () => {
    expect(formatCredit(7.5, CeUnit.HOURS)).toBe('7.5 hours');
    expect(formatCredit(1, CeUnit.HOURS)).toBe('1 hour');
    expect(formatCredit(0.425, CeUnit.CEUS)).toBe('0.425 CEUs');
    expect(formatCredit(1, CeUnit.CEUS)).toBe('1 CEU');
  });
});
