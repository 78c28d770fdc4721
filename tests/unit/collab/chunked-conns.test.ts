/**
 * The chunked connections under y-webrtc (renderer/src/collab/chunked-conns.ts) with a fake
 * simple-peer pair: a guest joins even when its connection refused writes while connecting
 * (y-webrtc broadcasts awareness to connections not open yet), and a guest whose first answer
 * was lost asks again instead of waiting for ever.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { ChunkedConns, type WebrtcConnLike } from '../../../renderer/src/collab/chunked-conns';
import { ANTI_ENTROPY_MS, syncStep1Message, RESYNC_AFTER_MS } from '../../../shared/collab/resync';
import { applySnapshot, LOAD_ORIGIN, readSnapshot } from '../../../shared/doc';
import { isChunkFrame } from '../../../shared/collab/chunking';
import { benchWorkspace } from '../../../shared/model';

/** One end of a data channel pair; throws on send until open, as simple-peer does. */
class FakePeer extends EventEmitter {
  open = false;
  far: FakePeer | null = null;
  /** Large messages on the wire to drop (counted on this side's sends). */
  dropNext = 0;
  readonly wire: Array<[Uint8Array, FakePeer]>;
  constructor(wire: Array<[Uint8Array, FakePeer]>) {
    super();
    this.wire = wire;
  }
  send(data: unknown): void {
    if (!this.open) throw new Error("InvalidStateError: RTCDataChannel.readyState is not 'open'");
    this.wire.push([data as Uint8Array, this]);
  }
  destroy(): void {
    this.open = false;
    this.emit('close');
  }
}

/** What y-webrtc's WebrtcConn does with its peer (sync on connect, answers, synced flag). */
class FakeConn {
  connected = false;
  synced = false;
  constructor(
    readonly peer: FakePeer,
    readonly doc: Y.Doc,
  ) {
    peer.on('data', (data: Uint8Array) => {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== 0) return; // awareness: not modelled
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      const type = syncProtocol.readSyncMessage(decoder, encoder, doc, 'peer');
      if (type === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (type === syncProtocol.messageYjsSyncStep1) this.peer.send(encoding.toUint8Array(encoder));
    });
  }
  connect(): void {
    this.peer.open = true;
    this.connected = true;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.peer.send(encoding.toUint8Array(encoder));
  }
}

function workspaceDoc(notes: number): Y.Doc {
  const doc = new Y.Doc();
  applySnapshot(doc, benchWorkspace(notes), LOAD_ORIGIN);
  return doc;
}

function pair(hostDoc: Y.Doc, guestDoc: Y.Doc) {
  const wire: Array<[Uint8Array, FakePeer]> = [];
  const hostPeer = new FakePeer(wire);
  const guestPeer = new FakePeer(wire);
  hostPeer.far = guestPeer;
  guestPeer.far = hostPeer;
  const host = new FakeConn(hostPeer, hostDoc);
  const guest = new FakeConn(guestPeer, guestDoc);
  const ask = (conn: WebrtcConnLike) => conn.peer.send(syncStep1Message(Y.encodeStateVector((conn as unknown as FakeConn).doc)));
  const hostConns = new ChunkedConns(() => undefined, ask);
  const guestConns = new ChunkedConns(() => undefined, ask);
  hostConns.hookAll([host as unknown as WebrtcConnLike]);
  guestConns.hookAll([guest as unknown as WebrtcConnLike]);
  let droppedLarge = 0;
  /** Delivers what is on the wire, dropping `loseLarge` whole large messages from the host. */
  const flush = (loseLarge = 0) => {
    let losing = false;
    while (wire.length > 0) {
      const [data, sender] = wire.shift()!;
      // A frame's header: marker byte, version, id, index, count; a lost message loses all its frames.
      if (sender === hostPeer && isChunkFrame(data)) {
        const index = new DataView(data.buffer, data.byteOffset).getUint32(6);
        if (index === 0) losing = droppedLarge < loseLarge && ++droppedLarge > 0;
        if (losing) continue;
      }
      sender.far!.emit('data', data);
    }
  };
  return { host, guest, hostConns, guestConns, flush };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('joining through the chunked connections', () => {
  it('a guest whose connection refused writes while connecting still receives the workspace', () => {
    const hostDoc = workspaceDoc(600);
    const guestDoc = new Y.Doc();
    const { host, guest, hostConns, guestConns, flush } = pair(hostDoc, guestDoc);
    expect(Y.encodeStateAsUpdate(hostDoc).byteLength).toBeGreaterThan(64 * 1024);
    // y-webrtc broadcasts awareness (and doc updates) to every connection, open or not.
    for (const peer of [host.peer, guest.peer]) {
      expect(() => peer.send(Uint8Array.of(1, 3, 1, 2, 3))).not.toThrow();
      expect(() => peer.send(new Uint8Array(40_000).fill(1))).not.toThrow();
    }
    host.connect();
    guest.connect();
    flush();
    expect(guest.synced).toBe(true);
    expect(readSnapshot(guestDoc)!.notes).toHaveLength(600);
    expect(guestConns.status().resyncs).toBe(0);
    hostConns.destroy();
    guestConns.destroy();
  });

  it('a guest whose first answer was lost asks again and then holds every note', () => {
    const hostDoc = workspaceDoc(600);
    const guestDoc = new Y.Doc();
    const { host, guest, hostConns, guestConns, flush } = pair(hostDoc, guestDoc);
    host.connect();
    guest.connect();
    flush(1);
    expect(guest.synced).toBe(false);
    expect(readSnapshot(guestDoc)).toBeNull();
    vi.advanceTimersByTime(RESYNC_AFTER_MS + 1000);
    expect(guestConns.status().resyncs).toBe(1);
    flush();
    expect(guest.synced).toBe(true);
    expect(readSnapshot(guestDoc)!.notes).toHaveLength(600);
    // Synced: no more join requests.
    vi.advanceTimersByTime(3 * RESYNC_AFTER_MS);
    expect(guestConns.status().resyncs).toBe(1);
    expect(hostConns.status().resyncs).toBe(0);
    hostConns.destroy();
    guestConns.destroy();
  });

  it('an update lost after the join arrives at the next periodic check', () => {
    const hostDoc = workspaceDoc(300);
    const guestDoc = new Y.Doc();
    const { host, guest, hostConns, guestConns, flush } = pair(hostDoc, guestDoc);
    host.connect();
    guest.connect();
    flush();
    expect(readSnapshot(guestDoc)!.notes).toHaveLength(300);
    // The host edits; the update never reaches the guest (y-webrtc broadcasts it once).
    applySnapshot(hostDoc, benchWorkspace(320), LOAD_ORIGIN);
    expect(readSnapshot(guestDoc)!.notes).toHaveLength(300);
    vi.advanceTimersByTime(ANTI_ENTROPY_MS + 1000);
    flush();
    expect(readSnapshot(guestDoc)!.notes).toHaveLength(320);
    expect(Buffer.compare(Y.encodeStateVector(guestDoc), Y.encodeStateVector(hostDoc))).toBe(0);
    expect(guestConns.status().resyncs).toBe(0);
    hostConns.destroy();
    guestConns.destroy();
  });

  it('the repeated request is the sync step 1 y-protocols writes', () => {
    const doc = workspaceDoc(50);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, doc);
    expect(Buffer.compare(syncStep1Message(Y.encodeStateVector(doc)), encoding.toUint8Array(encoder))).toBe(0);
  });
});
