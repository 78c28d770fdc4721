/**
 * The "Yjs server" transport against y-websocket's PUBLISHED server (node_modules/y-websocket/bin/server.js,
 * run as a team would run it), on loopback: two docs converge through it, and a late doc gets everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addNote, applySnapshot, LOAD_ORIGIN, moveStage, readSnapshot, setNoteText } from '../../../shared/doc';
import { benchWorkspace, newWorkspace } from '../../../shared/model';

const require = createRequire(import.meta.url);
const serverDir = dirname(require.resolve('y-websocket/package.json'));
let child: ChildProcess;
let url: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

beforeAll(async () => {
  const port = await freePort();
  child = spawn(process.execPath, [join(serverDir, 'bin/server.js')], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('y-websocket server did not start')), 10_000);
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`y-websocket server exited with ${code}`)));
  });
  url = `ws://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    await new Promise<void>((done) => {
      child.on('exit', () => done());
      child.kill('SIGTERM');
    });
  }
});

const providers: WebsocketProvider[] = [];
function connect(doc: Y.Doc, room: string): WebsocketProvider {
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
  providers.push(provider);
  return provider;
}
afterAll(() => {
  for (const p of providers) p.destroy();
});

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("y-websocket's published server as the Yjs server", () => {
  it('runs on the same Yjs major version as the app (13)', () => {
    const ours = (JSON.parse(readFileSync(require.resolve('yjs/package.json'), 'utf8')) as { version: string }).version;
    const serverYjs = createRequire(join(serverDir, 'bin/server.js')).resolve('yjs/package.json');
    const theirs = (JSON.parse(readFileSync(serverYjs, 'utf8')) as { version: string }).version;
    const peer = (JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { peerDependencies: { yjs: string } }).peerDependencies.yjs;
    expect(ours.split('.')[0]).toBe('13');
    expect(theirs.split('.')[0]).toBe('13');
    expect(peer).toMatch(/^\^13\./);
  });

  it('two workspaces converge through it, and a late joiner starting empty gets everything', async () => {
    const room = `journey-test-${Date.now()}`;
    const a = new Y.Doc();
    applySnapshot(a, newWorkspace('en', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    const pa = connect(a, room);
    await until(() => pa.synced);
    const b = new Y.Doc();
    const pb = connect(b, room);
    await until(() => pb.synced && readSnapshot(b) !== null);
    const snap = readSnapshot(a)!;
    const board = snap.boards[0]!.id;
    // Concurrent edits on both sides.
    const n1 = addNote(a, { boardId: board, stageId: snap.stages[0]!.id, laneId: snap.lanes[0]!.id, text: 'from a', author: 'a' })!;
    const n2 = addNote(b, { boardId: board, stageId: snap.stages[1]!.id, laneId: snap.lanes[1]!.id, text: 'from b', author: 'b' })!;
    moveStage(b, snap.stages[0]!.id, null);
    await until(() => JSON.stringify(readSnapshot(a)) === JSON.stringify(readSnapshot(b)) && readSnapshot(a)!.notes.length === 2);
    setNoteText(a, n2, 'from b, edited by a');
    const c = new Y.Doc();
    const pc = connect(c, room);
    await until(() => pc.synced && JSON.stringify(readSnapshot(c)) === JSON.stringify(readSnapshot(a)));
    const final = readSnapshot(c)!;
    expect(final.notes.map((n) => n.text).sort()).toEqual(['from a', 'from b, edited by a']);
    expect(final.notes.find((n) => n.id === n1)).toBeDefined();
    expect(final.boards).toHaveLength(1);
    expect(final.stages.at(-1)!.id).toBe(snap.stages[0]!.id);
  });

  it('a guest starting empty receives a 5,000-note workspace (a 2 MB state, one WebSocket message) and sends a big update back', async () => {
    const room = `journey-big-${Date.now()}`;
    const a = new Y.Doc();
    applySnapshot(a, benchWorkspace(5000), LOAD_ORIGIN);
    expect(Y.encodeStateAsUpdate(a).byteLength).toBeGreaterThan(1024 * 1024);
    const pa = connect(a, room);
    await until(() => pa.synced, 20_000);
    const b = new Y.Doc();
    const pb = connect(b, room);
    await until(() => pb.synced && (readSnapshot(b)?.notes.length ?? 0) === 5000, 20_000);
    // A big later update from the guest: 300 notes pasted in one transaction.
    const snap = readSnapshot(b)!;
    let bytes = 0;
    b.once('update', (u: Uint8Array) => (bytes = u.byteLength));
    b.transact(() => {
      for (let i = 0; i < 300; i++) addNote(b, { boardId: snap.boards[0]!.id, stageId: snap.stages[0]!.id, laneId: snap.lanes[0]!.id, text: `pasted ${i} ${'·'.repeat(200)}`, author: 'b' });
    });
    expect(bytes).toBeGreaterThan(64 * 1024);
    await until(() => (readSnapshot(a)?.notes.length ?? 0) === 5300, 20_000);
    expect(JSON.stringify(readSnapshot(a))).toBe(JSON.stringify(readSnapshot(b)));
  }, 60_000);
});
