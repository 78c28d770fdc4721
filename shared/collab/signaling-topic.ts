/**
 * The topic a room is known by on signaling servers: a hash of the room id, never the id
 * itself, so a signaling server (ours, or one a team runs) cannot read room ids off its
 * traffic and build join links from them. Every peer of a room computes the same topic.
 * The password never reaches the server either way (y-webrtc encrypts with it).
 *
 * Not a secret against a determined guesser: room ids are 50 random bits, and the hash is
 * fast. It keeps room ids out of server logs and memory, which is what a relay should see.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Versioned, so a future change of scheme cannot meet this one's peers by accident. */
const DOMAIN = 'journey-signaling-topic-v1:';

/** 64 hex digits (within the server's topic length limit). */
export function signalingTopic(room: string): string {
  return bytesToHex(sha256(utf8ToBytes(DOMAIN + room)));
}
