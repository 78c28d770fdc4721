/**
 * Large messages over data channels (shared/collab/chunking.ts): frames every browser accepts,
 * reassembled in order, and a receiver that a hostile peer cannot crash or fill.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { addNote, applySnapshot, LOAD_ORIGIN, readSnapshot } from '../../../shared/doc';
import { benchWorkspace } from '../../../shared/model';
import {
  CHUNK_HEADER_BYTES,
  CHUNK_MARKER,
  CHUNK_PAYLOAD_BYTES,
  DEFAULT_CHUNK_LIMITS,
  encodeFrame,
  encodeFrames,
  isChunkFrame,
  MAX_FRAME_BYTES,
  needsChunks,
  Reassembler,
  roomBudget,
  type Accepted,
  type ChunkLimits,
} from '../../../shared/collab/chunking';
import { ChunkedSender, type FrameChannel } from '../../../shared/collab/chunked-sender';

/** Deterministic bytes (a seeded xorshift), so failures reproduce. */
function bytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A data channel as Chromium behaves: over 256 KiB is dropped, so we insist on 16 KiB. */
class FakeChannel implements FrameChannel {
  readonly sent: Uint8Array[] = [];
  buffered = 0;
  open = true;
  largest = 0;
  send(frame: Uint8Array): void {
    if (!this.open) throw new Error('InvalidStateError: channel closed');
    if (frame.byteLength > MAX_FRAME_BYTES) throw new Error(`a ${frame.byteLength}-byte message would be dropped`);
    this.sent.push(frame);
    this.largest = Math.max(this.largest, frame.byteLength);
  }
  bufferedAmount(): number {
    return this.buffered;
  }
}

/** Feeds a sender's output into a reassembler, as the far side's data handler does. */
function receive(r: Reassembler, frames: readonly Uint8Array[], now = 0): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of frames) {
    if (!isChunkFrame(f)) {
      out.push(f);
      continue;
    }
    const result = r.accept(f, now);
    if (result.kind === 'message') out.push(result.message);
    if (result.kind === 'dropped') throw new Error(`dropped: ${result.reason}`);
  }
  return out;
}

/** Byte equality without a deep walk (toEqual on megabytes takes seconds). */
function expectSame(actual: readonly Uint8Array[], expected: readonly Uint8Array[]): void {
  expect(actual.map((m) => m.byteLength)).toEqual(expected.map((m) => m.byteLength));
  actual.forEach((m, i) => expect(Buffer.compare(m, expected[i]!), `message ${i}`).toBe(0));
}

const sender = (channel: FakeChannel, wake: (resume: () => void) => void = () => undefined) => new ChunkedSender(channel, { wake });

function frameWith(fields: { id?: number; index?: number; count?: number; total?: number; version?: number; payload?: number }): Uint8Array {
  const payload = fields.payload ?? 10;
  const frame = new Uint8Array(CHUNK_HEADER_BYTES + payload);
  const view = new DataView(frame.buffer);
  frame[0] = CHUNK_MARKER;
  frame[1] = fields.version ?? 1;
  view.setUint32(2, fields.id ?? 1);
  view.setUint32(6, fields.index ?? 0);
  view.setUint32(10, fields.count ?? 1);
  view.setUint32(14, fields.total ?? payload);
  return frame;
}

describe('framing', () => {
  it('sends small messages as they are and large ones in frames of at most 16 KiB', () => {
    const channel = new FakeChannel();
    const s = sender(channel);
    const small = bytes(MAX_FRAME_BYTES, 3);
    small[0] = 0; // a y-webrtc sync message
    s.send(small);
    expectSame(channel.sent, [small]);
    const large = bytes(5 * 1024 * 1024 + 123, 4);
    large[0] = 0;
    s.send(large);
    const frames = channel.sent.slice(1);
    expect(frames).toHaveLength(Math.ceil(large.byteLength / CHUNK_PAYLOAD_BYTES));
    expect(Math.max(...frames.map((f) => f.byteLength))).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    const r = new Reassembler();
    expectSame(receive(r, frames), [large]);
    expect(r.bufferedBytes).toBe(0);
  });

  it('frames a small message that starts with the marker byte, so nothing is ambiguous', () => {
    const channel = new FakeChannel();
    const odd = Uint8Array.of(CHUNK_MARKER, 1, 2, 3);
    expect(needsChunks(odd)).toBe(true);
    sender(channel).send(odd);
    expect(channel.sent).toHaveLength(1);
    expect(channel.sent[0]!.byteLength).toBe(CHUNK_HEADER_BYTES + 4);
    expectSame(receive(new Reassembler(), channel.sent), [odd]);
  });

  it('round-trips every size around the frame boundaries', () => {
    for (const size of [1, 2, CHUNK_PAYLOAD_BYTES - 1, CHUNK_PAYLOAD_BYTES, CHUNK_PAYLOAD_BYTES + 1, MAX_FRAME_BYTES + 1, 2 * CHUNK_PAYLOAD_BYTES, 2 * CHUNK_PAYLOAD_BYTES + 1]) {
      const message = bytes(size, size);
      message[0] = CHUNK_MARKER; // force framing even for the small sizes
      const frames = encodeFrames(message, 7);
      expect(frames.every((f) => f.byteLength <= MAX_FRAME_BYTES)).toBe(true);
      expectSame(receive(new Reassembler(), frames), [message]);
    }
  });

  it('keeps the order of messages: small ones wait behind a large one being paced', () => {
    const channel = new FakeChannel();
    let resume: (() => void) | null = null;
    const s = new ChunkedSender(channel, { highWaterBytes: 64 * 1024, wake: (r) => (resume = r) });
    const big = bytes(1024 * 1024, 9);
    big[0] = 0;
    // The channel fills as we write; the sender stops at its high-water mark.
    const send = channel.send.bind(channel);
    channel.send = (f) => {
      send(f);
      channel.buffered += f.byteLength;
    };
    s.send(big);
    s.send(Uint8Array.of(1, 42)); // an awareness update
    s.send(Uint8Array.of(0, 2, 7)); // a small doc update
    const firstBurst = channel.sent.length;
    expect(firstBurst).toBeGreaterThan(0);
    expect(firstBurst).toBeLessThan(frameCountOf(big));
    expect(s.pendingBytes()).toBeGreaterThan(0);
    // Drain and resume until everything is out.
    for (let i = 0; i < 1000 && resume; i++) {
      const next: () => void = resume;
      resume = null;
      channel.buffered = 0;
      next();
    }
    expect(s.pendingBytes()).toBe(0);
    expectSame(receive(new Reassembler(), channel.sent), [big, Uint8Array.of(1, 42), Uint8Array.of(0, 2, 7)]);
  });

  it('keeps working after the channel refused writes while it was still connecting', () => {
    // y-webrtc broadcasts awareness and doc updates to connections that are not open yet and
    // ignores the error; the sync step 1 sent once the channel opens must still go out.
    const channel = new FakeChannel();
    const s = sender(channel);
    channel.open = false;
    expect(() => s.send(Uint8Array.of(1, 7))).not.toThrow();
    expect(() => s.send(bytes(100_000, 3))).not.toThrow();
    expect(s.refusedWrites).toBe(2);
    expect(s.pendingBytes()).toBe(0);
    channel.open = true;
    const step1 = Uint8Array.of(0, 0, 1, 0);
    const big = bytes(70_000, 4);
    s.send(step1);
    s.send(big);
    expectSame(receive(new Reassembler(), channel.sent), [step1, big]);
  });

  it('drops its queue when the channel closes, without throwing', () => {
    const channel = new FakeChannel();
    let resume: (() => void) | null = null;
    const s = new ChunkedSender(channel, { highWaterBytes: 32 * 1024, wake: (r) => (resume = r) });
    const send = channel.send.bind(channel);
    channel.send = (f) => {
      send(f);
      channel.buffered += f.byteLength;
    };
    s.send(bytes(200_000, 5));
    expect(s.pendingBytes()).toBeGreaterThan(100_000);
    channel.open = false;
    channel.buffered = 0;
    expect(() => s.send(Uint8Array.of(0, 1))).not.toThrow();
    expect(() => resume!()).not.toThrow();
    expect(s.pendingBytes()).toBe(0);
    expect(() => s.send(bytes(100_000, 6))).not.toThrow();
  });
});

const frameCountOf = (m: Uint8Array) => Math.ceil(m.byteLength / CHUNK_PAYLOAD_BYTES);

describe('a Yjs workspace over a 16 KiB channel', () => {
  /** y-protocols sync between two docs, every message through sender → channel → reassembler. */
  function link(a: Y.Doc, b: Y.Doc) {
    const toB = new FakeChannel();
    const toA = new FakeChannel();
    const fromA = sender(toB);
    const fromB = sender(toA);
    const atB = new Reassembler();
    const atA = new Reassembler();
    const deliver = (doc: Y.Doc, reassembler: Reassembler, channel: FakeChannel, reply: ChunkedSender) => {
      for (const message of receive(reassembler, channel.sent.splice(0))) {
        const decoder = decoding.createDecoder(message);
        const encoder = encoding.createEncoder();
        syncProtocol.readSyncMessage(decoder, encoder, doc, 'remote');
        if (encoding.length(encoder) > 0) reply.send(encoding.toUint8Array(encoder));
      }
    };
    a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && fromA.send(syncUpdate(u)));
    b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && fromB.send(syncUpdate(u)));
    const step1 = (doc: Y.Doc, s: ChunkedSender) => {
      const e = encoding.createEncoder();
      syncProtocol.writeSyncStep1(e, doc);
      s.send(encoding.toUint8Array(e));
    };
    return {
      start() {
        step1(a, fromA);
        step1(b, fromB);
      },
      flush() {
        for (let i = 0; i < 10 && (toA.sent.length || toB.sent.length); i++) {
          deliver(b, atB, toB, fromB);
          deliver(a, atA, toA, fromA);
        }
      },
      largestSent: () => Math.max(toA.largest, toB.largest),
    };
  }
  const syncUpdate = (u: Uint8Array) => {
    const e = encoding.createEncoder();
    syncProtocol.writeUpdate(e, u);
    return encoding.toUint8Array(e);
  };

  it('a guest starting empty receives a 5,000-note workspace, and a big paste goes back', () => {
    const host = new Y.Doc();
    applySnapshot(host, benchWorkspace(5000), LOAD_ORIGIN);
    expect(Y.encodeStateAsUpdate(host).byteLength).toBeGreaterThan(256 * 1024);
    const guest = new Y.Doc();
    const l = link(host, guest);
    l.start();
    l.flush();
    expect(readSnapshot(guest)!.notes).toHaveLength(5000);
    // A big later update from the guest (a paste of 300 notes, one transaction) reaches the host.
    const snap = readSnapshot(guest)!;
    const ids: string[] = [];
    let pasted = 0;
    guest.once('update', (u: Uint8Array) => (pasted = u.byteLength));
    guest.transact(() => {
      for (let i = 0; i < 300; i++) ids.push(addNote(guest, { boardId: snap.boards[0]!.id, stageId: snap.stages[1]!.id, laneId: snap.lanes[2]!.id, text: `pasted ${i} ${'·'.repeat(200)}`, author: 'guest' })!);
    });
    expect(pasted).toBeGreaterThan(4 * MAX_FRAME_BYTES);
    l.flush();
    const notes = new Set(readSnapshot(host)!.notes.map((n) => n.id));
    expect(notes.size).toBe(5300);
    expect(ids.every((id) => notes.has(id))).toBe(true);
    expect(JSON.stringify(readSnapshot(host))).toBe(JSON.stringify(readSnapshot(guest)));
    // Nothing bigger than a browser-safe message ever went over the channel.
    expect(l.largestSent()).toBeLessThanOrEqual(MAX_FRAME_BYTES);
  });
});

describe('a hostile or broken peer', () => {
  const big = () => {
    const m = bytes(5 * CHUNK_PAYLOAD_BYTES + 77, 11);
    m[0] = 0;
    return m;
  };
  const expectDropped = (result: Accepted, reason: string) => {
    expect(result.kind).toBe('dropped');
    if (result.kind === 'dropped') expect(result.reason).toBe(reason);
    return result.kind === 'dropped' ? result.failure : null;
  };

  it('survives random garbage and holds nothing afterwards', () => {
    const r = new Reassembler();
    let seed = 12345;
    for (let i = 0; i < 3000; i++) {
      const length = (i * 7919) % (MAX_FRAME_BYTES + 40);
      const frame = bytes(length, seed++);
      if (i % 3 === 0 && frame.byteLength > 1) frame[0] = CHUNK_MARKER;
      if (i % 6 === 0 && frame.byteLength > 2) frame[1] = 1;
      expect(() => r.accept(frame, i)).not.toThrow();
    }
    expect(r.inFlight()).toEqual([]);
    expect(r.bufferedBytes).toBe(0);
    const dropped = Object.values(r.dropped).reduce((a, b) => a + b, 0);
    expect(dropped).toBeGreaterThan(2900);
    // Still works for an honest message after all that.
    expectSame(receive(r, encodeFrames(big(), 99)), [big()]);
  });

  it('drops impossible headers as malformed', () => {
    const r = new Reassembler();
    expectDropped(r.accept(Uint8Array.of(CHUNK_MARKER), 0), 'malformed');
    expectDropped(r.accept(new Uint8Array(CHUNK_HEADER_BYTES).fill(CHUNK_MARKER, 0, 1), 0), 'malformed'); // no payload
    expectDropped(r.accept(frameWith({ version: 2 }), 0), 'malformed');
    expectDropped(r.accept(frameWith({ total: 0 }), 0), 'malformed');
    expectDropped(r.accept(frameWith({ count: 0 }), 0), 'malformed');
    expectDropped(r.accept(frameWith({ index: 1, count: 1 }), 0), 'malformed');
    // A count that does not match the total, a payload that does not match its place.
    expectDropped(r.accept(frameWith({ count: 3, total: 10 }), 0), 'malformed');
    expectDropped(r.accept(frameWith({ total: 11, payload: 10 }), 0), 'malformed');
    expectDropped(r.accept(frameWith({ count: 2, total: CHUNK_PAYLOAD_BYTES + 1, payload: 100 }), 0), 'malformed');
    // A frame larger than any browser-safe message.
    expectDropped(r.accept(frameWith({ total: MAX_FRAME_BYTES, payload: MAX_FRAME_BYTES }), 0), 'malformed');
    expect(r.dropped.malformed).toBe(10);
    expect(r.bufferedBytes).toBe(0);
  });

  it('refuses a message larger than the limit at its first frame, and its other frames quietly', () => {
    const limits: ChunkLimits = { ...DEFAULT_CHUNK_LIMITS, maxMessageBytes: 3 * CHUNK_PAYLOAD_BYTES };
    const r = new Reassembler(limits);
    const frames = encodeFrames(big(), 5);
    const failure = expectDropped(r.accept(frames[0]!, 0), 'too-large');
    expect(failure).toEqual({ reason: 'too-large', receivedBytes: 0, totalBytes: big().byteLength });
    for (const f of frames.slice(1)) expect(expectDropped(r.accept(f, 0), 'unexpected')).toBeNull();
    expect(r.bufferedBytes).toBe(0);
    // The real maximum: a header claiming 4 GiB is refused without allocating anything.
    const huge = frameWith({ total: 0xffffffff, count: Math.ceil(0xffffffff / CHUNK_PAYLOAD_BYTES), payload: CHUNK_PAYLOAD_BYTES });
    expect(expectDropped(new Reassembler().accept(huge, 0), 'too-large')?.reason).toBe('too-large');
  });

  it('drops a message whose frames come out of order or change their header', () => {
    const r = new Reassembler();
    const frames = encodeFrames(big(), 3);
    r.accept(frames[0]!, 0);
    r.accept(frames[1]!, 0);
    const failure = expectDropped(r.accept(frames[3]!, 0), 'mismatch');
    expect(failure).toEqual({ reason: 'invalid', receivedBytes: 2 * CHUNK_PAYLOAD_BYTES, totalBytes: big().byteLength });
    expect(r.bufferedBytes).toBe(0);
    expectDropped(r.accept(frames[4]!, 0), 'unexpected');
    // Same id, a different size mid-message.
    const other = bytes(3 * CHUNK_PAYLOAD_BYTES, 2);
    other[0] = 0;
    r.accept(encodeFrame(big(), 8, 0), 0);
    expect(expectDropped(r.accept(encodeFrame(other, 8, 1), 0), 'mismatch')?.reason).toBe('invalid');
    // A duplicated frame.
    r.accept(encodeFrame(big(), 9, 0), 0);
    expectDropped(r.accept(encodeFrame(big(), 9, 0), 0), 'mismatch');
    expect(r.inFlight()).toEqual([]);
    expect(r.bufferedBytes).toBe(0);
  });

  it('bounds messages and bytes in flight per peer, and bytes across the room', () => {
    const limits: ChunkLimits = { ...DEFAULT_CHUNK_LIMITS, maxMessagesInFlight: 2, maxPeerBytes: 3 * CHUNK_PAYLOAD_BYTES };
    const r = new Reassembler(limits);
    r.accept(encodeFrame(big(), 1, 0), 0);
    r.accept(encodeFrame(big(), 2, 0), 0);
    expectDropped(r.accept(encodeFrame(big(), 3, 0), 0), 'too-many');
    expect(r.inFlight().map((m) => m.id)).toEqual([1, 2]);
    r.accept(encodeFrame(big(), 1, 1), 0);
    // The fourth payload would pass the per-peer cap: that message goes, the other stays.
    const failure = expectDropped(r.accept(encodeFrame(big(), 2, 1), 0), 'over-budget');
    expect(failure?.reason).toBe('too-large');
    expect(r.inFlight().map((m) => m.id)).toEqual([1]);
    expect(r.bufferedBytes).toBe(2 * CHUNK_PAYLOAD_BYTES);

    // Two peers sharing a room budget of four payloads.
    const budget = roomBudget(4 * CHUNK_PAYLOAD_BYTES);
    const p = new Reassembler(DEFAULT_CHUNK_LIMITS, budget);
    const q = new Reassembler(DEFAULT_CHUNK_LIMITS, budget);
    for (let i = 0; i < 3; i++) p.accept(encodeFrame(big(), 1, i), 0);
    q.accept(encodeFrame(big(), 1, 0), 0);
    expect(budget.used).toBe(4 * CHUNK_PAYLOAD_BYTES);
    expectDropped(q.accept(encodeFrame(big(), 1, 1), 0), 'over-budget');
    expect(budget.used).toBe(3 * CHUNK_PAYLOAD_BYTES);
    // Once p's message completes, its bytes are free again.
    for (let i = 3; i < 6; i++) p.accept(encodeFrame(big(), 1, i), 0);
    expect(budget.used).toBe(0);
  });

  it('times out a stalled message, and reports what a closed connection lost', () => {
    const r = new Reassembler({ ...DEFAULT_CHUNK_LIMITS, stallMs: 1000 });
    r.accept(encodeFrame(big(), 1, 0), 0);
    r.accept(encodeFrame(big(), 1, 1), 900);
    expect(r.sweep(1500)).toEqual([]);
    expect(r.inFlight()).toEqual([{ id: 1, receivedBytes: 2 * CHUNK_PAYLOAD_BYTES, totalBytes: big().byteLength }]);
    expect(r.sweep(1900)).toEqual([{ reason: 'timeout', receivedBytes: 2 * CHUNK_PAYLOAD_BYTES, totalBytes: big().byteLength }]);
    expect(r.bufferedBytes).toBe(0);
    r.accept(encodeFrame(big(), 2, 0), 2000);
    expect(r.close()).toEqual([{ reason: 'peer-left', receivedBytes: CHUNK_PAYLOAD_BYTES, totalBytes: big().byteLength }]);
    expect(r.inFlight()).toEqual([]);
    expect(r.bufferedBytes).toBe(0);
  });
});
