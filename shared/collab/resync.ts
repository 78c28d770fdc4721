/**
 * Asking a connected peer for the workspace again. y-webrtc sends sync step 1 once, when a
 * data channel opens; if that message or its answer is lost (a channel that refused writes
 * while connecting, a stalled transfer the far side gave up on), the guest would wait for ever.
 * The chunked connections (renderer/src/collab/chunked-conns.ts) send it again when a connected
 * peer has not synced for a while and nothing large is arriving from it (awareness messages do
 * not count: they keep coming while the answer is lost); Yjs applies a repeated answer as a no-op.
 */

/** y-webrtc's message type for the sync protocol (y-webrtc.js `messageSync`). */
const MESSAGE_SYNC = 0;
/** y-protocols/sync `messageYjsSyncStep1`. */
const SYNC_STEP_1 = 0;

/** A connected peer that has not synced for this long (nothing arriving) is asked again. */
export const RESYNC_AFTER_MS = 8000;

/** lib0's variable-length unsigned integer (7 bits a byte, least significant first). */
function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** y-webrtc's sync step 1: [messageSync, syncStep1, varUint8Array(state vector)]. */
export function syncStep1Message(stateVector: Uint8Array): Uint8Array {
  const head = [MESSAGE_SYNC, SYNC_STEP_1, ...varUint(stateVector.byteLength)];
  const out = new Uint8Array(head.length + stateVector.byteLength);
  out.set(head, 0);
  out.set(stateVector, head.length);
  return out;
}

export interface ResyncState {
  /** When this side first saw the connection open (null: not yet). */
  connectedAt: number | null;
  /** When we last asked. */
  lastAskedAt: number;
}

/** Whether to ask the peer for the workspace again now. */
export function shouldResync(state: ResyncState, connected: boolean, synced: boolean, arriving: boolean, now: number): boolean {
  if (!connected || synced || arriving || state.connectedAt === null) return false;
  return now - Math.max(state.connectedAt, state.lastAskedAt) >= RESYNC_AFTER_MS;
}
