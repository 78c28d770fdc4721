/**
 * The two ways a workspace's Y.Doc syncs with others, behind one small interface:
 * - `webrtc`: y-webrtc, peers in a mesh, found through OUR signaling servers only (never the
 *   library's public defaults), signaling encrypted with the room password.
 * - `yjs-server`: y-websocket's client against a Yjs server the team runs (y-websocket's
 *   published server or Hocuspocus), for sessions bigger than one mesh or always-on rooms.
 */
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { WebsocketProvider } from 'y-websocket';
import { removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import type { IceServerSetting } from './settings';
import { signalingTopic } from '../../../shared/collab/signaling-topic';
import type { TransferStatus } from '../../../shared/collab/chunking';
import { ChunkedConns } from './chunked-conns';
import { syncStep1Message } from '../../../shared/collab/resync';
import { clientsOfPeer, PEER_FIELD } from '../../../shared/collab/awareness-peers';

/** Matches electron/main/signaling/server.ts TOPIC_INFO_TYPE (y-webrtc ignores it). */
const TOPIC_INFO_TYPE = 'journey-topic';

export interface TransportEvents {
  /** Something about connections changed (peers, status, others in the room). */
  changed(): void;
}

export interface Transport {
  readonly kind: 'webrtc' | 'yjs-server';
  readonly awareness: Awareness;
  /** Peers we exchange updates with right now. */
  peers(): number;
  /** Others subscribed to the room on a signaling server (-1 when unknown). */
  othersInRoom(): number;
  /** Connected to a signaling or Yjs server. */
  serverConnected(): boolean;
  /** Signaling messages in this room we could not decrypt (someone with another password). */
  undecryptable(): number;
  /** Large messages arriving in chunks (WebRTC); null where the transport cannot tell (a Yjs server). */
  transfer(): TransferStatus | null;
  connect(): void;
  disconnect(): void;
  /** Resolves once the room name is free again (y-webrtc releases it asynchronously). */
  destroy(): Promise<void>;
}

export interface WebrtcTransportOptions {
  readonly room: string;
  readonly password: string;
  readonly signaling: readonly string[];
  readonly iceServers: readonly IceServerSetting[];
}

interface SignalingConnLike {
  connected: boolean;
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'connect' | 'disconnect', listener: () => void): void;
  off(event: string, listener: (...args: never[]) => void): void;
}

export function webrtcTransport(doc: Y.Doc, options: WebrtcTransportOptions, onChange: () => void): Transport {
  if (options.signaling.length === 0) throw new Error('No signaling server: a room needs at least one.');
  // Signaling servers see a hash of the room id, never the id (shared/collab/signaling-topic.ts).
  const topic = signalingTopic(options.room);
  const provider = new WebrtcProvider(topic, doc, {
    // Always our own list: y-webrtc would otherwise use public servers.
    signaling: [...options.signaling],
    password: options.password,
    peerOpts: { config: { iceServers: options.iceServers.map((s) => ({ ...s })) } },
  });
  // Messages over 16 KiB travel in chunks (chunked-conns.ts): wrap each connection as y-webrtc makes it.
  // A connected peer that never answered sync step 1 is asked again (shared/collab/resync.ts).
  // Whoever was on the far side of a closed connection left: forget them now, not 30 s later.
  const chunks = new ChunkedConns(
    onChange,
    (conn) => conn.peer.send(syncStep1Message(Y.encodeStateVector(doc))),
    (conn) => {
      if (!conn.remotePeerId) return;
      const gone = clientsOfPeer(provider.awareness.getStates(), conn.remotePeerId, doc.clientID);
      if (gone.length > 0) removeAwarenessStates(provider.awareness, gone, 'peer left');
    },
  );
  // Our connections are known by our y-webrtc peer id: say it in our awareness state.
  const sayPeer = () => {
    const peerId = provider.room?.peerId;
    const state = provider.awareness.getLocalState();
    if (peerId && state && state[PEER_FIELD] !== peerId) provider.awareness.setLocalStateField(PEER_FIELD, peerId);
  };
  provider.awareness.on('change', sayPeer);
  void Promise.resolve(provider.key).then(sayPeer, () => undefined);
  const hookPeers = () => chunks.hookAll(provider.room?.webrtcConns.values() ?? []);
  provider.on('peers', hookPeers);
  const subscribers = new Map<string, number>();
  const hooked = new WeakSet<object>();
  const cleanups: Array<() => void> = [];
  const hook = () => {
    for (const conn of provider.signalingConns as unknown as (SignalingConnLike & { url: string })[]) {
      if (hooked.has(conn)) continue;
      hooked.add(conn);
      const onMessage = (message: unknown) => {
        const m = message as { type?: unknown; topic?: unknown; subscribers?: unknown };
        if (m.type === TOPIC_INFO_TYPE && m.topic === topic && typeof m.subscribers === 'number') {
          subscribers.set(conn.url, m.subscribers);
          onChange();
        }
      };
      const onStatus = () => {
        if (!conn.connected) subscribers.delete(conn.url);
        onChange();
      };
      conn.on('message', onMessage);
      conn.on('connect', onStatus);
      conn.on('disconnect', onStatus);
      cleanups.push(() => {
        conn.off('message', onMessage);
        conn.off('connect', onStatus);
        conn.off('disconnect', onStatus);
      });
    }
  };
  hook();
  // y-webrtc decrypts every message published in the room and leaves a failure (another
  // password) as an unhandled rejection: count it instead of reporting it as a page error.
  let undecryptable = 0;
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { name?: unknown } | null;
    if (reason && typeof reason === 'object' && reason.name === 'OperationError') {
      event.preventDefault();
      undecryptable++;
      onChange();
    }
  };
  window.addEventListener('unhandledrejection', onRejection);
  cleanups.push(() => window.removeEventListener('unhandledrejection', onRejection));
  cleanups.push(() => provider.awareness.off('change', sayPeer));
  provider.on('peers', onChange);
  provider.on('synced', onChange);
  provider.on('status', onChange);
  let destroyed: Promise<void> | null = null;
  return {
    kind: 'webrtc',
    awareness: provider.awareness,
    peers: () => provider.room?.webrtcConns.size ?? 0,
    othersInRoom: () => (subscribers.size === 0 ? -1 : Math.max(0, Math.max(...subscribers.values()) - 1)),
    serverConnected: () => (provider.signalingConns as unknown as SignalingConnLike[]).some((c) => c.connected),
    undecryptable: () => undecryptable,
    transfer: () => chunks.status(),
    connect() {
      provider.connect();
      hook();
      onChange();
    },
    disconnect() {
      provider.disconnect();
      subscribers.clear();
      onChange();
    },
    destroy() {
      if (destroyed) return destroyed;
      for (const off of cleanups.splice(0)) off();
      provider.off('peers', onChange);
      provider.off('synced', onChange);
      provider.off('status', onChange);
      provider.off('peers', hookPeers);
      provider.destroy();
      chunks.destroy();
      // y-webrtc deletes the room from its registry once the key promise settles.
      destroyed = Promise.resolve(provider.key).then(
        () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
        () => undefined,
      );
      return destroyed;
    },
  };
}

export interface YjsServerTransportOptions {
  /** ws(s)://host:port of a y-websocket or Hocuspocus server. */
  readonly url: string;
  readonly room: string;
}

export function yjsServerTransport(doc: Y.Doc, options: YjsServerTransportOptions, onChange: () => void): Transport {
  const provider = new WebsocketProvider(options.url, options.room, doc, { connect: true });
  const onStatus = () => onChange();
  provider.on('status', onStatus);
  provider.on('sync', onStatus);
  provider.awareness.on('change', onStatus);
  return {
    kind: 'yjs-server',
    awareness: provider.awareness,
    peers: () => Math.max(0, provider.awareness.getStates().size - 1),
    othersInRoom: () => Math.max(0, provider.awareness.getStates().size - 1),
    serverConnected: () => provider.wsconnected,
    undecryptable: () => 0,
    // One WebSocket message per sync step: the page cannot see it arrive (docs/COLLABORATION.md).
    transfer: () => null,
    connect() {
      provider.connect();
      onChange();
    },
    disconnect() {
      provider.disconnect();
      onChange();
    },
    async destroy() {
      provider.off('status', onStatus);
      provider.off('sync', onStatus);
      provider.awareness.off('change', onStatus);
      provider.destroy();
    },
  };
}
