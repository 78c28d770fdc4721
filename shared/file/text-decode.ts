/** A .journey file's bytes to text, and JSON parse errors to typed load errors (load.ts). */
import { MAX_FILE_BYTES } from '../host-api';
import type { LoadError } from './errors';

// ─── Bytes to text ──────────────────────────────────────────────────────────────────────

interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream: boolean }): string;
}
type Utf8DecoderConstructor = new (label: 'utf-8', options: { fatal: boolean }) => Utf8Decoder;

/**
 * UTF-8 bytes as text, strictly (invalid sequences throw), BOM stripped. Bytes that stop in
 * the middle of a character are left out rather than refused: the file was cut short, and
 * JSON parsing then says so ("truncated") instead of calling it binary.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const Decoder = (globalThis as unknown as { TextDecoder?: Utf8DecoderConstructor }).TextDecoder;
  if (!Decoder) throw new Error('TextDecoder is not available');
  // Not `{ stream: true }` for the cut-off character: streaming is 4 times slower in V8.
  return new Decoder('utf-8', { fatal: true }).decode(bytes.subarray(0, completeLength(bytes)));
}

/** Length of `bytes` without a last character that was cut off (an incomplete UTF-8 sequence). */
function completeLength(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const byte = bytes[lead]!;
  const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return bytes.length - lead < needed ? lead : bytes.length;
}

/** UTF-8 size of a string, without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function toText(input: string | Uint8Array): string | LoadError {
  if (typeof input === 'string') {
    // Each UTF-16 unit is 1–3 UTF-8 bytes: count exactly only when it could matter.
    if (input.length * 3 > MAX_FILE_BYTES) {
      const bytes = input.length > MAX_FILE_BYTES ? input.length : utf8Length(input);
      if (bytes > MAX_FILE_BYTES) return { code: 'too-large', bytes, limit: MAX_FILE_BYTES };
    }
    // NUL bytes are looked for only if JSON parsing fails (JSON never holds a raw one).
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > MAX_FILE_BYTES) return { code: 'too-large', bytes: input.byteLength, limit: MAX_FILE_BYTES };
  if (input.byteLength === 0) return { code: 'empty' };
  // JSON text never holds a raw NUL; binary files almost always do, early on.
  if (input.indexOf(0) !== -1) return { code: 'binary' };
  try {
    return decodeUtf8(input);
  } catch {
    return { code: 'binary' };
  }
}

// ─── JSON errors ────────────────────────────────────────────────────────────────────────

/** Text that a lenient decoder made of binary data: replacement characters and C0 controls. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) odd++;
  }
  return odd > Math.max(2, sample.length / 100);
}

export function classifyParseError(text: string, error: unknown): LoadError {
  if (text.includes('\u0000') || looksBinary(text)) return { code: 'binary' };
  const message = error instanceof Error ? error.message : String(error);
  const end = text.trimEnd().length;
  // V8: "… at position 12"; SpiderMonkey: "… at line 1 column 13"; JSC: "Unexpected EOF".
  const atPosition = /at position (\d+)/.exec(message);
  const atLine = /line (\d+) column (\d+)/.exec(message);
  let position: number | null = atPosition ? Number(atPosition[1]) : null;
  let line: number | null = null;
  let column: number | null = null;
  if (atLine) {
    line = Number(atLine[1]);
    column = Number(atLine[2]);
    position = positionOf(text, line, column);
  } else if (position !== null) {
    ({ line, column } = lineColumnOf(text, position));
  }
  if (/end of (JSON )?(input|data)|\bEOF\b/i.test(message) || (position !== null && position >= end)) return { code: 'truncated' };
  return { code: 'not-json', line, column };
}

function lineColumnOf(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function positionOf(text: string, line: number, column: number): number {
  let index = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', index);
    if (next === -1) return text.length;
    index = next + 1;
  }
  return index + column - 1;
}
