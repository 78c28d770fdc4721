/**
 * The room server (server/, Hocuspocus 4 on Node 22) with a real redis-server, two instances on
 * loopback sharing one SQLite file, and Node clients using the app's Hocuspocus transport.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, applySnapshot, LOAD_ORIGIN, readSnapshot, setNoteText } from '../../../shared/doc';
import { benchWorkspace, newWorkspace } from '../../../shared/model';
import { cli, issueToken, nodeClient, startInstance, startRedis, tempDir, until, type Instance, type NodeClient, type RedisHandle } from '../../rooms/rig';

let redis: RedisHandle;
let dir: string;
let secretFile: string;
let sqlite: string;
let a: Instance;
let b: Instance;
const clients: NodeClient[] = [];
const instances: Instance[] = [];

function client(instance: Instance, room: string, token: string | null, doc?: Y.Doc): NodeClient {
  const c = nodeClient(instance.url, room, token, doc);
  clients.push(c);
  return c;
}

async function start(name: string, args: string[] = [], withRedis = true): Promise<Instance> {
  const instance = await startInstance({ redis: withRedis ? redis.url : null, sqlite, secretFile, name, args });
  instances.push(instance);
  return instance;
}

const snapshotOf = (doc: Y.Doc) => JSON.stringify(readSnapshot(doc));

beforeAll(async () => {
  redis = await startRedis();
  dir = tempDir('journey-rooms-');
  secretFile = join(dir, 'secrets');
  sqlite = join(dir, 'rooms.sqlite');
  cli(['secret', '--secret-file', secretFile]);
  [a, b] = await Promise.all([start('a'), start('b')]);
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  await Promise.all(instances.map((i) => i.stop()));
  await redis?.stop();
}, 60_000);

describe('room tokens', () => {
  it('refuses a client without a valid token, and it receives nothing of the room', async () => {
    const room = `secret-${Date.now()}`;
    const owner = new Y.Doc();
    applySnapshot(owner, newWorkspace('ru', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    const host = client(a, room, issueToken(secretFile, room));
    await until(() => host.transport.serverConnected(), 20_000, 'host connected');
    Y.applyUpdate(host.doc, Y.encodeStateAsUpdate(owner));

    const otherDir = tempDir('journey-other-');
    cli(['secret', '--secret-file', join(otherDir, 's')]);
    const cases: Array<[string | null, RegExp]> = [
      [null, /no token/],
      ['garbage', /not a room token/],
      [issueToken(join(otherDir, 's'), room), /bad signature/],
      [issueToken(secretFile, `${room}-other`), /another room/],
      [issueToken(secretFile, room).replace(/\.[^.]+$/, '.AAAA'), /bad signature/],
    ];
    const refused = cases.map(([token]) => client(b, room, token));
    await until(() => refused.every((c) => c.transport.refusal() !== null), 20_000, 'refusals');
    refused.forEach((c, i) => {
      expect(c.transport.refusal()).toMatchObject({ kind: 'token', reason: expect.stringMatching(cases[i]![1]) });
      expect(c.transport.serverConnected()).toBe(false);
      expect(readSnapshot(c.doc)).toBeNull();
    });
    // An expired token (issued for ~1 s).
    const shortLived = issueToken(secretFile, room, ['--days', '0.00001']);
    await new Promise((r) => setTimeout(r, 1500));
    const late = client(a, room, shortLived);
    await until(() => late.transport.refusal() !== null, 20_000, 'expired refusal');
    expect(late.transport.refusal()).toMatchObject({ reason: 'token expired' });
    expect(((await a.metrics()).refusedToken ?? 0) + ((await b.metrics()).refusedToken ?? 0)).toBeGreaterThanOrEqual(6);
    // And the right token, on the other instance, gets the room.
    const guest = client(b, room, issueToken(secretFile, room));
    await until(() => snapshotOf(guest.doc) === snapshotOf(owner), 20_000, 'guest synced');
  }, 60_000);

  it('a read-only token gets the room but the server drops its edits', async () => {
    const room = `readonly-${Date.now()}`;
    const writer = client(a, room, issueToken(secretFile, room));
    applySnapshot(writer.doc, newWorkspace('id', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    const reader = client(b, room, issueToken(secretFile, room, ['--read-only']));
    await until(() => snapshotOf(reader.doc) === snapshotOf(writer.doc), 20_000, 'reader synced');
    expect(reader.transport.readOnly()).toBe(true);
    const snap = readSnapshot(reader.doc)!;
    addNote(reader.doc, { boardId: snap.boards[0]!.id, stageId: snap.stages[0]!.id, laneId: snap.lanes[0]!.id, text: 'не должно попасть', author: 'r' });
    const later = client(a, room, issueToken(secretFile, room));
    await until(() => readSnapshot(later.doc) !== null, 20_000, 'late joiner synced');
    await new Promise((r) => setTimeout(r, 500));
    expect(readSnapshot(writer.doc)!.notes).toHaveLength(0);
    expect(readSnapshot(later.doc)!.notes).toHaveLength(0);
  }, 60_000);
});

describe('two instances behind one Redis', () => {
  it('a 5,000-note workspace put in through one instance arrives whole through the other, and a big paste travels back', async () => {
    const room = `big-${Date.now()}`;
    const token = issueToken(secretFile, room);
    const source = new Y.Doc();
    applySnapshot(source, benchWorkspace(5000), LOAD_ORIGIN);
    expect(Y.encodeStateAsUpdate(source).byteLength).toBeGreaterThan(1024 * 1024);
    const host = client(a, room, token, source);
    await until(() => host.transport.serverConnected(), 20_000, 'host connected');
    const guest = client(b, room, token);
    await until(() => (readSnapshot(guest.doc)?.notes.length ?? 0) === 5000, 40_000, '5,000 notes on the guest');
    const snap = readSnapshot(guest.doc)!;
    guest.doc.transact(() => {
      for (let i = 0; i < 300; i++) addNote(guest.doc, { boardId: snap.boards[0]!.id, stageId: snap.stages[i % 10]!.id, laneId: snap.lanes[0]!.id, text: `Tempel ${i} ${'·'.repeat(200)}`, author: 'g' });
    });
    await until(() => (readSnapshot(source)?.notes.length ?? 0) === 5300, 40_000, 'paste back on the host');
    expect(snapshotOf(source)).toBe(snapshotOf(guest.doc));
  }, 120_000);

  it('a room survives both instances stopping (SIGTERM stores it) and comes back from SQLite', async () => {
    const room = `persist-${Date.now()}`;
    const token = issueToken(secretFile, room);
    const one = client(a, room, token);
    applySnapshot(one.doc, newWorkspace('en', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    const two = client(b, room, token);
    await until(() => readSnapshot(two.doc) !== null, 20_000, 'second synced');
    const snap = readSnapshot(two.doc)!;
    const note = addNote(two.doc, { boardId: snap.boards[0]!.id, stageId: snap.stages[0]!.id, laneId: snap.lanes[0]!.id, text: 'Сохранится', author: 'two' })!;
    setNoteText(one.doc, note, 'Сохранится');
    await until(() => snapshotOf(one.doc) === snapshotOf(two.doc), 20_000, 'converged');
    const expected = snapshotOf(one.doc);
    // Clients leave first (nobody holds a copy), then both instances stop gracefully, at once.
    for (const c of [one, two]) await c.destroy();
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
    [a, b] = await Promise.all([start('a2'), start('b2')]);
    const back = client(b, room, token);
    await until(() => snapshotOf(back.doc) === expected, 20_000, 'room back from SQLite');
    expect(readSnapshot(back.doc)!.notes.map((n) => n.text)).toEqual(['Сохранится']);
  }, 90_000);
});

describe('limits, health and metrics', () => {
  it('refuses connections past the per-address limit and updates that would grow a room past its size limit', async () => {
    const small = await start('small', ['--max-per-address', '3', '--max-document-mb', '1'], false);
    const room = `limit-${Date.now()}`;
    const token = issueToken(secretFile, room);
    const ok = [client(small, room, token), client(small, room, token), client(small, room, token)];
    await until(() => ok.every((c) => c.transport.serverConnected()), 20_000, 'three connected');
    // A fourth WebSocket upgrade from this address gets 429 before any handshake.
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(small.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'));
      socket.once('data', (chunk) => (resolve(chunk.toString().split('\r\n')[0]!), socket.destroy()));
      socket.once('error', reject);
    });
    expect(status).toBe('HTTP/1.1 429 Too Many Requests');
    const fourth = client(small, room, token);
    await new Promise((r) => setTimeout(r, 1500));
    expect(fourth.transport.serverConnected()).toBe(false);
    expect((await small.metrics()).refusedAddress).toBeGreaterThanOrEqual(1);
    await fourth.destroy();
    // 5,000 notes is a ~2 MB state: over the 1 MiB limit.
    applySnapshot(ok[0]!.doc, benchWorkspace(5000), LOAD_ORIGIN);
    await until(() => ok[0]!.transport.refusal()?.kind === 'too-large', 20_000, 'too-large refusal');
    expect(readSnapshot(ok[1]!.doc)).toBeNull();
    const metrics = await (await fetch(`${small.http}/metrics`)).text();
    expect(metrics).toMatch(/^journey_rooms_refused_too_large [1-9]/m);
    expect(metrics).toMatch(/^journey_rooms_rss_bytes \d+/m);
    const health = await small.metrics();
    expect(health).toMatchObject({ ok: true, redis: false });
  }, 60_000);
});
