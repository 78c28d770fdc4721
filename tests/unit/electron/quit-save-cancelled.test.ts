/**
 * A quit whose Save is cancelled, through the main entry and its IPC, against the fake electron
 * taught Electron's quit cascade: the app keeps running and the next Quit asks again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import { fake, fakeEvent, FakeBrowserWindow, flush, resetFake } from './fake-electron';

let dir: string;
let quitted = false;
const argv = process.argv;

beforeEach(async () => {
  resetFake();
  vi.resetModules();
  dir = await mkdtemp(join(tmpdir(), 'journey-quit-'));
  fake.app.paths = { userData: join(dir, 'userData'), documents: dir };
  quitted = false;
  // Electron's documented quit: 'before-quit', then each window is asked to close; the first that
  // prevents its close cancels the quit.
  fake.app.quit.mockImplementation(() => {
    const event = fakeEvent();
    fake.app.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    quitted = true;
  });
});
afterEach(async () => {
  process.argv = argv;
  await rm(dir, { recursive: true, force: true });
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await flush();
};

describe('a cancelled save during quit', () => {
  it('resets the quit: the app keeps running, a later close is only a close, and the next Quit asks again', async () => {
    process.argv = ['/usr/bin/journey'];
    await import('../../../electron/main/index');
    await settle();
    const { BrowserWindow } = await import('electron');
    const unsaved = FakeBrowserWindow.windows[0]!;
    // A second, clean window (File ▸ New).
    const clean = new (BrowserWindow as unknown as typeof FakeBrowserWindow)();
    void clean;
    fake.ipcMain.sendFrom(unsaved.webContents, 'window:setDocumentState', [{ title: 'План', fileName: null, dirty: true }]);

    // Quit → "Save" → the renderer's save dialog is cancelled → it says so (window:keepOpen).
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    fake.app.quit();
    await settle();
    expect(unsaved.webContents.sent.at(-1)).toEqual({ channel: 'window:command', args: ['saveThenClose'] });
    fake.ipcMain.sendFrom(unsaved.webContents, 'window:keepOpen');
    await settle();
    expect(quitted).toBe(false);

    // Later the user closes that window with Don't Save: only that window goes, the app stays.
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    unsaved.close();
    await settle();
    expect(unsaved.isDestroyed()).toBe(true);
    expect(quitted).toBe(false);
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('the next Quit asks again after a cancelled save', async () => {
    process.argv = ['/usr/bin/journey'];
    await import('../../../electron/main/index');
    await settle();
    const window = FakeBrowserWindow.windows[0]!;
    fake.ipcMain.sendFrom(window.webContents, 'window:setDocumentState', [{ title: 'План', fileName: null, dirty: true }]);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    fake.app.quit();
    await settle();
    fake.ipcMain.sendFrom(window.webContents, 'window:keepOpen');
    await settle();
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    fake.app.quit();
    await settle();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(quitted).toBe(true);
  });
});
