/**
 * Room-server test rig (unit tests, e2e tests, `npm run bench:rooms`): a real `redis-server` on a
 * loopback port in a temp dir, room-server instances (server/, on the Node 22 of server/node_modules)
 * and Node clients that use the APP's own Hocuspocus transport (renderer/src/collab/hocuspocus-transport.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { hocuspocusTransport, type HocuspocusTransport } from '../../renderer/src/collab/hocuspocus-transport';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_DIR = join(ROOT, 'server');
const CLI = join(SERVER_DIR, 'src/cli.ts');

/** server/node_modules/.bin/node (Node 22), installing server/'s packages the first time, as `npm run room-server` does. */
export function serverNode(): string {
  const bin = join(SERVER_DIR, 'node_modules/.bin/node');
  if (!existsSync(bin) || !existsSync(join(SERVER_DIR, 'node_modules/@hocuspocus/server'))) {
    const result = spawnSync(process.execPath, [join(SERVER_DIR, 'launch.mjs'), '--help'], { stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(bin)) throw new Error('Could not install server/ (npm ci --prefix server)');
  }
  return bin;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

interface Proc {
  readonly child: ChildProcess;
  output: string;
}

function waitFor(proc: Proc, pattern: RegExp, what: string, ms = 20_000): Promise<RegExpExecArray> {
  return new Promise((done, reject) => {
    const check = () => {
      const match = pattern.exec(proc.output);
      if (match) {
        clearTimeout(timer);
        proc.child.stdout?.off('data', check);
        proc.child.stderr?.off('data', check);
        proc.child.off('exit', onExit);
        done(match);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`${what} exited (${code}):\n${proc.output}`));
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${ms} ms:\n${proc.output}`)), ms);
    proc.child.stdout?.on('data', check);
    proc.child.stderr?.on('data', check);
    proc.child.on('exit', onExit);
    check();
  });
}

function track(child: ChildProcess): Proc {
  const proc: Proc = { child, output: '' };
  child.stdout?.on('data', (chunk: Buffer) => (proc.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (proc.output += chunk.toString()));
  return proc;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });
}

export interface RedisHandle {
  readonly url: string;
  stop(): Promise<void>;
}

/** Debian's redis-server (`apt-get install redis-server`; .ci/run installs it). */
export async function startRedis(): Promise<RedisHandle> {
  const bin = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p)) ?? 'redis-server';
  const port = await freePort();
  const dir = tempDir('journey-redis-');
  const proc = track(spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] }));
  proc.child.on('error', (error) => (proc.output += `\n${error.message} (install it: apt-get install redis-server)`));
  await waitFor(proc, /Ready to accept connections/, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: async () => void (await stopChild(proc.child, 'SIGTERM')) };
}

export interface InstanceOptions {
  readonly port?: number;
  readonly redis?: string | null;
  readonly sqlite: string;
  readonly secretFile: string;
  readonly name?: string;
  readonly args?: readonly string[];
  /** Flags for Node itself (e.g. --expose-gc for the memory benchmark). */
  readonly nodeArgs?: readonly string[];
}

export interface Instance {
  readonly url: string;
  readonly http: string;
  readonly port: number;
  readonly proc: Proc;
  /** SIGTERM: graceful (stores every open room). */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
  metrics(gc?: boolean): Promise<Record<string, number>>;
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const port = options.port ?? (await freePort());
  const args = [...(options.nodeArgs ?? []), '--disable-warning=ExperimentalWarning', CLI, '--port', String(port), '--host', '127.0.0.1', '--sqlite', options.sqlite, '--secret-file', options.secretFile, '--name', options.name ?? `test-${port}`, ...(options.redis ? ['--redis', options.redis] : []), ...(options.args ?? [])];
  const proc = track(spawn(serverNode(), args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  await waitFor(proc, /Journey room server at ws:\/\/\S+/, 'room-server');
  const http = `http://127.0.0.1:${port}`;
  return {
    url: `ws://127.0.0.1:${port}`,
    http,
    port,
    proc,
    stop: () => stopChild(proc.child, 'SIGTERM'),
    kill: async () => void (await stopChild(proc.child, 'SIGKILL')),
    metrics: async (gc = false) => (await (await fetch(`${http}/healthz${gc ? '?gc=1' : ''}`)).json()) as Record<string, number>,
  };
}

/** `room-server secret` then `room-server token` (what an admin runs). */
export function cli(args: readonly string[]): string {
  const result = spawnSync(serverNode(), ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`room-server ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout.trim();
}

export function issueToken(secretFile: string, room: string, extra: readonly string[] = []): string {
  return cli(['token', '--room', room, '--secret-file', secretFile, ...extra]);
}

export interface NodeClient {
  readonly doc: Y.Doc;
  readonly transport: HocuspocusTransport;
  changes: number;
  destroy(): Promise<void>;
}

/** A participant in Node: a Y.Doc synced through the app's Hocuspocus transport. */
export function nodeClient(url: string, room: string, token: string | null, doc = new Y.Doc()): NodeClient {
  const client: NodeClient = {
    doc,
    transport: null as unknown as HocuspocusTransport,
    changes: 0,
    destroy: async () => {
      await client.transport.destroy();
    },
  };
  (client as { transport: HocuspocusTransport }).transport = hocuspocusTransport(doc, { url, room, token, WebSocketPolyfill: WebSocket }, () => client.changes++);
  return client;
}

export async function until(check: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
