import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';

vi.mock('electron', async () => (await import('../electron/fake-electron')).electronModule);

import type { BrowserWindow } from 'electron';
import type { HostedRoom, RoomResult } from '../../../shared/host-api';
import { parseCode, parseJoinLink } from '../../../shared/collab/codes';
import { queueJoinFor, registerRoomHandlers, type RoomHost } from '../../../electron/main/handlers/room';
import { createIpc } from '../../../electron/main/ipc';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { WindowRegistry } from '../../../electron/main/window-registry';
import { fake, FakeBrowserWindow, resetFake } from '../electron/fake-electron';

let dir: string;
let rooms: RoomHost;
let registry: WindowRegistry;
const source = rendererSource('/app/out/renderer', undefined, true);

beforeEach(async () => {
  resetFake();
  dir = await mkdtemp(join(tmpdir(), 'journey-room-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Journey</title>');
  registry = new WindowRegistry();
  const ipc = createIpc({ windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) }, () => undefined);
  rooms = registerRoomHandlers(ipc, { rendererRoot: dir, listenHost: '127.0.0.1', addresses: () => ['127.0.0.1'] });
});
afterEach(async () => {
  await rooms.stop();
  await rm(dir, { recursive: true, force: true });
});

function appWindow() {
  const window = new FakeBrowserWindow();
  void window.loadURL('app://journey/index.html');
  registry.add(window as unknown as BrowserWindow, null);
  return Object.assign((channel: string, ...args: unknown[]) => fake.ipcMain.invoke(window.webContents, channel, args), { window });
}

async function pingPong(url: string): Promise<boolean> {
  const ws = new WebSocket(url);
  try {
    return await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => resolve(false), 2000);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'ping' })));
      ws.on('message', (data) => {
        clearTimeout(timer);
        resolve((JSON.parse(data.toString()) as { type: string }).type === 'pong');
      });
      ws.on('error', reject);
    });
  } finally {
    ws.terminate();
  }
}

describe('room:* handlers (hosting from the desktop app)', () => {
  it('starts signaling and the renderer server, returns link, code and addresses', async () => {
    const call = appWindow();
    const result = (await call('room:host', { signalingPort: 0, webPort: 0 })) as RoomResult;
    expect(result.ok).toBe(true);
    const room = (result as { value: HostedRoom }).value;
    expect(room.room).toMatch(/^[0-9A-Z]{10}$/);
    expect(room.password).toMatch(/^[0-9A-Z]{10}$/);
    expect(parseCode(room.code)).toEqual({ room: room.room, password: room.password });
    expect(room.signalingUrls[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(await pingPong(room.localSignalingUrl)).toBe(true);
    expect(await pingPong(room.signalingUrls[0]!)).toBe(true);
    // The join link opens the served renderer with the room's parameters.
    const link = parseJoinLink(room.joinUrl!);
    expect(link).toEqual({ room: room.room, password: room.password, signaling: room.signalingUrls });
    const page = await fetch(room.joinUrl!);
    expect(await page.text()).toContain('<title>Journey</title>');
    expect(await call('room:status')).toEqual(room);
    // Hosting again while hosting returns the same room (one room per window).
    expect(await call('room:host', {})).toEqual({ ok: true, value: room });
  });

  it('one room per window: its own secrets and servers; Stop or closing the window ends only its own', async () => {
    const a = appWindow();
    const b = appWindow();
    const roomA = ((await a('room:host', { signalingPort: 0, webPort: 0 })) as { value: HostedRoom }).value;
    const roomB = ((await b('room:host', { signalingPort: 0, webPort: 0 })) as { value: HostedRoom }).value;
    expect(roomB.room).not.toBe(roomA.room);
    expect(roomB.password).not.toBe(roomA.password);
    expect(roomB.localSignalingUrl).not.toBe(roomA.localSignalingUrl);
    expect(await a('room:status')).toEqual(roomA);
    expect(await b('room:status')).toEqual(roomB);
    await b('room:stop');
    expect(await b('room:status')).toBeNull();
    expect(await a('room:status')).toEqual(roomA);
    expect(await pingPong(roomA.localSignalingUrl)).toBe(true);
    await expect(pingPong(roomB.localSignalingUrl)).rejects.toThrow();
    // Closing a window ends its session's servers.
    a.window.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(pingPong(roomA.localSignalingUrl)).rejects.toThrow();
    expect(rooms.current()).toBeNull();
  });

  it('stops both servers', async () => {
    const call = appWindow();
    const { value: room } = (await call('room:host', { signalingPort: 0, webPort: 0 })) as { value: HostedRoom };
    await call('room:stop');
    expect(await call('room:status')).toBeNull();
    await expect(pingPong(room.localSignalingUrl)).rejects.toThrow();
    await expect(fetch(room.joinUrl!)).rejects.toThrow();
  });

  it('new rooms get new secrets', async () => {
    const call = appWindow();
    const first = ((await call('room:host', { signalingPort: 0, webPort: 0 })) as { value: HostedRoom }).value;
    await call('room:stop');
    const second = ((await call('room:host', { signalingPort: 0, webPort: 0 })) as { value: HostedRoom }).value;
    expect(second.room).not.toBe(first.room);
    expect(second.password).not.toBe(first.password);
  });

  it('has no join link when there is no built renderer to serve', async () => {
    await rooms.stop();
    resetFake();
    const ipc = createIpc({ windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) }, () => undefined);
    rooms = registerRoomHandlers(ipc, { rendererRoot: join(dir, 'missing'), listenHost: '127.0.0.1', addresses: () => ['127.0.0.1'] });
    const result = (await appWindow()('room:host', { signalingPort: 0 })) as { value: HostedRoom };
    expect(result.value.joinUrl).toBeNull();
    expect(await pingPong(result.value.localSignalingUrl)).toBe(true);
  });

  it('refuses malformed options and callers that are not an app window', async () => {
    const call = appWindow();
    await expect(call('room:host', { signalingPort: 'x' })).rejects.toThrow(/invalid arguments/);
    await expect(call('room:host', { signalingPort: 70000 })).rejects.toThrow(/invalid arguments/);
    await expect(call('room:host', { root: '/etc' })).rejects.toThrow(/invalid arguments/);
    await expect(call('room:host')).rejects.toThrow(/invalid arguments/);
    const stranger = new FakeBrowserWindow();
    await expect(fake.ipcMain.invoke(stranger.webContents, 'room:host', [{}])).rejects.toThrow(/not one of the app windows/);
    expect(rooms.current()).toBeNull();
  });

  it('hands a window the journey:// join link it was opened for, once, and only to that window', async () => {
    const call = appWindow();
    const other = appWindow();
    const join = { room: 'ROOMROOM12', password: 'PASSPASS12', signaling: ['ws://192.168.1.20:4444'] };
    queueJoinFor(call.window.webContents.id, join);
    expect(await other('room:takePendingJoin')).toBeNull();
    expect(await call('room:takePendingJoin')).toEqual(join);
    expect(await call('room:takePendingJoin')).toBeNull();
  });
});
