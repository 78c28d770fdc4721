import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSubtleFallback, installSubtleFallback } from '../../../shared/collab/subtle-fallback';

const subtle = webcrypto.subtle;
const fallback = createSubtleFallback();
const enc = new TextEncoder();

/** The exact calls y-webrtc/src/crypto.js makes. */
async function deriveWith(s: typeof subtle | typeof fallback, secret: string, room: string, extractable = false): Promise<unknown> {
  const material = await (s as typeof subtle).importKey('raw', enc.encode(secret).buffer, 'PBKDF2', false, ['deriveKey']);
  return (s as typeof subtle).deriveKey({ name: 'PBKDF2', salt: enc.encode(room).buffer, iterations: 100000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

describe('WebCrypto fallback for pages without crypto.subtle (plain-http LAN pages)', () => {
  it('derives the same room key as WebCrypto and interoperates both ways', async () => {
    const real = (await deriveWith(subtle, 'correct horse', 'ROOMROOM12', true)) as CryptoKey;
    const ours = (await deriveWith(fallback, 'correct horse', 'ROOMROOM12')) as { bytes: Uint8Array };
    expect(new Uint8Array(await subtle.exportKey('raw', real))).toEqual(ours.bytes);

    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const message = enc.encode('{"type":"announce","from":"peer-1"}');
    const fromReal = await subtle.encrypt({ name: 'AES-GCM', iv }, real, message);
    const fromOurs = await fallback.encrypt({ name: 'AES-GCM', iv }, ours, message);
    expect(new Uint8Array(fromOurs)).toEqual(new Uint8Array(fromReal));
    expect(new Uint8Array(await fallback.decrypt({ name: 'AES-GCM', iv }, ours, fromReal))).toEqual(message);
    expect(new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv }, real, fromOurs))).toEqual(message);
  }, 20_000);

  it('rejects with OperationError on another password, like WebCrypto', async () => {
    const ours = await deriveWith(fallback, 'right', 'ROOMROOM12');
    const other = await deriveWith(fallback, 'wrong', 'ROOMROOM12');
    const iv = new Uint8Array(12);
    const sealed = await fallback.encrypt({ name: 'AES-GCM', iv }, ours, enc.encode('secret'));
    await expect(fallback.decrypt({ name: 'AES-GCM', iv }, other, sealed)).rejects.toMatchObject({ name: 'OperationError' });
    await expect(fallback.encrypt({ name: 'AES-GCM', iv }, { bytes: new Uint8Array(32) }, enc.encode('x'))).rejects.toMatchObject({ name: 'OperationError' });
  }, 20_000);

  it('installs only where crypto.subtle is missing', () => {
    const withSubtle = { subtle: {} };
    expect(installSubtleFallback(withSubtle)).toBe(false);
    const without: { subtle?: unknown } = {};
    expect(installSubtleFallback(without)).toBe(true);
    expect(typeof (without.subtle as { deriveKey?: unknown }).deriveKey).toBe('function');
  });
});
