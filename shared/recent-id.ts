/**
 * A short, stable id for a recent file's key (its path on desktop), so the native File ▸ Open
 * Recent entry names the file the user clicked, not a position in a list that may have changed
 * since the menu was drawn. FNV-1a, 48 bits as 12 hex digits: the menu lists at most 10 files,
 * and a collision would only open another recent file, never an arbitrary path (main checks every
 * key against its list). Same result in main and in the renderer; no dependencies.
 */
export function recentFileId(key: string): string {
  // Two 32-bit FNV-1a passes with different offsets, 24 bits of each.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return ((a >>> 8).toString(16).padStart(6, '0') + (b >>> 8).toString(16).padStart(6, '0')).slice(0, 12);
}
