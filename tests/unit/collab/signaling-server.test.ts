import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startSignalingServer, startSignalingServerWithFallback, TOPIC_INFO_TYPE, type RunningSignalingServer } from '../../../electron/main/signaling/server';
import { addressKey } from '../../../electron/main/signaling/limits';
import { signalingTopic } from '../../../shared/collab/signaling-topic';

const servers: RunningSignalingServer[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  for (const s of servers.splice(0)) await s.close();
});

async function start(limits = {}): Promise<RunningSignalingServer> {
  const server = await startSignalingServer({ host: '127.0.0.1', port: 0, limits });
  servers.push(server);
  return server;
}

/** A real WebSocket client that records the JSON it receives. */
async function client(url: string): Promise<{ ws: WebSocket; received: Record<string, unknown>[]; send(m: unknown): void; closed: Promise<number> }> {
  const ws = new WebSocket(url);
  sockets.push(ws);
  const received: Record<string, unknown>[] = [];
  ws.on('message', (data) => received.push(JSON.parse(data.toString()) as Record<string, unknown>));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, received, send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)), closed };
}

/** Wait (bounded) until `check` is true. */
async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const publishes = (received: Record<string, unknown>[]) => received.filter((m) => m['type'] === 'publish');

describe('signaling server (y-webrtc protocol)', () => {
  it('relays a publish to every subscriber of the topic, with the number of receivers', async () => {
    const server = await start();
    const a = await client(server.url);
    const b = await client(server.url);
    const c = await client(server.url);
    a.send({ type: 'subscribe', topics: ['room-1'] });
    b.send({ type: 'subscribe', topics: ['room-1'] });
    c.send({ type: 'subscribe', topics: ['room-2'] });
    await until(() => server.stats().topics === 2 && b.received.some((m) => m['subscribers'] === 2));
    a.send({ type: 'publish', topic: 'room-1', data: 'ciphertext' });
    await until(() => publishes(b.received).length === 1 && publishes(a.received).length === 1);
    expect(publishes(b.received)[0]).toEqual({ type: 'publish', topic: 'room-1', data: 'ciphertext', clients: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(publishes(c.received)).toEqual([]);
  });

  it('answers ping with pong', async () => {
    const server = await start();
    const a = await client(server.url);
    a.send({ type: 'ping' });
    await until(() => a.received.some((m) => m['type'] === 'pong'));
  });

  it('tells subscribers how many are in the topic, as peers come and go', async () => {
    const server = await start();
    const a = await client(server.url);
    a.send({ type: 'subscribe', topics: ['t'] });
    await until(() => a.received.some((m) => m['type'] === TOPIC_INFO_TYPE && m['subscribers'] === 1));
    const b = await client(server.url);
    b.send({ type: 'subscribe', topics: ['t'] });
    await until(() => a.received.some((m) => m['subscribers'] === 2));
    b.ws.close();
    await until(() => a.received.at(-1)?.['subscribers'] === 1);
    a.send({ type: 'unsubscribe', topics: ['t'] });
    await until(() => server.stats().topics === 0);
  });

  it('does not relay into a topic the sender is not subscribed to', async () => {
    const server = await start();
    const a = await client(server.url);
    const b = await client(server.url);
    b.send({ type: 'subscribe', topics: ['t'] });
    await until(() => server.stats().topics === 1);
    a.send({ type: 'publish', topic: 't', data: 'x' });
    a.send({ type: 'ping' });
    await until(() => a.received.some((m) => m['type'] === 'pong'));
    expect(publishes(b.received)).toEqual([]);
  });

  it('ignores malformed messages and stays up for everyone', async () => {
    const server = await start();
    const a = await client(server.url);
    const b = await client(server.url);
    b.send({ type: 'subscribe', topics: ['t'] });
    a.send({ type: 'subscribe', topics: ['t'] });
    for (const bad of ['not json', '{', 'null', '[1,2]', '42', '"str"', '{"type":"subscribe"}', '{"type":"subscribe","topics":"t"}', '{"type":"subscribe","topics":[1,null,{}]}', '{"type":"publish"}', '{"type":"publish","topic":{}}', '{"type":"whatever"}', `{"type":"subscribe","topics":["${'x'.repeat(300)}"]}`]) {
      a.send(bad);
    }
    a.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    a.send({ type: 'publish', topic: 't', data: 'still works' });
    await until(() => publishes(b.received).length === 1);
    expect(server.stats().ignored).toBeGreaterThanOrEqual(9);
    expect(server.stats().topics).toBe(1);
    const c = await client(server.url);
    c.send({ type: 'ping' });
    await until(() => c.received.some((m) => m['type'] === 'pong'));
  });

  it('closes a connection that sends a message over the size limit (1009), others unaffected', async () => {
    const server = await start({ maxMessageBytes: 1024 });
    const a = await client(server.url);
    const b = await client(server.url);
    a.send({ type: 'ping', pad: 'x'.repeat(2000) });
    expect(await a.closed).toBe(1009);
    b.send({ type: 'ping' });
    await until(() => b.received.some((m) => m['type'] === 'pong'));
  });

  it('rate-limits a flooding client: drops the excess, then disconnects it', async () => {
    // A slow refill, so a machine too busy to read the 40 pings at once still sees a flood.
    const server = await start({ burstMessages: 20, messagesPerSecond: 1, maxDroppedMessages: 50 });
    const a = await client(server.url);
    for (let i = 0; i < 40; i++) a.send({ type: 'ping' });
    await until(() => server.stats().rateLimited >= 15);
    expect(a.received.filter((m) => m['type'] === 'pong').length).toBeLessThanOrEqual(25);
    for (let i = 0; i < 100; i++) a.send({ type: 'ping' });
    expect(await a.closed).toBe(1008);
  });

  it('caps the topics one connection may join', async () => {
    const server = await start({ maxTopicsPerConnection: 3 });
    const a = await client(server.url);
    a.send({ type: 'subscribe', topics: ['a', 'b', 'c', 'd', 'e'] });
    a.send({ type: 'subscribe', topics: ['f'] });
    a.send({ type: 'ping' });
    await until(() => a.received.some((m) => m['type'] === 'pong'));
    expect(server.stats().topics).toBe(3);
  });

  it('closes connections that stop answering pings', async () => {
    const server = await start({ pingIntervalMs: 50 });
    const a = await client(server.url);
    // Stop the client's automatic pong replies.
    (a.ws as unknown as { _receiver: { removeAllListeners(e: string): void } })._receiver.removeAllListeners('ping');
    a.ws.pong = () => undefined;
    await a.closed;
    await until(() => server.stats().connections === 0);
  });

  it('falls back to the next port when the preferred one is busy', async () => {
    const first = await start();
    const second = await startSignalingServerWithFallback({ host: '127.0.0.1', port: first.port, attempts: 2 });
    servers.push(second);
    expect(second.port).not.toBe(first.port);
  });

  it('answers plain HTTP with a short text', async () => {
    const server = await start();
    const response = await fetch(server.url.replace('ws:', 'http:'));
    expect(await response.text()).toContain('Journey signaling');
  });
});

/** A client whose socket stops reading: what the server sends it piles up. */
async function slowReader(url: string, topic: string): Promise<{ ws: WebSocket }> {
  const c = await client(url);
  c.send({ type: 'subscribe', topics: [topic] });
  (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
  return c;
}

/** A raw connection attempt: the HTTP status the server answered the upgrade with (101 = accepted). */
function attempt(url: string, localAddress?: string): Promise<{ status: number; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, localAddress ? { localAddress } : {});
    sockets.push(ws);
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0, ws }));
    ws.once('error', () => resolve({ status: 0, ws }));
  });
}

describe('signaling server bounds what a client can cost', () => {
  it('drops subscribers that do not read, keeps what it holds for them bounded, and keeps serving those who read', async () => {
    const bound = 256 * 1024;
    const server = await start({ maxBufferedBytes: bound, burstMessages: 10_000, messagesPerSecond: 10_000, maxDroppedMessages: 10_000 });
    const slow = await Promise.all([0, 1, 2].map(() => slowReader(server.url, 'room')));
    const reader = await client(server.url);
    const publisher = await client(server.url);
    reader.send({ type: 'subscribe', topics: ['room'] });
    publisher.send({ type: 'subscribe', topics: ['room'] });
    await until(() => reader.received.some((m) => m['subscribers'] === 5));
    const data = 'x'.repeat(60_000);
    let sent = 0;
    let mostBuffered = 0;
    // Publish until the slow readers are gone (the kernel's socket buffers fill first).
    while (server.stats().slowDropped < slow.length && sent < 2000) {
      publisher.send({ type: 'publish', topic: 'room', data });
      sent++;
      await new Promise((r) => setTimeout(r, 2));
      mostBuffered = Math.max(mostBuffered, server.stats().bufferedBytes);
    }
    expect(server.stats().slowDropped).toBe(slow.length);
    await until(() => server.stats().connections === 2);
    // Never more than the bound (plus the message that crossed it) per client.
    expect(mostBuffered).toBeLessThanOrEqual((slow.length + 2) * (bound + 70_000));
    // The reader got every message, and the room now counts only those still in it.
    publisher.send({ type: 'publish', topic: 'room', data: 'after' });
    await until(() => publishes(reader.received).length === sent + 1, 10_000);
    expect(publishes(reader.received).at(-1)).toMatchObject({ data: 'after', clients: 2 });
  });

  it('caps connections per address with 429, while other addresses still get in', async () => {
    const server = await start({ maxConnectionsPerAddress: 3, maxConnections: 10 });
    const first = await Promise.all([0, 1, 2].map(() => attempt(server.url)));
    expect(first.map((a) => a.status)).toEqual([101, 101, 101]);
    expect((await attempt(server.url)).status).toBe(429);
    expect(server.stats().addressRefused).toBe(1);
    // A well-behaved client from another address (127.0.0.2 reaches 127.0.0.1 on Linux).
    const other = await attempt(server.url, '127.0.0.2');
    expect(other.status).toBe(101);
    other.ws.send(JSON.stringify({ type: 'ping' }));
    await new Promise<void>((resolve) => other.ws.once('message', () => resolve()));
    // A slot given back can be used again.
    first[0]!.ws.close();
    await until(() => server.stats().connections === 3);
    expect((await attempt(server.url)).status).toBe(101);
  });

  it('one address cannot take every slot: the total limit still leaves room for other addresses up to it', async () => {
    const server = await start({ maxConnectionsPerAddress: 4, maxConnections: 6 });
    const greedy = await Promise.all(Array.from({ length: 8 }, () => attempt(server.url)));
    expect(greedy.filter((a) => a.status === 101)).toHaveLength(4);
    expect(greedy.filter((a) => a.status === 429)).toHaveLength(4);
    const others = await Promise.all(['127.0.0.2', '127.0.0.3'].map((address) => attempt(server.url, address)));
    expect(others.map((a) => a.status)).toEqual([101, 101]);
    expect((await attempt(server.url, '127.0.0.4')).status).toBe(503);
  });

  it('counts IPv4 addresses as they are and IPv6 addresses by their /64', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8:aa:bb::9')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('the topic a room is known by on signaling servers', () => {
  it('is a hash of the room id, the same on every peer, different per room, never the id itself', () => {
    const room = '7K2QMXD9RT';
    const topic = signalingTopic(room);
    expect(topic).toMatch(/^[0-9a-f]{64}$/);
    expect(signalingTopic(room)).toBe(topic);
    expect(signalingTopic('7K2QMXD9RV')).not.toBe(topic);
    expect(topic.toLowerCase()).not.toContain(room.toLowerCase());
  });
});
