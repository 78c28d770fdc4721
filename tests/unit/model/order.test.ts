import { describe, expect, it } from 'vitest';
import { byOrder, orderAfterLast, orderBetween, ordersBetween } from '../../../shared/model';

const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('order keys', () => {
  it('a key between two keys sorts between them', () => {
    const [a, b] = ordersBetween(null, null, 2) as [string, string];
    const mid = orderBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(orderBetween(null, a) < a).toBe(true);
    expect(orderBetween(b, null) > b).toBe(true);
  });

  it('inserting again and again at the same place keeps every key distinct and in order', () => {
    // Always insert right after the first item: the worst case for key length.
    const keys = [orderBetween(null, null)];
    let upper: string | null = null;
    for (let i = 0; i < 200; i++) {
      const key = orderBetween(keys[0]!, upper);
      upper = key;
      keys.push(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    // Items were inserted at position 1 each time, so the newest comes second.
    const expected = [keys[0]!, ...keys.slice(1).reverse()];
    expect(sorted(keys)).toEqual(expected);
    expect(keys.every((k) => k.length <= 256)).toBe(true); // fits OrderKey in the schema
  });

  it('appending after the last keeps the list in insertion order', () => {
    const items: { id: string; order: string }[] = [];
    for (let i = 0; i < 50; i++) items.push({ id: `n${i}`, order: orderAfterLast(items) });
    expect([...items].reverse().sort(byOrder).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('orderAfterLast goes after the largest key, whatever the array order', () => {
    const items = [
      { id: 'x', order: 'a5' },
      { id: 'y', order: 'a9' },
      { id: 'z', order: 'a1' },
    ];
    expect(orderAfterLast(items) > 'a9').toBe(true);
    expect(typeof orderAfterLast([])).toBe('string');
  });

  it('ordersBetween gives n ascending keys inside the range', () => {
    const keys = ordersBetween('a1', 'a2', 10);
    expect(keys).toHaveLength(10);
    expect(sorted(keys)).toEqual(keys);
    expect(new Set(keys).size).toBe(10);
    expect(keys.every((k) => k > 'a1' && k < 'a2')).toBe(true);
  });

  it('byOrder sorts by key and breaks ties by id, so every peer sorts equal keys the same way', () => {
    const a = { id: 'b', order: 'a1' };
    const b = { id: 'a', order: 'a1' };
    const c = { id: 'c', order: 'a0' };
    expect([a, b, c].sort(byOrder).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect([b, c, a].sort(byOrder).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(byOrder(a, a)).toBe(0);
  });

  it('items inserted before the first sort first (keys below "a0" start with an upper-case letter)', () => {
    // fractional-indexing's digits are 0-9A-Za-z in code-unit order; a locale-aware compare
    // would put "Zz" after "a0" and scramble notes inserted at the top of a cell.
    const items = [{ id: 'first', order: orderBetween(null, null) }];
    for (let i = 0; i < 30; i++) items.unshift({ id: `top${i}`, order: orderBetween(null, items[0]!.order) });
    expect([...items].reverse().sort(byOrder).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });
});
