import { FORBIDDEN_KEYS } from '../model';
import { formatPath, type LoadError, type OverLimitWhat } from './errors';
import { FILE_LIMITS, type FileLimits } from './format';

/**
 * One pass over the JSON text before `JSON.parse`, so that a hostile file costs bounded time
 * and memory: it refuses nesting deeper than the limit (JSON.parse and everything after it
 * recurse), arrays, objects and files with more items than any workspace has, strings longer
 * than any field, duplicate keys (JSON.parse keeps the last silently, while a person reading
 * the file sees the first) and prototype-reaching keys. It builds no tree: the only memory it
 * keeps is one frame per open container (at most `depth` of them) with that object's keys.
 *
 * It is not a validator: on text that is not JSON it returns null and lets JSON.parse say what
 * is wrong (so "truncated" and "line 3, column 7" keep coming from one place). On JSON it sees
 * exactly the structure JSON.parse builds, so every key JSON.parse would create was checked.
 */
export type ScanError = Extract<LoadError, { code: 'over-limit' | 'duplicate-key' | 'forbidden-key' }>;

interface Frame {
  readonly isObject: boolean;
  /** Where this container sits in its parent (a key or an index), null for the root. */
  readonly key: string | number | null;
  /** Items (arrays) or keys (objects) so far. */
  count: number;
  /** Keys of an object so far: a list while small (cheaper than a Set for records), then a Set. */
  keys: string[] | Set<string> | null;
  /** The key just read (objects), for paths and for spotting the top-level `yjs`. */
  lastKey: string | null;
  /** True right after `{` or `,` in an object: the next string is a key. */
  expectKey: boolean;
}

const SMALL_OBJECT = 16;

const enum Char {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

function pathOf(stack: readonly Frame[], extra?: string | number): string {
  const parts: (string | number)[] = [];
  for (let i = 1; i < stack.length; i++) parts.push(stack[i]!.key!);
  const top = stack[stack.length - 1];
  if (top && top.isObject && top.lastKey !== null && extra === undefined) parts.push(top.lastKey);
  if (extra !== undefined) parts.push(extra);
  // A path 100 levels deep helps nobody: its start says where to look.
  return parts.length > MAX_PATH_PARTS ? `${formatPath(parts.slice(0, MAX_PATH_PARTS))}…` : formatPath(parts);
}

const MAX_PATH_PARTS = 8;

/** Adds `key` to the object's keys; false when it was already there. */
function addKey(frame: Frame, key: string): boolean {
  if (frame.keys === null) {
    frame.keys = [key];
    return true;
  }
  if (Array.isArray(frame.keys)) {
    if (frame.keys.includes(key)) return false;
    frame.keys.push(key);
    if (frame.keys.length > SMALL_OBJECT) frame.keys = new Set(frame.keys);
    return true;
  }
  if (frame.keys.has(key)) return false;
  frame.keys.add(key);
  return true;
}

/** Scan `text`; an error for a file over a limit or with a bad key, else null (also for non-JSON). */
export function scanJsonText(text: string, limits: FileLimits = FILE_LIMITS): ScanError | null {
  const stack: Frame[] = [];
  const length = text.length;
  let values = 0;
  let i = 0;

  const overLimit = (what: OverLimitWhat, limit: number, path: string): ScanError => ({ code: 'over-limit', what, limit, path });

  /** Called when a value starts: counts it into its container. Returns an error or null. */
  const startValue = (): ScanError | null => {
    if (++values > limits.values) return overLimit('values', limits.values, pathOf(stack));
    const top = stack[stack.length - 1];
    if (top && !top.isObject) {
      if (++top.count > limits.items) return overLimit('items', limits.items, pathOf(stack));
    }
    return null;
  };

  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === Char.Space || c === Char.Newline || c === Char.Return || c === Char.Tab || c === Char.Colon) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === Char.Comma) {
      if (!top) return null;
      if (top.isObject) top.expectKey = true;
      i++;
      continue;
    }
    if (c === Char.Quote) {
      if (top && top.isObject && top.expectKey) {
        // A key: read it exactly (escapes decoded), since duplicates and forbidden names
        // must be judged on what JSON.parse will make of it.
        let j = i + 1;
        let escaped = false;
        for (; j < length; j++) {
          const k = text.charCodeAt(j);
          if (k === Char.Quote) break;
          if (k === Char.Backslash) {
            escaped = true;
            j++;
          }
        }
        if (j >= length) return null;
        let key: string;
        if (escaped) {
          try {
            key = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            return null;
          }
        } else key = text.slice(i + 1, j);
        if (j - i - 1 > limits.stringChars) return overLimit('string', limits.stringChars, `${pathOf(stack)}${stack.length > 1 ? '.' : ''}…`);
        if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: pathOf(stack, key) };
        if (++top.count > limits.keys) return overLimit('keys', limits.keys, pathOf(stack, key));
        if (!addKey(top, key)) return { code: 'duplicate-key', path: pathOf(stack, key) };
        top.lastKey = key;
        top.expectKey = false;
        i = j + 1;
        continue;
      }
      // A string value: only its length matters, so jump from quote to quote.
      const error = startValue();
      if (error) return error;
      let end = i + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote === -1) return null;
        let backslashes = 0;
        for (let b = quote - 1; b > i && text.charCodeAt(b) === Char.Backslash; b--) backslashes++;
        end = quote + 1;
        if (backslashes % 2 === 0) break;
      }
      const chars = end - i - 2;
      // The Yjs state is the one long string a file holds; the file size bounds it.
      const isYjs = stack.length === 1 && top !== undefined && top.isObject && top.lastKey === 'yjs';
      if (!isYjs && chars > limits.stringChars) return overLimit('string', limits.stringChars, pathOf(stack));
      // Base64 of more than the Yjs limit: refused before JSON.parse copies it.
      if (isYjs && chars > Math.ceil(limits.yjsBytes / 3) * 4) return overLimit('yjs', limits.yjsBytes, 'yjs');
      i = end;
      continue;
    }
    if (c === Char.OpenBrace || c === Char.OpenBracket) {
      if (top && top.isObject && top.expectKey) return null;
      const error = startValue();
      if (error) return error;
      if (stack.length >= limits.depth) return overLimit('depth', limits.depth, pathOf(stack));
      const key = top === undefined ? null : top.isObject ? (top.lastKey ?? '') : top.count - 1;
      stack.push({ isObject: c === Char.OpenBrace, key, count: 0, keys: null, lastKey: null, expectKey: c === Char.OpenBrace });
      i++;
      continue;
    }
    if (c === Char.CloseBrace || c === Char.CloseBracket) {
      if (!top || top.isObject !== (c === Char.CloseBrace)) return null;
      stack.pop();
      i++;
      continue;
    }
    // A number, true, false or null: skip to the next delimiter.
    if (top && top.isObject && top.expectKey) return null;
    const error = startValue();
    if (error) return error;
    i++;
    while (i < length) {
      const k = text.charCodeAt(i);
      if (k === Char.Comma || k === Char.CloseBrace || k === Char.CloseBracket || k === Char.Space || k === Char.Newline || k === Char.Return || k === Char.Tab || k === Char.Colon || k === Char.Quote || k === Char.OpenBrace || k === Char.OpenBracket) break;
      i++;
    }
  }
  return null;
}
