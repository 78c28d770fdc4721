/**
 * Large messages over WebRTC data channels, in chunks every browser accepts.
 *
 * Chromium drops a data-channel message over its max-message-size (256 KiB) without an error,
 * and 16 KiB is the size every browser accepts; y-webrtc sends the whole workspace (sync step 2)
 * and big later updates in one message. So every message over {@link MAX_FRAME_BYTES} (and any
 * message that starts with our marker byte, so the framing is never ambiguous) travels as
 * frames:
 *
 * ```
 * byte 0      0x4A marker ('J'; y-webrtc messages start with their type 0, 1, 3 or 4)
 * byte 1      version (1)
 * bytes 2–5   message id (uint32, big-endian; per sender, per connection)
 * bytes 6–9   index of this frame (uint32)
 * bytes 10–13 frame count (uint32) = ceil(total / CHUNK_PAYLOAD_BYTES)
 * bytes 14–17 total bytes of the message (uint32)
 * bytes 18…   payload: CHUNK_PAYLOAD_BYTES, the last frame the rest
 * ```
 *
 * Smaller messages go as they are, so peers without chunking still exchange small messages.
 * Data channels are ordered and reliable, so the frames of one message arrive in order and the
 * receiver insists on it. The receiver bounds what a peer can make it hold (bytes, messages and
 * frames in flight, a stall timeout) and drops garbage with a count, never throwing.
 *
 * Pure: no DOM, no timers of its own (time and the channel are passed in).
 */
import { MAX_FILE_BYTES } from '../host-api';

export const CHUNK_MARKER = 0x4a;
export const CHUNK_VERSION = 1;
export const CHUNK_HEADER_BYTES = 18;
/** The largest data-channel message we send: what every browser accepts. */
export const MAX_FRAME_BYTES = 16 * 1024;
export const CHUNK_PAYLOAD_BYTES = MAX_FRAME_BYTES - CHUNK_HEADER_BYTES;

export interface ChunkLimits {
  /** The largest message accepted (a workspace that opens has a smaller Yjs state). */
  readonly maxMessageBytes: number;
  /** Payload bytes one peer may have us hold in incomplete messages. */
  readonly maxPeerBytes: number;
  /** Incomplete messages one peer may have open at once (an honest sender has one). */
  readonly maxMessagesInFlight: number;
  /** Frames one peer may have us hold at once. */
  readonly maxFramesInFlight: number;
  /** An incomplete message that received nothing for this long is dropped. */
  readonly stallMs: number;
}

export const DEFAULT_CHUNK_LIMITS: ChunkLimits = {
  maxMessageBytes: MAX_FILE_BYTES,
  maxPeerBytes: MAX_FILE_BYTES,
  maxMessagesInFlight: 4,
  maxFramesInFlight: Math.ceil(MAX_FILE_BYTES / CHUNK_PAYLOAD_BYTES) + 4,
  stallMs: 30_000,
};

/** Bytes held across every peer of one room (shared by their reassemblers). */
export interface ChunkBudget {
  used: number;
  readonly limit: number;
}

export const DEFAULT_ROOM_BUDGET_BYTES = 4 * MAX_FILE_BYTES;

export function roomBudget(limit = DEFAULT_ROOM_BUDGET_BYTES): ChunkBudget {
  return { used: 0, limit };
}

/** Why a message that had started to arrive did not (what the joining guest is told). */
export type TransferFailureReason =
  /** Nothing arrived for `stallMs`. */
  | 'timeout'
  /** The connection to the sender closed mid-message. */
  | 'peer-left'
  /** Over `maxMessageBytes`, or more than this peer / room may have us hold. */
  | 'too-large'
  /** Frames that do not fit together (wrong order, changed size): the message is unusable. */
  | 'invalid';

export interface TransferFailure {
  readonly reason: TransferFailureReason;
  readonly receivedBytes: number;
  readonly totalBytes: number;
}

/** Why a frame was dropped (counted; a warning for the first of each kind). */
export type DropReason =
  /** Too short or long, not our marker or version, impossible header, wrong payload length. */
  | 'malformed'
  /** A frame in the middle of a message we never saw start (or already dropped). */
  | 'unexpected'
  /** Out of order, or a header that disagrees with the message's first frame. */
  | 'mismatch'
  | 'too-large'
  | 'too-many'
  | 'over-budget';

export const DROP_REASONS: readonly DropReason[] = ['malformed', 'unexpected', 'mismatch', 'too-large', 'too-many', 'over-budget'];

export type Accepted =
  | { readonly kind: 'message'; readonly message: Uint8Array }
  | { readonly kind: 'progress'; readonly id: number; readonly receivedBytes: number; readonly totalBytes: number }
  | { readonly kind: 'dropped'; readonly reason: DropReason; readonly failure: TransferFailure | null };

/** Large (chunked) messages from peers: what a joining guest is shown. */
export interface TransferStatus {
  /** The most advanced message arriving now, or null. */
  readonly arriving: { readonly receivedBytes: number; readonly totalBytes: number } | null;
  /** Size of the last large message that arrived whole (0: none yet). */
  readonly arrivedBytes: number;
  /** The last large message that did not arrive, and why. */
  readonly failure: TransferFailure | null;
  /** Frames dropped as garbage (malformed, out of order, over a limit). */
  readonly droppedFrames: number;
  /** Times a connected peer that had not synced was asked for the workspace again (shared/collab/resync.ts). */
  readonly resyncs: number;
}

export interface InFlight {
  readonly id: number;
  readonly receivedBytes: number;
  readonly totalBytes: number;
}

/** Whether a message must travel in frames. */
export function needsChunks(message: Uint8Array): boolean {
  return message.byteLength > MAX_FRAME_BYTES || message[0] === CHUNK_MARKER;
}

export function isChunkFrame(data: Uint8Array): boolean {
  return data.byteLength > 0 && data[0] === CHUNK_MARKER;
}

export function frameCount(totalBytes: number): number {
  return Math.max(1, Math.ceil(totalBytes / CHUNK_PAYLOAD_BYTES));
}

/** Frame `index` of `message` sent as message `id` (built lazily: a 40 MB state is 2,500 frames). */
export function encodeFrame(message: Uint8Array, id: number, index: number): Uint8Array {
  const count = frameCount(message.byteLength);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`frame ${index} of ${count}`);
  const start = index * CHUNK_PAYLOAD_BYTES;
  const payload = message.subarray(start, Math.min(message.byteLength, start + CHUNK_PAYLOAD_BYTES));
  const frame = new Uint8Array(CHUNK_HEADER_BYTES + payload.byteLength);
  const view = new DataView(frame.buffer);
  frame[0] = CHUNK_MARKER;
  frame[1] = CHUNK_VERSION;
  view.setUint32(2, id >>> 0);
  view.setUint32(6, index);
  view.setUint32(10, count);
  view.setUint32(14, message.byteLength);
  frame.set(payload, CHUNK_HEADER_BYTES);
  return frame;
}

/** Every frame of a message (for tests and small messages; senders use {@link encodeFrame}). */
export function encodeFrames(message: Uint8Array, id: number): Uint8Array[] {
  return Array.from({ length: frameCount(message.byteLength) }, (_, i) => encodeFrame(message, id, i));
}

interface Header {
  readonly id: number;
  readonly index: number;
  readonly count: number;
  readonly total: number;
  readonly payload: Uint8Array;
}

/** The header of a frame, or null when it cannot be one of ours. */
export function decodeFrame(frame: Uint8Array): Header | null {
  if (frame.byteLength <= CHUNK_HEADER_BYTES || frame.byteLength > MAX_FRAME_BYTES) return null;
  if (frame[0] !== CHUNK_MARKER || frame[1] !== CHUNK_VERSION) return null;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const id = view.getUint32(2);
  const index = view.getUint32(6);
  const count = view.getUint32(10);
  const total = view.getUint32(14);
  if (total === 0 || count !== frameCount(total) || index >= count) return null;
  const payload = frame.subarray(CHUNK_HEADER_BYTES);
  const expected = index < count - 1 ? CHUNK_PAYLOAD_BYTES : total - CHUNK_PAYLOAD_BYTES * (count - 1);
  if (payload.byteLength !== expected) return null;
  return { id, index, count, total, payload };
}

interface Pending {
  readonly id: number;
  readonly total: number;
  readonly count: number;
  readonly parts: Uint8Array[];
  received: number;
  lastAt: number;
}

/**
 * One peer's incoming frames → whole messages. Feed it every frame ({@link isChunkFrame}) in
 * arrival order; call {@link sweep} now and then and {@link close} when the connection closes.
 */
export class Reassembler {
  private readonly pending = new Map<number, Pending>();
  private heldBytes = 0;
  private heldFrames = 0;
  private readonly drops: Record<DropReason, number> = { malformed: 0, unexpected: 0, mismatch: 0, 'too-large': 0, 'too-many': 0, 'over-budget': 0 };

  constructor(
    private readonly limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
    private readonly budget: ChunkBudget = roomBudget(),
  ) {}

  accept(frame: Uint8Array, now: number): Accepted {
    const header = decodeFrame(frame);
    if (!header) return this.drop('malformed', null);
    const { id, index, count, total, payload } = header;
    let entry = this.pending.get(id);
    if (entry) {
      if (entry.total !== total || entry.count !== count || index !== entry.parts.length) {
        const failure = this.discard(entry, 'invalid');
        return this.drop('mismatch', failure);
      }
    } else {
      if (index !== 0) return this.drop('unexpected', null);
      // Its later frames are then 'unexpected'.
      if (total > this.limits.maxMessageBytes) {
        return this.drop('too-large', { reason: 'too-large', receivedBytes: 0, totalBytes: total });
      }
      if (this.pending.size >= this.limits.maxMessagesInFlight) return this.drop('too-many', null);
      entry = { id, total, count, parts: [], received: 0, lastAt: now };
      this.pending.set(id, entry);
    }
    const bytes = payload.byteLength;
    if (this.heldBytes + bytes > this.limits.maxPeerBytes || this.heldFrames + 1 > this.limits.maxFramesInFlight || this.budget.used + bytes > this.budget.limit) {
      const failure = this.discard(entry, 'too-large');
      return this.drop('over-budget', failure);
    }
    // A copy: the frame's buffer may belong to the caller, and accounting stays exact.
    entry.parts.push(payload.slice());
    entry.received += bytes;
    entry.lastAt = now;
    this.hold(bytes, 1);
    if (entry.parts.length < entry.count) return { kind: 'progress', id, receivedBytes: entry.received, totalBytes: entry.total };
    const message = new Uint8Array(entry.total);
    let offset = 0;
    for (const part of entry.parts) {
      message.set(part, offset);
      offset += part.byteLength;
    }
    this.release(entry);
    return { kind: 'message', message };
  }

  /** Drops messages that received nothing for `stallMs`; returns what was lost. */
  sweep(now: number): TransferFailure[] {
    const failures: TransferFailure[] = [];
    for (const entry of [...this.pending.values()]) {
      if (now - entry.lastAt >= this.limits.stallMs) {
        failures.push(this.discard(entry, 'timeout'));
      }
    }
    return failures;
  }

  /** The connection closed: every incomplete message is lost. */
  close(): TransferFailure[] {
    return [...this.pending.values()].map((entry) => this.discard(entry, 'peer-left'));
  }

  inFlight(): InFlight[] {
    return [...this.pending.values()].map((e) => ({ id: e.id, receivedBytes: e.received, totalBytes: e.total }));
  }

  /** Payload bytes held in incomplete messages. */
  get bufferedBytes(): number {
    return this.heldBytes;
  }

  get dropped(): Readonly<Record<DropReason, number>> {
    return this.drops;
  }

  private drop(reason: DropReason, failure: TransferFailure | null): Accepted {
    this.drops[reason]++;
    return { kind: 'dropped', reason, failure };
  }

  private discard(entry: Pending, reason: TransferFailureReason): TransferFailure {
    this.release(entry);
    return { reason, receivedBytes: entry.received, totalBytes: entry.total };
  }

  private release(entry: Pending): void {
    if (this.pending.get(entry.id) !== entry) return;
    this.pending.delete(entry.id);
    this.hold(-entry.received, -entry.parts.length);
    entry.parts.length = 0;
  }

  private hold(bytes: number, frames: number): void {
    this.heldBytes += bytes;
    this.heldFrames += frames;
    this.budget.used += bytes;
  }
}
