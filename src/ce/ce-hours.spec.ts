import { ceHours, ceus } from './ce-hours';

describe('CE hours', () => {
  it.each([
    [0, 0],
    [14, 0],
    [15, 0.25],
    [89, 1.25],
    [90, 1.5],
    [1439, 23.75],
    [1440, 24],
  ])('%i minutes are %d hours, rounded down to the quarter hour', (minutes, hours) => {
    expect(ceHours(minutes)).toBe(hours);
  });

  it('gives one CEU per ten hours', () => {
    expect(ceus(24.25)).toBe(2.425);
    expect(ceus(10)).toBe(1);
    expect(ceus(0.25)).toBe(0.025);
  });
});
