import { byKeys, groupByKeys, RequestLoaders } from './request-loaders';

describe('RequestLoaders', () => {
  it('batches the loads of one tick into one call and reuses the loader by name', async () => {
    const loaders = new RequestLoaders();
    const calls: (readonly number[])[] = [];
    const batch = async (keys: readonly number[]) => {
      calls.push(keys);
      return keys.map((key) => key * 10);
    };
    const results = await Promise.all([1, 2, 3].map((key) => loaders.get('times10', batch).load(key)));
    expect(results).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('orders rows by the requested keys, with null for missing ones', () => {
    expect(byKeys(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }], (row) => row.id)).toEqual([{ id: 'b' }, null, { id: 'a' }]);
  });

  it('groups rows per key, with an empty list for keys without rows', () => {
    const rows = [{ k: 1, v: 'a' }, { k: 2, v: 'b' }, { k: 1, v: 'c' }];
    expect(groupByKeys([1, 3, 2], rows, (row) => row.k).map((group) => group.map((row) => row.v))).toEqual([['a', 'c'], [], ['b']]);
  });
});
