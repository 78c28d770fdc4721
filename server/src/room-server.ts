/**
 * One room-server instance: Hocuspocus 4 with
 * - Redis (optional): instances that share a Redis serve the same rooms, each client on any of them;
 * - SQLite persistence (node:sqlite): a room survives restarts; stores merge with what is on disk;
 * - room tokens (tokens.ts): no valid token for the room, no connection (4401);
 * - limits: connections in all and per address (503 / 429 at the upgrade), message size
 *   (WebSocket maxPayload, 1009), document size (4413 when an update would grow it past the limit);
 * - GET /healthz and GET /metrics (Prometheus text);
 * - graceful shutdown: stop accepting, store every open room, close Redis, close the database.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { ROOM_NAME, verifyToken } from './tokens.ts';
import { openStore, type RoomStore } from './store.ts';

export interface RoomServerOptions {
  readonly port: number;
  readonly host: string;
  /** redis://host:port[/db]; null: a single instance. */
  readonly redis: string | null;
  readonly sqlite: string;
  /** Returns the current secrets (re-read on reload). */
  readonly secrets: () => readonly string[];
  readonly maxConnections: number;
  readonly maxConnectionsPerAddress: number;
  /** One WebSocket message (an initial sync of a big room is one message). */
  readonly maxMessageBytes: number;
  /** A room's Yjs state. */
  readonly maxDocumentBytes: number;
  /** Store a room this long after its last change (and at least every maxDebounce). */
  readonly debounceMs: number;
  readonly maxDebounceMs: number;
  /** Count connections per X-Forwarded-For address (only behind your own proxy). */
  readonly trustProxy: boolean;
  readonly name: string;
  readonly log: (line: string) => void;
}

export const DEFAULTS = {
  port: 1234,
  host: '0.0.0.0',
  maxConnections: 2000,
  maxConnectionsPerAddress: 200,
  maxMessageBytes: 64 * 1024 * 1024,
  maxDocumentBytes: 48 * 1024 * 1024,
  debounceMs: 1000,
  maxDebounceMs: 5000,
} as const;

export interface RoomServer {
  readonly port: number;
  readonly server: Server;
  metrics(): Record<string, number>;
  stop(): Promise<void>;
}

const WS_CLOSE_TOO_LARGE = { code: 4413, reason: 'document too large' };

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const store: RoomStore = openStore(options.sqlite);
  const sockets = new Set<object>();
  const perAddress = new Map<string, number>();
  const counters = { refusedToken: 0, refusedFull: 0, refusedAddress: 0, refusedTooLarge: 0, stores: 0, storeErrors: 0 };
  /** Approximate Yjs state size per open room: measured on load and store, grown by each update. */
  const sizes = new Map<string, number>();

  const addressOf = (request: IncomingMessage): string => {
    const forwarded = options.trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
    const raw = forwarded || request.socket.remoteAddress || 'unknown';
    // IPv6: count per /64, as the signaling server does.
    return raw.includes(':') && !raw.startsWith('::ffff:') ? raw.split(':').slice(0, 4).join(':') : raw.replace(/^::ffff:/, '');
  };

  const refuseUpgrade = (socket: { write(s: string): void; destroy(): void }, status: string) => {
    socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  const extensions: object[] = [];
  if (options.redis) {
    const url = new URL(options.redis);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        identifier: options.name,
        options: { ...(url.password ? { password: decodeURIComponent(url.password) } : {}), ...(url.username ? { username: decodeURIComponent(url.username) } : {}), db: Number(url.pathname.slice(1) || 0), maxRetriesPerRequest: null },
      }),
    );
  }
  extensions.push(
    new Database({
      fetch: async ({ documentName }) => {
        const state = store.fetch(documentName);
        sizes.set(documentName, state?.byteLength ?? 0);
        return state;
      },
      store: async ({ documentName, state }) => {
        try {
          // Merge with what is on disk: another instance may have stored changes this one lacks.
          const onDisk = store.fetch(documentName);
          const merged = onDisk ? Y.mergeUpdates([onDisk, state]) : state;
          store.store(documentName, merged);
          sizes.set(documentName, merged.byteLength);
          counters.stores++;
        } catch (error) {
          counters.storeErrors++;
          options.log(`could not store room ${documentName}: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      },
    }),
  );

  const server = new Server({
    name: options.name,
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounceMs,
    maxDebounce: options.maxDebounceMs,
    websocketOptions: { maxPayload: options.maxMessageBytes },
    extensions: extensions as never,
    async onUpgrade({ request, socket }) {
      if (sockets.size >= options.maxConnections) {
        counters.refusedFull++;
        refuseUpgrade(socket, '503 Service Unavailable');
        throw null; // handled: Hocuspocus stops here
      }
      const address = addressOf(request);
      const count = perAddress.get(address) ?? 0;
      if (count >= options.maxConnectionsPerAddress) {
        counters.refusedAddress++;
        refuseUpgrade(socket, '429 Too Many Requests');
        throw null;
      }
      sockets.add(socket);
      perAddress.set(address, count + 1);
      socket.once('close', () => {
        sockets.delete(socket);
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
    },
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const check = ROOM_NAME.test(documentName) ? verifyToken(options.secrets(), token, documentName) : ({ ok: false, reason: 'not a room name' } as const);
      if (!check.ok) {
        counters.refusedToken++;
        options.log(`refused a connection to room ${JSON.stringify(documentName.slice(0, 130))}: ${check.reason}`);
        // `reason` reaches the client (the provider's authenticationFailed event).
        throw Object.assign(new Error(check.reason), { reason: check.reason });
      }
      if (check.claims.mode === 'r') connectionConfig.readOnly = true;
      return { mode: check.claims.mode };
    },
    async beforeHandleMessage({ documentName, document, update }) {
      const grown = (sizes.get(documentName) ?? 0) + update.byteLength;
      sizes.set(documentName, grown);
      if (grown <= options.maxDocumentBytes) return;
      // Measure for real before refusing (deletions and GC shrink a state).
      const exact = Y.encodeStateAsUpdate(document).byteLength;
      sizes.set(documentName, exact);
      if (exact + update.byteLength > options.maxDocumentBytes) {
        counters.refusedTooLarge++;
        options.log(`room ${documentName}: refused an update of ${update.byteLength} bytes (state ${exact} bytes, limit ${options.maxDocumentBytes})`);
        throw WS_CLOSE_TOO_LARGE;
      }
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
    },
    async onRequest({ request, response }) {
      const path = (request.url ?? '/').split('?')[0];
      // ?gc=1 collects garbage first when the process runs with --expose-gc (memory benchmarks).
      if ((request.url ?? '').includes('gc=1')) (globalThis as { gc?: () => void }).gc?.();
      if (path === '/healthz') {
        respond(response, 200, 'application/json', JSON.stringify({ ok: true, name: options.name, redis: !!options.redis, ...metrics() }));
        throw null;
      }
      if (path === '/metrics') {
        const body = Object.entries(metrics())
          .map(([key, value]) => `journey_rooms_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} ${value}`)
          .join('\n');
        respond(response, 200, 'text/plain; version=0.0.4', `${body}\n`);
        throw null;
      }
      respond(response, 404, 'text/plain', 'Journey room server: connect with WebSocket; GET /healthz, /metrics\n');
      throw null;
    },
  });

  const metrics = (): Record<string, number> => {
    const memory = process.memoryUsage();
    return {
      connections: sockets.size,
      documentConnections: server.hocuspocus.getConnectionsCount(),
      openRooms: server.hocuspocus.getDocumentsCount(),
      storedRooms: store.rooms(),
      refusedToken: counters.refusedToken,
      refusedFull: counters.refusedFull,
      refusedAddress: counters.refusedAddress,
      refusedTooLarge: counters.refusedTooLarge,
      stores: counters.stores,
      storeErrors: counters.storeErrors,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
    };
  };

  await server.listen();
  let stopping: Promise<void> | null = null;
  return {
    port: server.address.port,
    server,
    metrics,
    stop() {
      // Server.destroy closes the listener and every connection, stores every open room and
      // unloads it; the extensions' onDestroy closes Redis. Only then the database.
      stopping ??= server.destroy().then(() => store.close());
      return stopping;
    },
  };
}

function respond(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}
