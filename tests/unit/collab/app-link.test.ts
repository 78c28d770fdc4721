import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../electron/fake-electron')).electronModule);

import { appJoinLink } from '../../../shared/collab/codes';
import { fake, fakeEvent, FakeBrowserWindow, flush, resetFake } from '../electron/fake-electron';

const argv = process.argv;
let dir: string;
const join1 = { room: 'ROOMROOM12', password: 'PASSPASS12', signaling: ['ws://192.168.1.20:4444'] };
const join2 = { room: 'OTHERROOM2', password: 'OTHERPASS2', signaling: ['wss://signal.example.org'] };

beforeEach(async () => {
  resetFake();
  vi.resetModules();
  dir = await mkdtemp(join(tmpdir(), 'journey-link-'));
  fake.app.paths = { userData: join(dir, 'userData'), documents: dir };
});
afterEach(async () => {
  process.argv = argv;
  await rm(dir, { recursive: true, force: true });
});

async function start(args: string[]) {
  process.argv = ['/usr/bin/journey', ...args];
  await import('../../../electron/main/index');
  await flush();
}
const takeJoin = (window: FakeBrowserWindow) => fake.ipcMain.invoke(window.webContents, 'room:takePendingJoin');

describe('journey:// join links open the desktop app in the session', () => {
  it('a link on the command line joins from the first window, once', async () => {
    await start(['--some-switch', appJoinLink(join1)]);
    const [window] = FakeBrowserWindow.windows;
    expect(await takeJoin(window!)).toEqual(join1);
    expect(await takeJoin(window!)).toBeNull();
  });

  it('a link handed to a second instance (Windows, Linux) or through open-url (macOS) opens a new joining window', async () => {
    await start([]);
    expect(await takeJoin(FakeBrowserWindow.windows[0]!)).toBeNull();
    fake.app.emit('second-instance', fakeEvent(), ['/usr/bin/journey', appJoinLink(join1)], dir, {});
    expect(FakeBrowserWindow.windows).toHaveLength(2);
    expect(await takeJoin(FakeBrowserWindow.windows[1]!)).toEqual(join1);
    const event = fakeEvent();
    fake.app.emit('open-url', event, appJoinLink(join2));
    expect(event.defaultPrevented).toBe(true);
    expect(FakeBrowserWindow.windows).toHaveLength(3);
    expect(await takeJoin(FakeBrowserWindow.windows[2]!)).toEqual(join2);
    // A malformed link opens nothing.
    fake.app.emit('open-url', fakeEvent(), 'journey://join?room=x');
    expect(FakeBrowserWindow.windows).toHaveLength(3);
  });
});
