/**
 * Chunking under y-webrtc: every WebrtcConn's simple-peer gets our framing between y-webrtc and
 * the data channel (shared/collab/chunking.ts). We wrap each peer's `send` and put our handler
 * in front of y-webrtc's `data` listener, so y-webrtc itself (sync step 2, big updates,
 * awareness) is unchanged and only ever sees whole messages.
 *
 * Why this seam and not a message type of our own: y-webrtc writes to `peer.send` from four
 * places (sync step 1 on connect, replies, doc and awareness broadcasts) and reads in one
 * `data` listener; a message type would need y-webrtc's message switch changed (a fork). The
 * wrap touches two public members of simple-peer (`send`, the `data` event) plus `bufferSize`.
 *
 * The room password is unaffected: y-webrtc encrypts signaling and BroadcastChannel traffic
 * with it; data channels are DTLS (keyed through that encrypted signaling) and carry our frames
 * inside them. Nothing here goes over signaling.
 */
import {
  DEFAULT_CHUNK_LIMITS,
  isChunkFrame,
  Reassembler,
  roomBudget,
  type ChunkBudget,
  type ChunkLimits,
  type TransferFailure,
  type TransferStatus,
} from '../../../shared/collab/chunking';
import { ChunkedSender } from '../../../shared/collab/chunked-sender';
import { shouldResync, type ResyncState } from '../../../shared/collab/resync';

type DataListener = (data: unknown) => void;

/** What we use of simple-peer (y-webrtc 10 bundles simple-peer 9). */
interface PeerLike {
  send(data: unknown): void;
  readonly bufferSize?: number;
  readonly destroyed?: boolean;
  /** simple-peer's RTCDataChannel: only used to be woken when it drains. */
  readonly _channel?: { addEventListener?(type: 'bufferedamountlow', l: () => void): void; removeEventListener?(type: 'bufferedamountlow', l: () => void): void } | null;
  listeners(event: 'data'): DataListener[];
  removeListener(event: 'data', listener: DataListener): void;
  on(event: 'data', listener: DataListener): void;
  once(event: 'close', listener: () => void): void;
  destroy(): void;
}

export interface WebrtcConnLike {
  readonly peer: PeerLike;
  /** y-webrtc's WebrtcConn: the data channel is open. */
  readonly connected?: boolean;
  /** y-webrtc's WebrtcConn: the peer's sync step 2 arrived. */
  readonly synced?: boolean;
  /** y-webrtc's WebrtcConn: the far side's peer id. */
  readonly remotePeerId?: string;
}

interface Hooked {
  readonly conn: WebrtcConnLike;
  readonly reassembler: Reassembler;
  readonly sender: ChunkedSender;
  readonly warned: Set<string>;
  readonly resync: ResyncState;
}

/** How often stalled messages are looked for. */
const SWEEP_MS = 1000;
/** Progress is reported at most this often (every frame would re-render the UI 250 times). */
const PROGRESS_MS = 100;
/** Timer fallback when the channel has no `bufferedamountlow` event. */
const DRAIN_POLL_MS = 20;

export class ChunkedConns {
  private readonly hooked = new WeakSet<WebrtcConnLike>();
  private readonly live = new Set<Hooked>();
  private readonly budget: ChunkBudget = roomBudget();
  private failure: TransferFailure | null = null;
  private arrivedBytes = 0;
  private droppedFrames = 0;
  private resyncs = 0;
  private lastProgressAt = 0;
  private lastTick = Date.now();
  private pausedMs = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly onChange: () => void,
    /** Sends sync step 1 to a connected peer that has not answered (see shared/collab/resync.ts). */
    private readonly askAgain: (conn: WebrtcConnLike) => void = () => undefined,
    /** A connection closed: whoever was on its far side left (shared/collab/awareness-peers.ts). */
    private readonly closed: (conn: WebrtcConnLike) => void = () => undefined,
    private readonly limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  ) {
    this.timer = setInterval(this.sweep, SWEEP_MS);
  }

  /** Wraps every connection not yet wrapped (call when y-webrtc reports new peers). */
  hookAll(conns: Iterable<WebrtcConnLike>): void {
    for (const conn of conns) if (!this.hooked.has(conn)) this.hook(conn);
  }

  status(): TransferStatus {
    let best: { receivedBytes: number; totalBytes: number } | null = null;
    for (const h of this.live) {
      for (const m of h.reassembler.inFlight()) {
        if (!best || m.receivedBytes / m.totalBytes > best.receivedBytes / best.totalBytes) best = m;
      }
    }
    return { arriving: best, arrivedBytes: this.arrivedBytes, failure: this.failure, droppedFrames: this.droppedFrames, resyncs: this.resyncs };
  }

  destroy(): void {
    clearInterval(this.timer);
    for (const h of this.live) this.release(h);
  }

  private hook(conn: WebrtcConnLike): void {
    this.hooked.add(conn);
    const peer = conn.peer;
    const send = peer.send.bind(peer);
    const sender = new ChunkedSender(
      { send: (frame) => send(frame), bufferedAmount: () => peer.bufferSize ?? 0 },
      { wake: (resume) => wakeOnDrain(peer, resume) },
    );
    const h: Hooked = {
      conn,
      reassembler: new Reassembler(this.limits, this.budget),
      sender,
      warned: new Set(),
      resync: { connectedAt: null, lastAskedAt: this.clock() },
    };
    this.live.add(h);
    peer.send = (data: unknown) => {
      if (data instanceof Uint8Array) sender.send(data);
      else send(data);
    };
    // Our handler goes in front of y-webrtc's: it only ever sees whole messages.
    const theirs = peer.listeners('data');
    for (const listener of theirs) peer.removeListener('data', listener);
    const deliver = (message: unknown) => {
      for (const listener of theirs) {
        try {
          listener(message);
        } catch (error) {
          // A message y-webrtc cannot read (a broken or hostile peer) must not stop the page.
          this.warn(h, 'unreadable', `a message from a peer could not be read: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    peer.on('data', (data) => {
      if (!(data instanceof Uint8Array) || !isChunkFrame(data)) return deliver(data);
      const result = h.reassembler.accept(data, this.clock());
      if (result.kind === 'message') {
        this.arrivedBytes = result.message.byteLength;
        this.onChange();
        deliver(result.message);
      } else if (result.kind === 'progress') {
        const now = Date.now();
        if (now - this.lastProgressAt >= PROGRESS_MS) {
          this.lastProgressAt = now;
          this.onChange();
        }
      } else {
        this.droppedFrames++;
        this.warn(h, result.reason, `dropped a ${result.reason} frame`);
        if (result.failure) this.failed(h, result.failure);
      }
    });
    peer.once('close', () => {
      for (const failure of h.reassembler.close()) this.failed(h, failure);
      this.release(h);
      this.closed(conn);
    });
  }

  private release(h: Hooked): void {
    h.sender.close();
    h.reassembler.close();
    this.live.delete(h);
  }

  private failed(h: Hooked, failure: TransferFailure): void {
    this.failure = failure;
    this.onChange();
    console.warn(`[journey] a ${failure.totalBytes}-byte message from a peer did not arrive (${failure.reason}, ${failure.receivedBytes} bytes received)`);
    // A stalled or garbled transfer will not recover on this connection: close it, and
    // y-webrtc connects again and syncs from the start.
    if (failure.reason === 'timeout' || failure.reason === 'invalid') h.conn.peer.destroy();
  }

  /** One warning per kind and connection; the rest are counted. */
  private warn(h: Hooked, kind: string, text: string): void {
    if (h.warned.has(kind)) return;
    h.warned.add(kind);
    console.warn(`[journey] ${text} (further ones from this peer are only counted)`);
  }

  /**
   * Time for stall timeouts, not counting gaps in which this page itself ran nothing (a long
   * task such as applying a 4 MB update on a busy machine, or a background tab's throttled
   * timers): frames queued meanwhile must not count as a stalled sender.
   */
  private clock(): number {
    const now = Date.now();
    const gap = now - this.lastTick;
    if (gap > 3 * SWEEP_MS) this.pausedMs += gap - SWEEP_MS;
    this.lastTick = now;
    return now - this.pausedMs;
  }

  private sweep = (): void => {
    const now = this.clock();
    for (const h of [...this.live]) {
      for (const failure of h.reassembler.sweep(now)) this.failed(h, failure);
      this.maybeAskAgain(h, now);
    }
  };

  /** A connected peer whose answer to our sync step 1 never came is asked again; a synced one now and then. */
  private maybeAskAgain(h: Hooked, now: number): void {
    const { conn, resync } = h;
    if (conn.connected && resync.connectedAt === null) resync.connectedAt = now;
    const why = shouldResync(resync, conn.connected === true, conn.synced === true, h.reassembler.inFlight().length > 0, now);
    if (!why) return;
    resync.lastAskedAt = now;
    try {
      this.askAgain(conn);
    } catch {
      // The connection is closing; its close event releases it.
    }
    if (why === 'join') {
      this.resyncs++;
      console.warn('[journey] a connected peer has not sent the workspace yet; asking again');
      this.onChange();
    }
  }
}

function wakeOnDrain(peer: PeerLike, resume: () => void): void {
  const channel = peer._channel;
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    channel?.removeEventListener?.('bufferedamountlow', fire);
    resume();
  };
  const timer = setTimeout(fire, DRAIN_POLL_MS);
  channel?.addEventListener?.('bufferedamountlow', fire);
}
