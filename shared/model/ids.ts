import { customAlphabet } from 'nanoid';

/**
 * Record ids: 16 characters of [0-9A-Za-z], about 95 bits — unguessable and collision-free
 * across peers editing offline. nanoid works in browsers over plain http (LAN joiners), where
 * crypto.randomUUID is unavailable outside secure contexts.
 */
export const newId: () => string = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);

/** Keys that must never become object keys: they reach the prototype chain. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && !FORBIDDEN_KEYS.has(value);
}
