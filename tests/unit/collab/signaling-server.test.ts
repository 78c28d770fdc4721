import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startSignalingServer, startSignalingServerWithFallback, TOPIC_INFO_TYPE, type RunningSignalingServer } from '../../../electron/main/signaling/server';

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
    const server = await start({ burstMessages: 20, messagesPerSecond: 10, maxDroppedMessages: 50 });
    const a = await client(server.url);
    for (let i = 0; i < 30; i++) a.send({ type: 'ping' });
    await until(() => server.stats().rateLimited >= 10);
    expect(a.received.filter((m) => m['type'] === 'pong').length).toBeLessThanOrEqual(21);
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
