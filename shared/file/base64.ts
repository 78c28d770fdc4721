/**
 * Base64 for the Yjs state in files, fast everywhere: the built-in Uint8Array methods where the
 * engine has them (Chromium 140+, so Electron and current browsers), Node's Buffer in Node, and
 * a chunked fallback — lib0's browser version builds the string one byte at a time, which took
 * most of a second for a 10,000-note workspace.
 */
interface Base64Uint8Array {
  toBase64?(): string;
}
interface Base64Uint8ArrayConstructor {
  fromBase64?(text: string): Uint8Array;
}
interface NodeBuffer {
  from(data: Uint8Array | string, encoding?: string): Uint8Array & { toString(encoding: string): string };
}
declare const btoa: (text: string) => string;
declare const atob: (text: string) => string;

const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Uint8Array).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  if (nodeBuffer) return nodeBuffer.from(bytes).toString('base64');
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Decode base64; throws on characters outside the alphabet (a damaged file). */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Uint8ArrayConstructor).fromBase64;
  if (typeof native === 'function') return native(text);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('not base64');
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(text, 'base64'));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
