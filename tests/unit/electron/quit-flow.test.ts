import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { App } from 'electron';
import { QuitFlow } from '../../../electron/main/quit-flow';
import { rendererSource } from '../../../electron/main/renderer-location';
import { createDocumentWindow } from '../../../electron/main/window';
import { WindowRegistry } from '../../../electron/main/window-registry';
import { fake, fakeEvent, FakeBrowserWindow, flush, resetFake } from './fake-electron';

/**
 * Electron's quit, as documented: 'before-quit', then every window is asked to close; the first
 * window that prevents its close cancels the whole quit; when every window has closed, the app
 * quits (recorded here as `quitted`).
 */
let quitted = false;
function teachQuitCascade(): void {
  quitted = false;
  fake.app.quit.mockImplementation(() => {
    const event = fakeEvent();
    fake.app.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return; // a window stopped its close: the quit is cancelled
    }
    quitted = true;
  });
}

beforeEach(() => {
  resetFake();
  teachQuitCascade();
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await flush();
};

function openWindows(count: number, dirty: boolean[]) {
  const registry = new WindowRegistry();
  const quitFlow = new QuitFlow(fake.app as unknown as App);
  const entries = Array.from({ length: count }, (_, i) => {
    const entry = createDocumentWindow({ source: rendererSource('/app/out/renderer', undefined, true), preloadPath: '/p.cjs', registry, quitFlow });
    entry.doc.state = { title: `Plan ${i}`, fileName: null, dirty: dirty[i] ?? false };
    return entry;
  });
  return { entries, quitFlow };
}

describe('quitting with unsaved work (Cmd+Q, File ▸ Quit)', () => {
  it("asks each unsaved window in turn; after Don't Save in every one the app quits", async () => {
    openWindows(3, [true, false, true]);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }).mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    fake.app.quit();
    expect(quitted).toBe(false);
    await settle();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(quitted).toBe(true);
    expect(FakeBrowserWindow.windows).toEqual([]);
  });

  it('Cancel in any window ends the quit: that window and the ones after it stay, and a later close does not quit', async () => {
    const { entries, quitFlow } = openWindows(3, [true, true, false]);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }).mockResolvedValueOnce({ response: 2, checkboxChecked: false });
    fake.app.quit();
    await settle();
    expect(quitted).toBe(false);
    expect(quitFlow.isQuitting).toBe(false);
    expect(entries.map((e) => e.window.isDestroyed())).toEqual([true, false, false]);
    // The first Don't Save carried the quit on (a second quit), which the second window's Cancel ended.
    expect(fake.app.quit).toHaveBeenCalledTimes(2);
    // Closing a clean window later is just closing it.
    entries[2]!.window.close();
    await settle();
    expect(fake.app.quit).toHaveBeenCalledTimes(2);
  });

  it('Save in the prompt: the window saves (the renderer closes it), then the quit carries on', async () => {
    const { entries } = openWindows(2, [true, true]);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false }).mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    fake.app.quit();
    await settle();
    expect((entries[0]!.window as unknown as FakeBrowserWindow).webContents.sent.at(-1)?.args).toEqual(['saveThenClose']);
    // The renderer saved and sends window:close: approved, the window closes.
    entries[0]!.doc.state = { ...entries[0]!.doc.state, dirty: false };
    entries[0]!.doc.closeApproved = true;
    entries[0]!.window.close();
    await settle();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(quitted).toBe(true);
  });

  it('with nothing unsaved the app quits at once, asking nothing', async () => {
    openWindows(2, [false, false]);
    fake.app.quit();
    expect(quitted).toBe(true);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
