import { x25519 } from '@noble/curves/ed25519.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { MAX_DOTS, type SealedBallot } from './state';

/**
 * Sealed ballots: a participant's dots are encrypted to the round's x25519 public key (an
 * ephemeral-static ECDH box: XChaCha20-Poly1305 under SHA-256(shared ‖ eph ‖ round key)).
 * Only the facilitator's machine holds the round's private key until the reveal publishes it.
 * The voter's ephemeral key is derived from the voter's own secret and the round, so the
 * voter can open its own ballot again (after a reload) without anyone else being able to.
 * Every ballot of a round pads to the same length: a raw-doc reader sees who voted, not how
 * many dots (docs/FACILITATION.md).
 */

export interface BallotContent {
  /** Note ids, one entry per dot (the same note twice = two dots on it). */
  notes: string[];
  /** For dots recorded by the facilitator on a shared screen: whose they are. */
  name?: string;
}

export interface RoundKeys {
  publicKey: string;
  privateKey: string;
}

export function newRoundKeys(): RoundKeys {
  const secret = x25519.utils.randomSecretKey();
  return { privateKey: bytesToHex(secret), publicKey: bytesToHex(x25519.getPublicKey(secret)) };
}

const MAX_ID = 64;
const MAX_NAME = 80;
/** Plaintext length for a round: every ballot is padded to it. */
export function paddedLength(dotsPerPerson: number): number {
  return 48 + MAX_NAME * 6 + Math.min(MAX_DOTS, dotsPerPerson) * (MAX_ID + 3);
}

/** The voter's ephemeral secret for a round: from its own secret, so it can re-open its ballot. */
function ephemeralSecret(voterSecret: string, roundId: string, voterKey: string): Uint8Array {
  return sha256(utf8ToBytes(`journey-ballot\u0000${voterSecret}\u0000${roundId}\u0000${voterKey}`));
}

/** The box key of an ephemeral-static x25519 exchange (ballots, and the round key's hand-over in keys.ts). */
export function boxKey(shared: Uint8Array, eph: Uint8Array, roundPublic: Uint8Array): Uint8Array {
  const joined = new Uint8Array(shared.length + eph.length + roundPublic.length);
  joined.set(shared, 0);
  joined.set(eph, shared.length);
  joined.set(roundPublic, shared.length + eph.length);
  return sha256(joined);
}

export function sealBallot(content: BallotContent, round: { id: string; publicKey: string; dotsPerPerson: number }, voterSecret: string, voterKey: string): SealedBallot {
  const ephSecret = ephemeralSecret(voterSecret, round.id, voterKey);
  const eph = x25519.getPublicKey(ephSecret);
  const roundPublic = hexToBytes(round.publicKey);
  const key = boxKey(x25519.getSharedSecret(ephSecret, roundPublic), eph, roundPublic);
  const json = JSON.stringify({ v: 1, notes: content.notes.slice(0, MAX_DOTS), ...(content.name ? { name: content.name.slice(0, MAX_NAME) } : {}) });
  const body = utf8ToBytes(asciiJson(json));
  const length = paddedLength(round.dotsPerPerson);
  if (body.length > length) throw new Error('ballot too large');
  const padded = new Uint8Array(length).fill(0x20);
  padded.set(body, 0);
  const nonce = randomBytes(24);
  const ct = xchacha20poly1305(key, nonce).encrypt(padded);
  return { eph: bytesToHex(eph), nonce: bytesToHex(nonce), ct: bytesToHex(ct) };
}

/** JSON with every non-ASCII character escaped, so its length does not depend on the script. */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function asciiText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

function decode(bytes: Uint8Array): BallotContent | null {
  try {
    const value = JSON.parse(asciiText(bytes).trimEnd()) as unknown;
    if (!value || typeof value !== 'object') return null;
    const v = value as { notes?: unknown; name?: unknown };
    if (!Array.isArray(v.notes) || !v.notes.every((n) => typeof n === 'string' && n.length <= MAX_ID)) return null;
    return { notes: (v.notes as string[]).slice(0, MAX_DOTS), ...(typeof v.name === 'string' ? { name: v.name.slice(0, MAX_NAME) } : {}) };
  } catch {
    return null;
  }
}

/** Open any ballot with the round's private key (the facilitator, or anyone after the reveal). Null when it does not open. */
export function openBallot(ballot: SealedBallot, roundPrivateKey: string): BallotContent | null {
  try {
    const secret = hexToBytes(roundPrivateKey);
    const eph = hexToBytes(ballot.eph);
    const key = boxKey(x25519.getSharedSecret(secret, eph), eph, x25519.getPublicKey(secret));
    return decode(xchacha20poly1305(key, hexToBytes(ballot.nonce)).decrypt(hexToBytes(ballot.ct)));
  } catch {
    return null;
  }
}

/** Open one's own ballot with one's own secret (before the reveal). */
export function openOwnBallot(ballot: SealedBallot, round: { id: string; publicKey: string }, voterSecret: string, voterKey: string): BallotContent | null {
  try {
    const ephSecret = ephemeralSecret(voterSecret, round.id, voterKey);
    const roundPublic = hexToBytes(round.publicKey);
    const eph = x25519.getPublicKey(ephSecret);
    if (bytesToHex(eph) !== ballot.eph) return null;
    const key = boxKey(x25519.getSharedSecret(ephSecret, roundPublic), eph, roundPublic);
    return decode(xchacha20poly1305(key, hexToBytes(ballot.nonce)).decrypt(hexToBytes(ballot.ct)));
  } catch {
    return null;
  }
}

/** The voter key of dots recorded for a named person on a shared screen (the name stays sealed). */
export function proxyVoterKey(name: string): string {
  return `proxy-${bytesToHex(sha256(utf8ToBytes(name.trim().toLowerCase()))).slice(0, 24)}`;
}
