import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { BrowserWindow } from 'electron';
import { createIpc, IpcRejection } from '../../../electron/main/ipc';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { WindowRegistry } from '../../../electron/main/window-registry';
import { fake, FakeBrowserWindow, resetFake } from './fake-electron';

const source = rendererSource('/app/out/renderer', undefined, true);

function setup() {
  const registry = new WindowRegistry();
  const reported: Error[] = [];
  const ipc = createIpc(
    { windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) },
    (e) => reported.push(e),
  );
  const window = new FakeBrowserWindow();
  void window.loadURL('app://journey/index.html');
  const entry = registry.add(window as unknown as BrowserWindow);
  return { registry, ipc, window, entry, reported };
}

beforeEach(resetFake);

describe('ipc.handle', () => {
  it('registers the channel and calls the handler with parsed arguments and the calling window', async () => {
    const { ipc, window, entry } = setup();
    const fn = vi.fn(([text, n]: [string, number]) => `${text}:${n}`);
    ipc.handle('files:save', z.tuple([z.string(), z.number()]), fn);
    expect([...fake.ipcMain.handlers.keys()]).toEqual(['files:save']);
    await expect(fake.ipcMain.invoke(window.webContents, 'files:save', ['a', 2])).resolves.toBe('a:2');
    expect(fn).toHaveBeenCalledWith(['a', 2], entry);
  });

  it('refuses a sender that is not one of our windows', async () => {
    const { ipc } = setup();
    const fn = vi.fn();
    ipc.handle('app:info', z.tuple([]), fn);
    const stranger = new FakeBrowserWindow();
    await stranger.loadURL('app://journey/index.html');
    await expect(fake.ipcMain.invoke(stranger.webContents, 'app:info')).rejects.toThrow(/IPC "app:info" refused: the sender is not one of the app windows/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame of our window', async () => {
    const { ipc, window } = setup();
    const fn = vi.fn();
    ipc.handle('app:info', z.tuple([]), fn);
    const iframe = window.webContents.mainFrame.child(window.webContents.mainFrame.url);
    await expect(fake.ipcMain.invoke(window.webContents, 'app:info', [], iframe)).rejects.toThrow(/only the main frame/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses our window once it shows a page that is not the app', async () => {
    const { ipc, window } = setup();
    const fn = vi.fn();
    ipc.handle('app:info', z.tuple([]), fn);
    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(fake.ipcMain.invoke(window.webContents, 'app:info')).rejects.toThrow(/"https:\/\/evil\.example\/" is not the app/);
    window.webContents.mainFrame.url = 'file:///app/out/other/index.html';
    await expect(fake.ipcMain.invoke(window.webContents, 'app:info')).rejects.toBeInstanceOf(IpcRejection);
    // The built files themselves over file:// are not the app either: only app://journey/ is.
    window.webContents.mainFrame.url = 'file:///app/out/renderer/index.html';
    await expect(fake.ipcMain.invoke(window.webContents, 'app:info')).rejects.toBeInstanceOf(IpcRejection);
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses when the sending frame is gone', async () => {
    const { ipc, window } = setup();
    const fn = vi.fn();
    ipc.handle('app:info', z.tuple([]), fn);
    await expect(fake.ipcMain.invoke(window.webContents, 'app:info', [], null)).rejects.toThrow(/frame is gone/);
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', [42, 'name']],
    ['a missing argument', ['text']],
    ['an extra argument', ['text', 'name', '/etc/passwd']],
    ['a too-long string', ['x'.repeat(11), 'name']],
  ])('refuses %s without calling the handler', async (_what, args) => {
    const { ipc, window } = setup();
    const fn = vi.fn();
    ipc.handle('files:save', z.tuple([z.string().max(10), z.string()]), fn);
    const error: unknown = await fake.ipcMain.invoke(window.webContents, 'files:save', args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcRejection);
    expect(error).toMatchObject({ channel: 'files:save', reason: 'arguments', message: expect.stringContaining('invalid arguments') });
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('ipc.on (fire-and-forget)', () => {
  it('calls the listener for a valid message from our window', () => {
    const { ipc, window, entry } = setup();
    const fn = vi.fn();
    ipc.on('window:setDocumentState', z.tuple([z.object({ dirty: z.boolean() })]), fn);
    fake.ipcMain.sendFrom(window.webContents, 'window:setDocumentState', [{ dirty: true }]);
    expect(fn).toHaveBeenCalledWith([{ dirty: true }], entry);
  });

  it('reports (never throws, never calls) for a bad sender or bad arguments', () => {
    const { ipc, window, reported } = setup();
    const fn = vi.fn();
    ipc.on('window:close', z.tuple([]), fn);
    const stranger = new FakeBrowserWindow();
    expect(() => fake.ipcMain.sendFrom(stranger.webContents, 'window:close')).not.toThrow();
    expect(() => fake.ipcMain.sendFrom(window.webContents, 'window:close', ['now'])).not.toThrow();
    expect(fn).not.toHaveBeenCalled();
    expect(reported.map((e) => e.message)).toEqual([
      expect.stringMatching(/"window:close" refused: the sender is not one of the app windows/),
      expect.stringMatching(/"window:close" refused: invalid arguments/),
    ]);
  });
});

describe('WindowRegistry', () => {
  it('forgets a window once it is closed', () => {
    const { registry, window } = setup();
    expect(registry.all()).toHaveLength(1);
    window.close();
    expect(registry.all()).toHaveLength(0);
    expect(registry.fromWebContents(window.webContents as unknown as Electron.WebContents)).toBeUndefined();
  });
});
