/**
 * A y-webrtc compatible signaling server (the protocol of `y-webrtc/bin/server.js`), hardened:
 *
 * - JSON text messages `{type:'subscribe', topics}`, `{type:'unsubscribe', topics}`,
 *   `{type:'publish', topic, data}` (relayed to every subscriber of the topic, the sender
 *   included, with `clients` set to the number of receivers) and `{type:'ping'}` → `{type:'pong'}`.
 * - With a room password y-webrtc encrypts `data` (AES-GCM, key from the password), so this
 *   server relays ciphertext only and never sees a peer's offer, answer or candidates.
 * - One extra message y-webrtc ignores: `{type:'journey-topic', topic, subscribers}` is sent to
 *   every subscriber of a topic when its number of subscribers changes. The app uses it to tell
 *   "nobody else is here" from "others are here but none could decrypt us" (a wrong password).
 * - Limits: message size (larger frames close the connection with 1009), a per-connection
 *   token-bucket rate limit (excess messages are dropped; a client that keeps flooding is
 *   disconnected), topics per connection, topic length, connections in total and per address
 *   (more get 429, so one machine cannot take every slot), and a send buffer per connection: a
 *   client that does not read what is relayed to it (its `bufferedAmount` past the bound) is
 *   dropped, so slow readers cannot make the server hold memory without end. Malformed or
 *   unknown messages are ignored. Dead connections are found by WebSocket ping and closed.
 * - Topics are what clients choose; the app subscribes to a hash of the room id
 *   (shared/collab/signaling-topic.ts), so this server never learns a room id.
 *
 * Plain Node (the `ws` package), no Electron import: the desktop app, `npm run signal` and the
 * tests all run this same module.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { addressKey, DEFAULT_LIMITS, type SignalingLimits } from './limits';

export interface SignalingServerOptions {
  readonly host?: string;
  readonly port?: number;
  readonly limits?: Partial<SignalingLimits>;
}

export interface SignalingStats {
  readonly connections: number;
  readonly topics: number;
  readonly relayed: number;
  readonly ignored: number;
  readonly rateLimited: number;
  /** Clients dropped because they did not read what was sent to them. */
  readonly slowDropped: number;
  /** Connections refused because their address had too many. */
  readonly addressRefused: number;
  /** Bytes queued for clients right now, unsent (bounded by maxBufferedBytes per client). */
  readonly bufferedBytes: number;
}

export interface RunningSignalingServer {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** e.g. `ws://127.0.0.1:4444` */
  readonly url: string;
  stats(): SignalingStats;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
}

/** The extra message this server sends (y-webrtc ignores unknown types). */
export const TOPIC_INFO_TYPE = 'journey-topic';

interface Client {
  readonly socket: WebSocket;
  readonly address: string;
  readonly topics: Set<string>;
  tokens: number;
  lastRefill: number;
  dropped: number;
  alive: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Create the server (not yet listening). */
export function createSignalingServer(limitsOverride: Partial<SignalingLimits> = {}) {
  const limits: SignalingLimits = { ...DEFAULT_LIMITS, ...limitsOverride };
  const topics = new Map<string, Set<Client>>();
  const clients = new Set<Client>();
  const perAddress = new Map<string, number>();
  const counters = { relayed: 0, ignored: 0, rateLimited: 0, slowDropped: 0, addressRefused: 0 };

  const http = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end('Journey signaling server (y-webrtc protocol). Connect with a WebSocket.\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  /** Upgrades under way (handshake not finished yet). */
  let pending = 0;

  const send = (client: Client, message: unknown) => {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    // A client that does not read makes `ws` queue everything for it: drop it instead.
    // (terminate, not close: a close frame would only queue behind the rest.)
    if (client.socket.bufferedAmount > limits.maxBufferedBytes) {
      counters.slowDropped++;
      client.socket.terminate();
      return;
    }
    try {
      client.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    } catch {
      client.socket.terminate();
    }
  };

  const announceCount = (topic: string) => {
    const subscribers = topics.get(topic);
    if (!subscribers) return;
    const message = JSON.stringify({ type: TOPIC_INFO_TYPE, topic, subscribers: subscribers.size });
    for (const receiver of subscribers) send(receiver, message);
  };

  const subscribe = (client: Client, topic: string) => {
    if (client.topics.has(topic)) {
      announceCount(topic);
      return;
    }
    if (client.topics.size >= limits.maxTopicsPerConnection) return;
    let subscribers = topics.get(topic);
    if (!subscribers) topics.set(topic, (subscribers = new Set()));
    subscribers.add(client);
    client.topics.add(topic);
    announceCount(topic);
  };

  const unsubscribe = (client: Client, topic: string) => {
    const subscribers = topics.get(topic);
    client.topics.delete(topic);
    if (!subscribers?.delete(client)) return;
    if (subscribers.size === 0) topics.delete(topic);
    else announceCount(topic);
  };

  const validTopic = (topic: unknown): topic is string => typeof topic === 'string' && topic.length > 0 && topic.length <= limits.maxTopicLength;

  /** Token bucket: true when the client may send one more message now. */
  const allow = (client: Client): boolean => {
    const now = Date.now();
    client.tokens = Math.min(limits.burstMessages, client.tokens + ((now - client.lastRefill) / 1000) * limits.messagesPerSecond);
    client.lastRefill = now;
    if (client.tokens >= 1) {
      client.tokens -= 1;
      return true;
    }
    counters.rateLimited++;
    if (++client.dropped > limits.maxDroppedMessages) client.socket.close(1008, 'rate limit');
    return false;
  };

  const onMessage = (client: Client, raw: RawData, isBinary: boolean) => {
    if (!allow(client)) return;
    if (isBinary) {
      counters.ignored++;
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      counters.ignored++;
      return;
    }
    if (!isObject(message)) {
      counters.ignored++;
      return;
    }
    switch (message['type']) {
      case 'subscribe':
      case 'unsubscribe': {
        const list = message['topics'];
        if (!Array.isArray(list)) {
          counters.ignored++;
          return;
        }
        for (const topic of list.slice(0, limits.maxTopicsPerConnection)) {
          if (!validTopic(topic)) continue;
          if (message['type'] === 'subscribe') subscribe(client, topic);
          else unsubscribe(client, topic);
        }
        return;
      }
      case 'publish': {
        const topic = message['topic'];
        // Only into rooms the sender is in (y-webrtc always subscribes before it publishes).
        if (!validTopic(topic) || !client.topics.has(topic)) {
          counters.ignored++;
          return;
        }
        const receivers = topics.get(topic);
        if (!receivers) return;
        const out = JSON.stringify({ ...message, clients: receivers.size });
        for (const receiver of receivers) send(receiver, out);
        counters.relayed++;
        return;
      }
      case 'ping':
        send(client, { type: 'pong' });
        return;
      default:
        counters.ignored++;
    }
  };

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const address = addressKey(request.socket.remoteAddress);
    const client: Client = { socket, address, topics: new Set(), tokens: limits.burstMessages, lastRefill: Date.now(), dropped: 0, alive: true };
    clients.add(client);
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (raw, isBinary) => {
      try {
        onMessage(client, raw, isBinary);
      } catch {
        counters.ignored++;
      }
    });
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      clients.delete(client);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
      for (const topic of [...client.topics]) unsubscribe(client, topic);
    });
  });
  wss.on('error', () => undefined);

  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (clients.size + pending >= limits.maxConnections) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    // Counted from the upgrade on, so a burst of handshakes cannot slip past the limit.
    const address = addressKey(request.socket.remoteAddress);
    const used = perAddress.get(address) ?? 0;
    if (used >= limits.maxConnectionsPerAddress) {
      counters.addressRefused++;
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      return;
    }
    perAddress.set(address, used + 1);
    pending++;
    let upgraded = false;
    const release = () => {
      if (upgraded) return;
      upgraded = true;
      pending--;
    };
    socket.once('close', () => {
      // A handshake that never completed gives its slot back.
      if (!upgraded) {
        release();
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      }
    });
    try {
      wss.handleUpgrade(request, socket, head, (ws) => {
        release();
        wss.emit('connection', ws, request);
      });
    } catch {
      socket.destroy();
    }
  });
  http.on('clientError', (_error, socket) => socket.destroy());

  const pinger = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) {
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      try {
        client.socket.ping();
      } catch {
        client.socket.terminate();
      }
    }
  }, limits.pingIntervalMs);
  pinger.unref();
  http.on('close', () => clearInterval(pinger));

  return {
    http,
    wss,
    limits,
    stats: (): SignalingStats => {
      let bufferedBytes = 0;
      for (const client of clients) bufferedBytes += client.socket.bufferedAmount;
      return { connections: clients.size, topics: topics.size, ...counters, bufferedBytes };
    },
    closeAll() {
      clearInterval(pinger);
      for (const client of clients) client.socket.terminate();
      wss.close();
    },
  };
}

/** Start listening; rejects with the listen error (e.g. EADDRINUSE). */
export function startSignalingServer(options: SignalingServerOptions = {}): Promise<RunningSignalingServer> {
  const host = options.host ?? '127.0.0.1';
  const created = createSignalingServer(options.limits);
  return new Promise((resolve, reject) => {
    created.http.once('error', reject);
    created.http.listen(options.port ?? 4444, host, () => {
      created.http.off('error', reject);
      created.http.on('error', () => undefined);
      const { port } = created.http.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        server: created.http,
        host,
        port,
        url: `ws://${shownHost}:${port}`,
        stats: created.stats,
        close: () =>
          new Promise<void>((done) => {
            created.closeAll();
            created.http.close(() => done());
            created.http.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * Listen on `preferredPort`, else on the next few ports, else on any free port (the desktop
 * app hosting a room: a busy port must not stop the workshop).
 */
export async function startSignalingServerWithFallback(
  options: SignalingServerOptions & { readonly attempts?: number },
): Promise<RunningSignalingServer> {
  const first = options.port ?? 4444;
  const attempts = options.attempts ?? 5;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startSignalingServer({ ...options, port: first + i });
    } catch (error) {
      const code = isObject(error) ? error['code'] : undefined;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    }
  }
  return startSignalingServer({ ...options, port: 0 });
}
