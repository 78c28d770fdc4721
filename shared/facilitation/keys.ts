import { x25519 } from '@noble/curves/ed25519.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { boxKey } from './ballots';

/** Whether `privateKey` (hex) is the secret of the round's `publicKey` (hex). */
export function sealedRoundMatches(publicKey: string, privateKey: string): boolean {
  try {
    return bytesToHex(x25519.getPublicKey(hexToBytes(privateKey))) === publicKey;
  } catch {
    return false;
  }
}

/**
 * A participant's inbox: an x25519 key pair derived from its own secret (identity.ts), whose
 * public half travels in awareness. A facilitator handing the seat over mid-round seals the
 * round's private key to the new facilitator's inbox, so they can reveal it.
 */
export function inboxKeys(participantSecret: string): { publicKey: string; privateKey: string } {
  const secret = sha256(utf8ToBytes(`journey-inbox\u0000${participantSecret}`));
  return { privateKey: bytesToHex(secret), publicKey: bytesToHex(x25519.getPublicKey(secret)) };
}

export interface HandedKey {
  to: string;
  eph: string;
  nonce: string;
  ct: string;
}

/** The round's private key sealed to participant `to`'s inbox public key. Null for a bad key. */
export function sealRoundKey(roundPrivateKey: string, to: string, inboxPublicKey: string): HandedKey | null {
  try {
    const recipient = hexToBytes(inboxPublicKey);
    if (recipient.length !== 32) return null;
    const ephSecret = x25519.utils.randomSecretKey();
    const eph = x25519.getPublicKey(ephSecret);
    const key = boxKey(x25519.getSharedSecret(ephSecret, recipient), eph, recipient);
    const nonce = randomBytes(24);
    const ct = xchacha20poly1305(key, nonce).encrypt(utf8ToBytes(roundPrivateKey));
    return { to, eph: bytesToHex(eph), nonce: bytesToHex(nonce), ct: bytesToHex(ct) };
  } catch {
    return null;
  }
}

/** The round key handed to this inbox, or null (not ours, tampered, or not the round's key). */
export function openHandedKey(handed: HandedKey, inboxPrivateKey: string, roundPublicKey: string): string | null {
  try {
    const secret = hexToBytes(inboxPrivateKey);
    const eph = hexToBytes(handed.eph);
    const key = boxKey(x25519.getSharedSecret(secret, eph), eph, x25519.getPublicKey(secret));
    // The sealed text is the key in hex: ASCII.
    const opened = String.fromCharCode(...xchacha20poly1305(key, hexToBytes(handed.nonce)).decrypt(hexToBytes(handed.ct)));
    return sealedRoundMatches(roundPublicKey, opened) ? opened : null;
  } catch {
    return null;
  }
}
