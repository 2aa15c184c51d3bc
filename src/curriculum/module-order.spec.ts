import { fullOrderProblem, movedTo, positionChanges } from './module-order';

describe('module order', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('moves a module earlier or later, shifting the ones it passes', () => {
    expect(movedTo(order, 'd', 2)).toEqual(['a', 'd', 'b', 'c']);
    expect(movedTo(order, 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(movedTo(order, 'b', 2)).toEqual(order);
    expect(movedTo(order, 'b', 4)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('accepts a full order only: every module of the cohort, each once', () => {
    expect(fullOrderProblem(order, ['d', 'c', 'b', 'a'])).toBeNull();
    expect(fullOrderProblem(order, ['d', 'c', 'b'])).toMatch(/every module/);
    expect(fullOrderProblem(order, ['d', 'c', 'b', 'b'])).toMatch(/once/);
    expect(fullOrderProblem(order, ['d', 'c', 'b', 'x'])).toMatch(/of this cohort/);
  });

  it('lists the modules whose stored position changes, gaps and shared positions included', () => {
    const stored = [
      { id: 'a', position: 1 },
      { id: 'b', position: 1 },
      { id: 'c', position: 5 },
    ];
    expect(positionChanges(stored, ['a', 'b', 'c'])).toEqual([
      { id: 'b', from: 1, to: 2 },
      { id: 'c', from: 5, to: 3 },
    ]);
    expect(positionChanges([{ id: 'a', position: 1 }, { id: 'b', position: 2 }], ['a', 'b'])).toEqual([]);
  });
});
