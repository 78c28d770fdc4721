/**
 * The sending half of the data-channel framing (chunking.ts): one peer's outgoing messages,
 * large ones split into frames and paced by the channel's buffered amount.
 */
import { CHUNK_PAYLOAD_BYTES, encodeFrame, frameCount, needsChunks } from './chunking';

/** What a {@link ChunkedSender} writes to: one data channel. */
export interface FrameChannel {
  /** Sends one message; throws when the channel is closed. */
  send(frame: Uint8Array): void;
  /** Bytes queued in the channel, not yet sent. */
  bufferedAmount(): number;
}

export interface ChunkedSenderOptions {
  /** Stop writing while the channel holds this much (a browser closes a channel whose queue overflows). */
  readonly highWaterBytes?: number;
  /** Call `resume` once the channel has drained a little (an event or a timer). */
  readonly wake: (resume: () => void) => void;
}

interface Outgoing {
  readonly message: Uint8Array;
  readonly id: number | null;
  next: number;
  readonly count: number;
}

/**
 * One peer's outgoing messages, in order: small ones as they are, large ones frame by frame,
 * paced by the channel's buffered amount. A closed channel drops the queue (the provider
 * reconnects and syncs again).
 */
export class ChunkedSender {
  private readonly queue: Outgoing[] = [];
  private nextId = 1;
  private waiting = false;
  private closed = false;
  private readonly highWater: number;
  /** Writes the channel refused (not open yet, or closing); each lost one message. */
  refusedWrites = 0;

  constructor(
    private readonly channel: FrameChannel,
    private readonly options: ChunkedSenderOptions,
  ) {
    this.highWater = options.highWaterBytes ?? 1024 * 1024;
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    const chunked = needsChunks(message);
    if (!chunked && this.queue.length === 0) {
      this.write(message);
      return;
    }
    const id = chunked ? this.nextId : null;
    if (chunked) this.nextId = (this.nextId + 1) >>> 0 || 1;
    this.queue.push({ message, id, next: 0, count: chunked ? frameCount(message.byteLength) : 1 });
    if (!this.waiting) this.pump();
  }

  /** Bytes of messages not yet handed to the channel. */
  pendingBytes(): number {
    return this.queue.reduce((sum, o) => sum + (o.id === null ? o.message.byteLength : o.message.byteLength - o.next * CHUNK_PAYLOAD_BYTES), 0);
  }

  close(): void {
    this.closed = true;
    this.queue.length = 0;
  }

  private pump = (): void => {
    this.waiting = false;
    while (!this.closed && this.queue.length > 0) {
      if (this.channel.bufferedAmount() >= this.highWater) {
        if (!this.waiting) {
          this.waiting = true;
          this.options.wake(this.pump);
        }
        return;
      }
      const head = this.queue[0]!;
      const written = head.id === null ? this.write(head.message) : this.write(encodeFrame(head.message, head.id, head.next));
      head.next++;
      // A refused frame loses its whole message (the far side times the rest out), not the queue.
      if (!written || head.next >= head.count) this.queue.shift();
    }
  };

  /**
   * A write the channel refuses loses that message only, as y-webrtc's own send does: y-webrtc
   * broadcasts awareness and doc updates to connections that are still connecting (it ignores
   * the error), and shutting the sender then would also drop the sync step 1 sent once the
   * channel opens, leaving a guest "connecting" for ever. A closed connection is released by
   * its owner (`close`).
   */
  private write(data: Uint8Array): boolean {
    try {
      this.channel.send(data);
      return true;
    } catch {
      this.refusedWrites++;
      return false;
    }
  }
}
