import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order is a fractional-index string (rocicorp's `fractional-indexing`), never an array
 * position: two peers inserting or moving at once both keep their place, with no renumbering.
 */
export function orderBetween(before: string | null, after: string | null): string {
  try {
    return generateKeyBetween(before, after);
  } catch {
    // A key the library cannot read (a hand-edited file) must not block editing: place the
    // item next to the bound that is still usable.
    for (const [a, b] of [[before, null], [null, after], [null, null]] as const) {
      try {
        return generateKeyBetween(a, b);
      } catch {
        /* try the next, looser placement */
      }
    }
    return generateKeyBetween(null, null);
  }
}

export function ordersBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

/** Sort by order key, then id, so equal keys from concurrent inserts still sort the same everywhere. */
export function byOrder<T extends { order: string; id: string }>(a: T, b: T): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The order key for a new item placed after the last of `items`. */
export function orderAfterLast(items: readonly { order: string; id: string }[]): string {
  let last: string | null = null;
  for (const item of items) if (last === null || item.order > last) last = item.order;
  return orderBetween(last, null);
}
