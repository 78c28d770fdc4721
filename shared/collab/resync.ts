/**
 * Asking a connected peer for the workspace again. y-webrtc sends sync step 1 once, when a
 * data channel opens; if that message or its answer is lost (a channel that refused writes
 * while connecting, a stalled transfer the far side gave up on), the guest would wait for ever.
 * The chunked connections (renderer/src/collab/chunked-conns.ts) send it again when a connected
 * peer has not synced for a while and nothing large is arriving from it (awareness messages do
 * not count: they keep coming while the answer is lost); Yjs applies a repeated answer as a no-op.
 *
 * Once synced, y-webrtc never compares states again, so an update lost later (a write refused
 * while a channel was closing) would leave two peers different for good. Every connected peer
 * is therefore asked every ANTI_ENTROPY_MS as well: the answer is what we miss (a few bytes and
 * the delete set when nothing is missing).
 */

/** y-webrtc's message type for the sync protocol (y-webrtc.js `messageSync`). */
const MESSAGE_SYNC = 0;
/** y-protocols/sync `messageYjsSyncStep1`. */
const SYNC_STEP_1 = 0;

/** A connected peer that has not synced for this long (nothing arriving) is asked again. */
export const RESYNC_AFTER_MS = 8000;
/** A synced peer is asked this often, so an update lost after the join still arrives. */
export const ANTI_ENTROPY_MS = 30_000;

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

/** Whether to ask the peer for its state again now: 'join' (never answered), 'check' (synced, periodic) or null. */
export function shouldResync(state: ResyncState, connected: boolean, synced: boolean, arriving: boolean, now: number): 'join' | 'check' | null {
  if (!connected || arriving || state.connectedAt === null) return null;
  const since = now - Math.max(state.connectedAt, state.lastAskedAt);
  if (!synced) return since >= RESYNC_AFTER_MS ? 'join' : null;
  return since >= ANTI_ENTROPY_MS ? 'check' : null;
}
