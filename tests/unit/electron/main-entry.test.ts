/**
 * The main-process entry, run against the fake `electron`: lifecycle wiring, the single-instance
 * lock, files handed over at launch / by a second instance / by macOS 'open-file'.
 */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../electron/channels';
import { recentFileId } from '../../../shared/recent-id';
import { fake, fakeEvent, FakeBrowserWindow, flush, resetFake } from './fake-electron';

let dir: string;
const argv = process.argv;

beforeEach(async () => {
  resetFake();
  vi.resetModules();
  dir = await mkdtemp(join(tmpdir(), 'journey-main-'));
  fake.app.paths = { userData: join(dir, 'userData'), documents: dir };
});
afterEach(async () => {
  process.argv = argv;
  await rm(dir, { recursive: true, force: true });
});

async function start(args: string[] = []) {
  process.argv = ['/usr/bin/journey', ...args];
  await import('../../../electron/main/index');
  await flush();
}

/** The last native menu's File ▸ Open Recent submenu. */
function recentSubmenu(): Electron.MenuItemConstructorOptions[] {
  const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
  const file = template.find((m) => m.label === '&File');
  const items = Array.isArray(file?.submenu) ? file.submenu : [];
  const recent = items.find((i) => i.label === 'Open Recent');
  return Array.isArray(recent?.submenu) ? recent.submenu : [];
}
const recentItems = () => recentSubmenu().map((i) => i.label ?? i.type);

describe('main entry', () => {
  it('on ready: applies the session policy, registers every channel, sets the menu, opens a secure window', async () => {
    await start();
    expect(fake.session.defaultSession.headersListener).not.toBeNull();
    expect(fake.session.defaultSession.permissionRequest).not.toBeNull();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of SEND_CHANNELS) expect(fake.ipcMain.listenerCount(channel)).toBe(1);
    // Drawn at start (and again once the recent files are read).
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(FakeBrowserWindow.windows).toHaveLength(1);
    const [window] = FakeBrowserWindow.windows;
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    // The built renderer, through the app:// protocol (never file://).
    expect(window?.loaded).toEqual({ kind: 'url', target: 'app://journey/index.html' });
    // The navigation rules reach every web contents through 'web-contents-created'.
    expect(window?.webContents.openWindow('https://example.com')).toEqual({ action: 'deny' });
  });

  it('makes app:// privileged before ready and serves it after, refusing other hosts and paths out of the folder', async () => {
    fake.app.autoReady = false;
    process.argv = ['/usr/bin/journey'];
    await import('../../../electron/main/index');
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(fake.protocol.isProtocolHandled('app')).toBe(false);
    fake.app.becomeReady();
    await flush();
    expect(fake.protocol.isProtocolHandled('app')).toBe(true);
    for (const url of ['app://journey/../../package.json', 'app://journey/%2e%2e/%2e%2e/package.json', 'app://other/index.html']) {
      expect((await fake.protocol.request(url)).status, url).toBeGreaterThanOrEqual(403);
    }
    expect((await fake.protocol.request('app://journey/index.html', 'POST')).status).toBe(405);
  });

  it('at start, sweeps stale temp files of killed saves from the recent files\' folders and the data folder', async () => {
    const work = join(dir, 'Workshops');
    const userData = join(dir, 'userData');
    await mkdir(work);
    await mkdir(userData);
    await writeFile(join(work, 'Plan.journey'), '{}');
    await writeFile(join(userData, 'recent-files.json'), JSON.stringify({ version: 1, files: [join(work, 'Plan.journey')] }));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const [folder, name] of [[work, '.Plan.journey.0123456789ab.tmp'], [userData, '.recent-files.json.0123456789ab.tmp']] as const) {
      await writeFile(join(folder, name), 'killed mid-save');
      await utimes(join(folder, name), old, old);
    }
    await writeFile(join(work, '.Plan.journey.fedcba987654.tmp'), 'a save running now');
    await start();
    for (let i = 0; i < 50 && (await readdir(work)).length > 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await readdir(work)).sort()).toEqual(['.Plan.journey.fedcba987654.tmp', 'Plan.journey']);
    expect(await readdir(userData)).toEqual(['recent-files.json']);
  });

  it('serves a .journey file from the command line to the first window, once', async () => {
    const path = join(dir, 'Launch.journey');
    await writeFile(path, 'from argv');
    await start(['--some-switch', path]);
    const [window] = FakeBrowserWindow.windows;
    if (!window) throw new Error('no window');
    expect(await fake.ipcMain.invoke(window.webContents, 'files:takePending')).toEqual({ name: 'Launch.journey', text: 'from argv' });
    expect(await fake.ipcMain.invoke(window.webContents, 'files:takePending')).toBeNull();
  });

  it('opens a file passed to a second instance in a new window', async () => {
    await start();
    const path = join(dir, 'Second.journey');
    await writeFile(path, 'second');
    fake.app.emit('second-instance', fakeEvent(), ['/usr/bin/journey', 'Second.journey'], dir, {});
    expect(FakeBrowserWindow.windows).toHaveLength(2);
    const second = FakeBrowserWindow.windows[1];
    if (!second) throw new Error('no window');
    expect(await fake.ipcMain.invoke(second.webContents, 'files:takePending')).toEqual({ name: 'Second.journey', text: 'second' });
  });

  it("macOS 'open-file' before ready becomes the first window's pending file; after ready, a new window", async () => {
    process.argv = ['/Applications/Journey.app/Contents/MacOS/Journey'];
    const path = join(dir, 'Finder.journey');
    await writeFile(path, 'finder');
    fake.app.autoReady = false;
    await import('../../../electron/main/index');
    const event = fakeEvent();
    fake.app.emit('open-file', event, path);
    expect(event.defaultPrevented).toBe(true);
    expect(FakeBrowserWindow.windows).toHaveLength(0);
    fake.app.becomeReady();
    await flush();
    const [first] = FakeBrowserWindow.windows;
    if (!first) throw new Error('no window');
    expect(await fake.ipcMain.invoke(first.webContents, 'files:takePending')).toEqual({ name: 'Finder.journey', text: 'finder' });

    fake.app.emit('open-file', fakeEvent(), path);
    expect(FakeBrowserWindow.windows).toHaveLength(2);
    const second = FakeBrowserWindow.windows[1];
    if (!second) throw new Error('no window');
    expect(await fake.ipcMain.invoke(second.webContents, 'files:takePending')).toEqual({ name: 'Finder.journey', text: 'finder' });
  });

  it('menu commands go to the focused window', async () => {
    await start();
    const [window] = FakeBrowserWindow.windows;
    window?.focus();
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    // Before the renderer has described its menu, the fallback's New still reaches the window.
    const item = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).find((i) => i.label === 'New');
    item?.click?.({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    expect(window?.webContents.sent).toEqual([{ channel: 'window:command', args: ['action:new'] }]);
  });

  it('registers journey:// packaged by the scheme alone, in development with Electron and our script', async () => {
    const proc = process as NodeJS.Process & { defaultApp?: boolean };
    await start();
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('journey');
    vi.resetModules();
    resetFake();
    fake.app.paths = { userData: join(dir, 'userData'), documents: dir };
    proc.defaultApp = true;
    try {
      // `electron .` in the project folder: argv[1] is the app's path.
      process.argv = [process.execPath, '.'];
      await import('../../../electron/main/index');
      await flush();
      expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('journey', process.execPath, [process.cwd()]);
    } finally {
      Reflect.deleteProperty(proc, 'defaultApp');
    }
  });

  it('File ▸ Open Recent lists the recent files (a missing one marked); a click reaches the focused window; Clear empties the list', async () => {
    const here = join(dir, 'Карта.journey');
    await writeFile(here, '{}');
    await mkdir(join(dir, 'userData'), { recursive: true });
    await writeFile(join(dir, 'userData', 'recent-files.json'), JSON.stringify({ version: 1, files: [here, join(dir, 'gone', 'USB.journey')] }));
    await start();
    await vi.waitFor(() => expect(recentItems()).toEqual(['Карта.journey', 'USB.journey (missing)', 'separator', 'Clear Menu']));
    const [window] = FakeBrowserWindow.windows;
    window?.focus();
    recentSubmenu()[1]?.click?.({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    // The command names the file clicked (its id), not its place in a list that may change.
    expect(window?.webContents.sent).toEqual([{ channel: 'window:command', args: [`action:openRecent:${recentFileId(join(dir, 'gone', 'USB.journey'))}`] }]);
    recentSubmenu()[3]?.click?.({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    await vi.waitFor(() => expect(recentItems()).toEqual(['No recent files', 'separator', 'Clear Menu']));
  });

  it('Open Recent with every window closed (macOS) opens the file in a new window', async () => {
    const here = join(dir, 'Board.journey');
    await writeFile(here, '{}');
    await mkdir(join(dir, 'userData'), { recursive: true });
    await writeFile(join(dir, 'userData', 'recent-files.json'), JSON.stringify({ version: 1, files: [here] }));
    await start();
    await vi.waitFor(() => expect(recentItems()[0]).toBe('Board.journey'));
    FakeBrowserWindow.windows[0]?.close();
    recentSubmenu()[0]?.click?.({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
    const opened = FakeBrowserWindow.windows[0]!;
    expect(await fake.ipcMain.invoke(opened.webContents, 'files:takePending')).toMatchObject({ name: 'Board.journey' });
  });

  it('quits when another instance holds the lock, without opening a window', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('quits when the last window closes (except on macOS)', async () => {
    await start();
    FakeBrowserWindow.windows[0]?.close();
    fake.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(fake.app.quit).not.toHaveBeenCalled();
    else expect(fake.app.quit).toHaveBeenCalled();
  });
});
