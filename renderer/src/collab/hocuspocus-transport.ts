/**
 * The third transport: `@hocuspocus/provider` against a Journey room server (server/, Hocuspocus 4)
 * or any Hocuspocus server on Yjs 13. Same awareness (presence.ts) as the other two. Each sync step
 * is one WebSocket message (the server's maxPayload is 64 MiB by default), so large workspaces need
 * no chunking; the provider's 30 s silence timeout is lifted to 120 s so a ~48 MB state can arrive
 * on a slow link. A room the server refuses (no token, a wrong or expired one) or an update it
 * refuses (the room's size limit) is reported through `refusal()`.
 */
import type * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Transport } from './transport';

export interface HocuspocusTransportOptions {
  /** ws(s)://host:port of the room server. */
  readonly url: string;
  readonly room: string;
  readonly token: string | null;
  /** A WebSocket class where the platform has none (Node before 22 in tests). */
  readonly WebSocketPolyfill?: unknown;
  /**
   * Called once when the server says the room is synced and `isEmpty()` holds: a brand-new room.
   * The app puts a fresh workspace in it, as a facilitator would (two people opening a new
   * room within the same moment would both do so: docs/DEPLOYMENT.md).
   */
  readonly onEmptyRoom?: { isEmpty(): boolean; seed(): void };
}

export type RoomRefusal = { readonly kind: 'token'; readonly reason: string } | { readonly kind: 'too-large' };

export interface HocuspocusTransport extends Transport {
  refusal(): RoomRefusal | null;
  /** Read-only token: the server ignores our edits. */
  readOnly(): boolean;
}

/** Matches server/src/room-server.ts WS_CLOSE_TOO_LARGE (Hocuspocus sends the reason in its per-document close message). */
const CLOSE_TOO_LARGE = 'document too large';

export function hocuspocusTransport(doc: Y.Doc, options: HocuspocusTransportOptions, onChange: () => void): HocuspocusTransport {
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    messageReconnectTimeout: 120_000,
    // Keep trying (a restarted instance comes back), at most every 5 s.
    maxAttempts: 0,
    delay: 500,
    minDelay: 250,
    maxDelay: 5000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  let refusal: RoomRefusal | null = null;
  let readOnly = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: doc,
    // The server asks for a token on every connection; '' is what "no token" looks like.
    token: options.token ?? '',
    onAuthenticationFailed: ({ reason }) => {
      refusal = { kind: 'token', reason };
      // A refused token stays refused: stop reconnecting until the user tries again.
      socket.disconnect();
      onChange();
    },
    onAuthenticated: ({ scope }) => {
      refusal = null;
      readOnly = scope === 'readonly';
      onChange();
    },
  });
  // manageSocket: the provider made the socket, so it connects and closes it.
  provider.attach();
  const onClose = ({ event }: { event: { reason?: string } }) => {
    if (event.reason === CLOSE_TOO_LARGE) refusal = { kind: 'too-large' };
    onChange();
  };
  const onStatus = () => onChange();
  let seeded = false;
  const onSynced = () => {
    if (!seeded && options.onEmptyRoom?.isEmpty() && !readOnly) {
      seeded = true;
      options.onEmptyRoom.seed();
    }
    onChange();
  };
  provider.on('close', onClose);
  socket.on('close', onStatus);
  socket.on('status', onStatus);
  provider.on('synced', onSynced);
  provider.awareness!.on('change', onStatus);
  const others = () => Math.max(0, provider.awareness!.getStates().size - 1);
  let destroyed = false;
  return {
    kind: 'yjs-server',
    awareness: provider.awareness!,
    peers: others,
    othersInRoom: others,
    serverConnected: () => socket.status === 'connected' && provider.isAuthenticated,
    undecryptable: () => 0,
    transfer: () => null,
    refusal: () => refusal,
    readOnly: () => readOnly,
    connect() {
      refusal = null;
      void socket.connect();
      onChange();
    },
    disconnect() {
      socket.disconnect();
      onChange();
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.off('close', onClose);
      socket.off('close', onStatus);
      socket.off('status', onStatus);
      provider.off('synced', onSynced);
      provider.destroy();
      socket.destroy();
    },
  };
}
