/**
 * The few WebCrypto calls y-webrtc's room encryption makes (y-webrtc/src/crypto.js), for pages
 * where the browser offers no `crypto.subtle`: a participant's browser opening the host's join
 * link over plain `http://192.168.…` is not a "secure context", and without this it could not
 * derive the room key, so it could not join at all.
 *
 * Same algorithms and formats as WebCrypto, so these peers and WebCrypto peers understand each
 * other: PBKDF2-HMAC-SHA-256 → a 256-bit AES-GCM key; AES-GCM output is ciphertext ‖ 16-byte tag.
 * Built on the audited @noble libraries. Installed only when `crypto.subtle` is missing.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';

type Bytes = Uint8Array | ArrayBuffer | ArrayBufferView;

/** Stands in for CryptoKey; only ever handed back to this module. */
interface FallbackKey {
  readonly kind: 'journey-fallback-key';
  readonly usage: 'pbkdf2' | 'aes-gcm';
  readonly bytes: Uint8Array;
}

const toBytes = (data: Bytes): Uint8Array =>
  data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

function keyOf(key: unknown, usage: FallbackKey['usage']): Uint8Array {
  const k = key as Partial<FallbackKey> | null;
  if (!k || k.kind !== 'journey-fallback-key' || k.usage !== usage || !(k.bytes instanceof Uint8Array)) throw operationError('not a key for this operation');
  return k.bytes;
}

function operationError(message: string): Error {
  // WebCrypto rejects with DOMException "OperationError"; callers look at the name.
  const error = new Error(message);
  error.name = 'OperationError';
  return error;
}

const copyBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

export interface SubtleFallback {
  importKey(format: string, keyData: Bytes, algorithm: unknown, extractable: boolean, usages: readonly string[]): Promise<FallbackKey>;
  deriveKey(algorithm: { name: string; salt: Bytes; iterations: number; hash: string | { name: string } }, base: unknown, derived: { name: string; length: number }, extractable: boolean, usages: readonly string[]): Promise<FallbackKey>;
  encrypt(algorithm: { name: string; iv: Bytes }, key: unknown, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: string; iv: Bytes }, key: unknown, data: Bytes): Promise<ArrayBuffer>;
}

const algorithmName = (algorithm: unknown): string => (typeof algorithm === 'string' ? algorithm : String((algorithm as { name?: unknown } | null)?.name ?? '')).toUpperCase();

export function createSubtleFallback(): SubtleFallback {
  return {
    async importKey(format, keyData, algorithm) {
      if (format !== 'raw' || algorithmName(algorithm) !== 'PBKDF2') throw operationError('only raw PBKDF2 key material is supported');
      return { kind: 'journey-fallback-key', usage: 'pbkdf2', bytes: toBytes(keyData).slice() };
    },
    async deriveKey(algorithm, base, derived) {
      const hash = algorithmName(algorithm.hash);
      if (algorithmName(algorithm) !== 'PBKDF2' || hash !== 'SHA-256') throw operationError('only PBKDF2 with SHA-256 is supported');
      if (algorithmName(derived) !== 'AES-GCM' || ![128, 192, 256].includes(derived.length)) throw operationError('only AES-GCM keys are supported');
      const bytes = await pbkdf2Async(sha256, keyOf(base, 'pbkdf2'), toBytes(algorithm.salt), { c: algorithm.iterations, dkLen: derived.length / 8 });
      return { kind: 'journey-fallback-key', usage: 'aes-gcm', bytes };
    },
    async encrypt(algorithm, key, data) {
      if (algorithmName(algorithm) !== 'AES-GCM') throw operationError('only AES-GCM is supported');
      return copyBuffer(gcm(keyOf(key, 'aes-gcm'), toBytes(algorithm.iv)).encrypt(toBytes(data)));
    },
    async decrypt(algorithm, key, data) {
      if (algorithmName(algorithm) !== 'AES-GCM') throw operationError('only AES-GCM is supported');
      try {
        return copyBuffer(gcm(keyOf(key, 'aes-gcm'), toBytes(algorithm.iv)).decrypt(toBytes(data)));
      } catch {
        throw operationError('the data could not be decrypted (another password?)');
      }
    },
  };
}

/** Gives `cryptoObject` a `subtle` when it has none; returns whether it did. */
export function installSubtleFallback(cryptoObject: object | undefined): boolean {
  if (!cryptoObject || (cryptoObject as { subtle?: unknown }).subtle) return false;
  Object.defineProperty(cryptoObject, 'subtle', { value: createSubtleFallback(), configurable: true });
  return true;
}
