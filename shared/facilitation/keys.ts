import { x25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/** Whether `privateKey` (hex) is the secret of the round's `publicKey` (hex). */
export function sealedRoundMatches(publicKey: string, privateKey: string): boolean {
  try {
    return bytesToHex(x25519.getPublicKey(hexToBytes(privateKey))) === publicKey;
  } catch {
    return false;
  }
}
