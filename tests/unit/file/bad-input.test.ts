import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/host-api';
import { describeLoadError, loadWorkspaceFile, type LoadError, type LoadErrorCode, type LoadResult } from '../../../shared/file';
import { LOCALES, sampleWorkspace } from '../../../shared/model';
import { docOf, NOW, parseFile, prng, sampleDoc, save } from './workspaces';

const SAVED = save(sampleDoc());

function failed(result: LoadResult): LoadError {
  if (result.ok) throw new Error('expected the file to be refused, but it opened');
  return result.error;
}

function edited(edit: (file: ReturnType<typeof parseFile>) => void): string {
  const file = parseFile(SAVED);
  edit(file);
  return JSON.stringify(file, null, 2);
}

function randomBytes(length: number, seed: number): Uint8Array {
  const random = prng(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 4) {
    const n = Math.floor(random() * 2 ** 32);
    bytes[i] = n & 0xff;
    bytes[i + 1] = (n >>> 8) & 0xff;
    bytes[i + 2] = (n >>> 16) & 0xff;
    bytes[i + 3] = n >>> 24;
  }
  return bytes;
}

const trimmed = SAVED.trimEnd();
const SAVED_RU = new TextEncoder().encode(save(docOf(sampleWorkspace('ru', NOW))));
/** The Russian sample's bytes, cut inside a Cyrillic character (the next byte continues it). */
const CUT_INSIDE_CHARACTER = (() => {
  const at = SAVED_RU.findIndex((byte) => (byte & 0xc0) === 0x80);
  if (at < 0) throw new Error('the Russian sample has no multi-byte character');
  return SAVED_RU.slice(0, at);
})();
const NOTE_ID = parseFile(SAVED).snapshot.notes[2]!.id;
/** The saved file with a `__proto__` field typed into its third note. */
const PROTO_IN_NOTE = SAVED.replace(`"id": "${NOTE_ID}",`, `"id": "${NOTE_ID}", "__proto__": {"text": "x"},`);

const CASES: [name: string, input: () => string | Uint8Array, code: LoadErrorCode][] = [
  ['an empty file', () => '', 'empty'],
  ['a file of spaces and newlines', () => ' \n\t\n ', 'empty'],
  ['zero bytes', () => new Uint8Array(0), 'empty'],
  ['a file bigger than the limit', () => new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20), 'too-large'],
  ['text bigger than the limit', () => 'x'.repeat(MAX_FILE_BYTES + 1), 'too-large'],
  ['50 MB of random bytes', () => randomBytes(50_000_000, 1), 'binary'],
  ['a PNG image', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary'],
  ['invalid UTF-8', () => new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'binary'],
  ['binary read as text by a lenient decoder', () => '\uFFFD\uFFFDPNG\r\n\u001a\n\uFFFD\uFFFD\u0001\u0002\u0003IHDR', 'binary'],
  ['plain text', () => 'Meeting notes: stage 1, awareness…', 'not-json'],
  ['JSON with a typo in the middle', () => SAVED.replace('"formatVersion": 1,', '"formatVersion": 1,,'), 'not-json'],
  ['a saved file cut in half', () => SAVED.slice(0, Math.floor(SAVED.length / 2)), 'truncated'],
  ['a saved file missing its last brace', () => trimmed.slice(0, -1), 'truncated'],
  ['a saved file cut inside a character', () => CUT_INSIDE_CHARACTER, 'truncated'],
  ['a saved file cut inside its Yjs state', () => trimmed.slice(0, -100), 'truncated'],
  ['a saved file cut after its first brace', () => '{', 'truncated'],
  ['null', () => 'null', 'not-journey'],
  ['a JSON array', () => '[1, 2, 3]', 'not-journey'],
  ['a JSON string', () => '"journey"', 'not-journey'],
  ['another app’s JSON', () => JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), 'not-journey'],
  ['a wrong "format"', () => edited((f) => (f.format = 'tldraw')), 'not-journey'],
  ['a newer format version', () => edited((f) => ((f.formatVersion = 3), ((f.app as { version: string }).version = '2.4.0'))), 'newer-version'],
  ['a format version that is not a number', () => edited((f) => (f.formatVersion = '1')), 'invalid'],
  ['a negative format version', () => edited((f) => (f.formatVersion = -1)), 'invalid'],
  ['a note whose colour is a number', () => edited((f) => ((f.snapshot.notes[3] as Record<string, unknown>).color = 7)), 'invalid'],
  ['no snapshot', () => edited((f) => delete (f as Record<string, unknown>).snapshot), 'invalid'],
  ['two notes with the same id', () => edited((f) => (f.snapshot.notes[2]!.id = f.snapshot.notes[1]!.id)), 'invalid'],
  ['absurdly deep nesting', () => `{"format":"journey","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'over-limit'],
  ['the same field twice in a note', () => SAVED.replace(`"id": "${NOTE_ID}",`, `"id": "${NOTE_ID}", "text": "read first",`), 'duplicate-key'],
  ['"__proto__" at the top level', () => SAVED.replace('{', '{"__proto__": {"polluted": true},'), 'forbidden-key'],
  ['"__proto__" in a note', () => PROTO_IN_NOTE, 'forbidden-key'],
  ['"constructor" in the workspace fields', () => SAVED.replace('"title":', '"constructor": {"prototype": {}}, "title":'), 'forbidden-key'],
];

describe('a file that cannot be opened', () => {
  it.each(CASES)('(%s) is refused with a clear message in every language', (_name, input, code) => {
    let result: LoadResult | undefined;
    expect(() => (result = loadWorkspaceFile(input()))).not.toThrow();
    const error = failed(result!);
    expect(error.code).toBe(code);
    for (const locale of LOCALES) {
      const message = describeLoadError(error, locale);
      expect(message.length).toBeGreaterThan(30);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gets a different message for each kind of problem, in each language', () => {
    const errors = new Map<LoadErrorCode, LoadError>();
    for (const [, input, code] of CASES) if (!errors.has(code)) errors.set(code, failed(loadWorkspaceFile(input())));
    // No input is known to cause an `unexpected` error (it guards against bugs): add it by hand.
    errors.set('unexpected', { code: 'unexpected', detail: 'RangeError: Maximum call stack size exceeded' });
    expect(errors.size).toBe(12);
    for (const locale of LOCALES) {
      const messages = [...errors.values()].map((error) => describeLoadError(error, locale));
      expect(new Set(messages).size).toBe(errors.size);
    }
  });
});

describe('what the error says', () => {
  it('names the newer version and tells the user to update', () => {
    const error = failed(loadWorkspaceFile(edited((f) => ((f.formatVersion = 3), ((f.app as { version: string }).version = '2.4.0')))));
    expect(error).toEqual({ code: 'newer-version', fileVersion: 3, supportedVersion: 1, appVersion: '2.4.0' });
    expect(describeLoadError(error, 'en')).toBe(
      'This file was made by a newer version of Journey (Journey 2.4.0, file format 3; this app reads up to 1). Update Journey to open it.',
    );
    expect(describeLoadError(error, 'id')).toContain('Perbarui Journey');
    expect(describeLoadError(error, 'ru')).toContain('Обновите Journey');
  });

  it('points at the field that is wrong', () => {
    const error = failed(loadWorkspaceFile(edited((f) => ((f.snapshot.notes[3] as Record<string, unknown>).color = 7))));
    expect(error).toMatchObject({ code: 'invalid', total: 1, issues: [{ path: 'snapshot.notes[3].color' }] });
    for (const locale of LOCALES) expect(describeLoadError(error, locale)).toContain('snapshot.notes[3].color');
  });

  it('lists at most ten problems and counts the rest', () => {
    const error = failed(loadWorkspaceFile(edited((f) => f.snapshot.notes.forEach((n) => ((n as Record<string, unknown>).width = 'wide')))));
    expect(error).toMatchObject({ code: 'invalid', total: 15 });
    expect(error.code === 'invalid' && error.issues).toHaveLength(10);
    expect(describeLoadError(error, 'en')).toContain('and 12 more problems');
  });

  it('gives the line and column of a JSON syntax error', () => {
    const error = failed(loadWorkspaceFile('{\n  "format": "journey",\n  "formatVersion": 1 2\n}'));
    expect(error).toEqual({ code: 'not-json', line: 3, column: 22 });
    expect(describeLoadError(error, 'en')).toContain('line 3, column 22');
  });

  it('gives the size of a file that is too large', () => {
    const error = failed(loadWorkspaceFile(new Uint8Array(130 * 1024 * 1024)));
    expect(error).toEqual({ code: 'too-large', bytes: 130 * 1024 * 1024, limit: MAX_FILE_BYTES });
    expect(describeLoadError(error, 'en')).toContain('(130 MB; Journey opens files up to 128 MB)');
    expect(describeLoadError(error, 'ru')).toContain('130 МБ');
  });

  it('names the refused field', () => {
    const error = failed(loadWorkspaceFile(PROTO_IN_NOTE));
    expect(error).toEqual({ code: 'forbidden-key', path: 'snapshot.notes[2].__proto__' });
    for (const locale of LOCALES) expect(describeLoadError(error, locale)).toContain('snapshot.notes[2].__proto__');
  });
});

describe('any input', () => {
  it('comes back as a result, never an exception', () => {
    const random = prng(7);
    const alphabet = '{}[]":,0123456789.eE+-truefalsnul \\\n\u00e9\u{1F600}';
    for (let round = 0; round < 300; round++) {
      let text = SAVED;
      const edits = 1 + Math.floor(random() * 5);
      for (let i = 0; i < edits; i++) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.4) text = text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)]! + text.slice(at + 1);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
        else text = text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)]! + text.slice(at);
      }
      const result = loadWorkspaceFile(text);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error.code).not.toBe('unexpected');
    }
  });
});
