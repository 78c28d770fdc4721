/**
 * Text is well-formed UTF-16 everywhere it can be stored or shared. A lone surrogate (half
 * an emoji from a paste, an IME or a file) would stay as itself on the peer that typed it
 * and become U+FFFD on every other (Yjs encodes strings as UTF-8), so peers and files would
 * disagree forever. Every path into the doc replaces them first, the same way on every peer.
 */
export function toWellFormed(text: string): string {
  // String.prototype.toWellFormed is Node 20 / Chromium 111+; keep a fallback for older engines.
  const native = (text as unknown as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** True when `text` holds no lone surrogate. */
export function isWellFormed(text: string): boolean {
  const native = (text as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof native === 'function') return native.call(text);
  return toWellFormed(text) === text;
}
