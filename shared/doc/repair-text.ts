import { FORBIDDEN_KEYS, isWellFormed, toWellFormed } from '../model';

/**
 * Text made well-formed for the defensive read (repair-rules.ts): lone surrogates replaced
 * (deep, keys included), text cut without leaving half an emoji.
 */

/** Cut to `max` UTF-16 units without leaving half an emoji, and replace lone surrogates. */
export function clipText(value: string, max: number): string {
  let text = value.length > max ? value.slice(0, max) : value;
  const last = text.charCodeAt(text.length - 1);
  if (text.length < value.length && last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return toWellFormed(text);
}

/** A value with every lone surrogate replaced, deep (unknown fields a newer version added too). */
export function wellFormedDeep(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(k)) out[toWellFormed(k)] = wellFormedDeep(v);
    return out;
  }
  return value;
}

/** True when no string in `value` (keys included) holds a lone surrogate. Runs over every record read: no allocations. */
export function allWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return isWellFormed(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!allWellFormed(item)) return false;
    return true;
  }
  for (const key in value) {
    if (!isWellFormed(key) || !allWellFormed((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The record itself when all its text is well-formed, else a cleaned copy. */
export function wellFormedRecord<T>(record: T): T {
  return allWellFormed(record) ? record : (wellFormedDeep(record) as T);
}
