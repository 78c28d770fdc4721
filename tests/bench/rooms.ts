/**
 * `npm run bench:rooms`: room-server figures (numbers, no pass/fail), Node only, on loopback:
 * - sync latency across instances: a real redis-server, two room-server instances, 30 clients
 *   (the app's Hocuspocus transport; 15 per instance). One client at a time (alternating
 *   instances) adds a note; every other client's time until that update arrives is one sample
 *   (29 per edit; 14 of them crossed Redis to the other instance).
 * - server memory per open 1,000-note room: one instance (--expose-gc), N rooms of 1,000 notes
 *   each held open by one client; heap and RSS growth over N, after garbage collection.
 * `benchRooms()` is exported so `npm run bench` can print the same figures.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { addNote, applySnapshot, LOAD_ORIGIN, readSnapshot } from '../../shared/doc';
import { benchWorkspace, newWorkspace } from '../../shared/model';
import { cli, issueToken, nodeClient, startInstance, startRedis, tempDir, until, type NodeClient } from '../rooms/rig';
import { quantile, round } from './stats';

export interface RoomFigures {
  readonly roomSyncP50Ms: number;
  readonly roomSyncP95Ms: number;
  /** Samples that crossed Redis (writer and reader on different instances). */
  readonly roomSyncCrossP95Ms: number;
  readonly samples: number;
  readonly roomHeapPer1kNotesMB: number;
  readonly roomRssPer1kNotesMB: number;
  readonly roomStateBytes1k: number;
}

export async function benchRooms(options: { clients?: number; edits?: number; rooms?: number } = {}): Promise<RoomFigures> {
  const count = options.clients ?? 30;
  const edits = options.edits ?? 60;
  const roomsOpen = options.rooms ?? 20;
  const dir = tempDir('journey-bench-rooms-');
  const secretFile = join(dir, 'secrets');
  cli(['secret', '--secret-file', secretFile]);
  const redis = await startRedis();
  const clients: NodeClient[] = [];
  const [a, b] = await Promise.all([
    startInstance({ redis: redis.url, sqlite: join(dir, 'rooms.sqlite'), secretFile, name: 'bench-a' }),
    startInstance({ redis: redis.url, sqlite: join(dir, 'rooms.sqlite'), secretFile, name: 'bench-b', nodeArgs: ['--expose-gc'] }),
  ]);
  try {
    // Latency across instances.
    const room = 'bench-latency';
    const token = issueToken(secretFile, room);
    const seed = new Y.Doc();
    applySnapshot(seed, newWorkspace('en', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    for (let i = 0; i < count; i++) clients.push(nodeClient((i % 2 ? b : a).url, room, token, i === 0 ? seed : undefined));
    await until(() => clients.every((c) => readSnapshot(c.doc) !== null && c.transport.serverConnected()), 60_000, 'clients synced');
    const snap = readSnapshot(seed)!;
    let editStart = 0;
    let pending = new Map<NodeClient, number>();
    const arrived = new Map<NodeClient, number>();
    for (const c of clients) c.doc.on('update', (_u: Uint8Array, origin: unknown) => origin !== LOAD_ORIGIN && pending.has(c) && !arrived.has(c) && arrived.set(c, performance.now()));
    const all: number[] = [];
    const cross: number[] = [];
    for (let e = 0; e < edits; e++) {
      const writer = e % count;
      pending = new Map(clients.filter((_, i) => i !== writer).map((c) => [c, 0]));
      arrived.clear();
      editStart = performance.now();
      addNote(clients[writer]!.doc, { boardId: snap.boards[0]!.id, stageId: snap.stages[e % 5]!.id, laneId: snap.lanes[e % 4]!.id, text: `edit ${e}`, author: 'bench' });
      await until(() => arrived.size === count - 1, 20_000, `edit ${e} everywhere`);
      clients.forEach((c, i) => {
        if (i === writer) return;
        const ms = arrived.get(c)! - editStart;
        all.push(ms);
        if (i % 2 !== writer % 2) cross.push(ms);
      });
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(clients.splice(0).map((c) => c.destroy()));

    // Memory per open 1,000-note room (instance b, no other rooms open now).
    await new Promise((r) => setTimeout(r, 1500));
    const big = new Y.Doc();
    applySnapshot(big, benchWorkspace(1000), LOAD_ORIGIN);
    const state = Y.encodeStateAsUpdate(big);
    const before = await b.metrics(true);
    for (let r = 0; r < roomsOpen; r++) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      clients.push(nodeClient(b.url, `bench-memory-${r}`, issueToken(secretFile, `bench-memory-${r}`), doc));
    }
    await until(async () => (await b.metrics()).openRooms === roomsOpen && clients.every((c) => c.transport.serverConnected()), 60_000, 'rooms open');
    await new Promise((r) => setTimeout(r, 2000));
    const after = await b.metrics(true);
    const mb = (bytes: number) => bytes / 2 ** 20;
    return {
      roomSyncP50Ms: round(quantile(all, 0.5)),
      roomSyncP95Ms: round(quantile(all, 0.95)),
      roomSyncCrossP95Ms: round(quantile(cross, 0.95)),
      samples: all.length,
      roomHeapPer1kNotesMB: round(mb(after['heapUsedBytes']! - before['heapUsedBytes']!) / roomsOpen, 2),
      roomRssPer1kNotesMB: round(mb(after['rssBytes']! - before['rssBytes']!) / roomsOpen, 2),
      roomStateBytes1k: state.byteLength,
    };
  } finally {
    await Promise.all(clients.map((c) => c.destroy()));
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchRooms().then(
    (f) => {
      console.log('Room server (Hocuspocus 4, Node 22): redis-server and two instances on loopback');
      console.log(`  sync latency, 30 clients across 2 instances  p50 ${f.roomSyncP50Ms} ms   p95 ${f.roomSyncP95Ms} ms   (cross-instance p95 ${f.roomSyncCrossP95Ms} ms; ${f.samples} samples)`);
      console.log(`  memory per open 1,000-note room             heap ${f.roomHeapPer1kNotesMB} MB, RSS ${f.roomRssPer1kNotesMB} MB   (Yjs state ${f.roomStateBytes1k} B)`);
      console.log(JSON.stringify(f));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
