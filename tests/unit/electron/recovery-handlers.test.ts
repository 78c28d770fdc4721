import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { BrowserWindow } from 'electron';
import { listBackups } from '../../../electron/main/files/backups';
import { JournalStore } from '../../../electron/main/files/journal';
import { RecentFiles } from '../../../electron/main/files/recent-files';
import { registerHandlers } from '../../../electron/main/handlers';
import { createIpc } from '../../../electron/main/ipc';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { WindowRegistry, type AppWindow } from '../../../electron/main/window-registry';
import { fake, FakeBrowserWindow, resetFake } from './fake-electron';

let dir: string;
let docs: string;
let backups: string;
let registry: WindowRegistry;
let journals: JournalStore;

const source = rendererSource('/app/out/renderer', undefined, true);

beforeEach(async () => {
  resetFake();
  dir = await mkdtemp(join(tmpdir(), 'journey-recovery-'));
  docs = join(dir, 'Documents');
  backups = join(dir, 'userData', 'backups');
  await mkdir(docs);
  registry = new WindowRegistry();
  journals = new JournalStore(join(dir, 'userData', 'recovery'), { fsync: false });
  const ipc = createIpc({ windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) });
  registerHandlers(ipc, {
    recent: new RecentFiles(join(dir, 'userData'), { caseInsensitive: false }),
    journals,
    documentsFolder: () => docs,
    backupsFolder: () => backups,
    report: () => undefined,
    onMenu: () => undefined,
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function openWindow() {
  const window = new FakeBrowserWindow();
  void window.loadURL('app://journey/index.html');
  const entry: AppWindow = registry.add(window as unknown as BrowserWindow);
  return { window, entry, call: (channel: string, ...args: unknown[]) => fake.ipcMain.invoke(window.webContents, channel, args) };
}

const meta = { title: 'Onboarding', fileName: null };
const u = (...values: number[]) => new Uint8Array(values);

describe('recovery:*', () => {
  it('a window journals, its own journal is not offered while it lives, and another window can neither read nor write it', async () => {
    const a = openWindow();
    const b = openWindow();
    expect(await a.call('recovery:append', 'j-window-a', [u(1, 2)], meta, true)).toEqual({ ok: true, value: 10 });
    expect(await a.call('recovery:append', 'j-window-a', [u(3)], meta, false)).toEqual({ ok: true, value: 19 });
    expect(await b.call('recovery:list')).toEqual([]);
    expect(await b.call('recovery:read', 'j-window-a')).toMatchObject({ ok: false, failure: { code: 'io' } });
    expect(await b.call('recovery:append', 'j-window-a', [u(9)], meta, true)).toMatchObject({ ok: false });
    await b.call('recovery:discard', 'j-window-a');
    expect((await journals.read('j-window-a'))?.updates).toEqual([u(1, 2), u(3)]);
  });

  it('a window that goes away with unsaved work (a crash, a kill) leaves its journal, offered to the next window, which takes it over with its file', async () => {
    const path = join(docs, 'Plan.journey');
    await writeFile(path, '{}');
    const a = openWindow();
    a.entry.doc.filePath = path;
    a.entry.doc.state = { title: 'Plan', fileName: 'Plan.journey', dirty: true };
    await a.call('recovery:append', 'j-crashed-1', [u(5)], { title: 'Plan', fileName: 'Plan.journey' }, true);
    a.window.destroy(); // gone without the close prompt
    const b = openWindow();
    const listed = (await b.call('recovery:list')) as { id: string; title: string; fileName: string }[];
    expect(listed.map((j) => [j.id, j.title, j.fileName])).toEqual([['j-crashed-1', 'Plan', 'Plan.journey']]);
    expect(await b.call('recovery:read', 'j-crashed-1')).toEqual({ ok: true, value: [u(5)] });
    expect(b.entry.doc.filePath).toBe(path);
    expect(b.window.title).toContain('Plan.journey');
    // Now it is b's: not offered to a third window.
    const c = openWindow();
    expect(await c.call('recovery:list')).toEqual([]);
  });

  it("closing after Don't Save (or with everything saved) removes the window's journals", async () => {
    const a = openWindow();
    a.entry.doc.state = { title: 'T', fileName: null, dirty: true };
    await a.call('recovery:append', 'j-dontsave', [u(1)], meta, true);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }); // Don't Save
    a.entry.doc.closeApproved = true;
    a.window.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await journals.read('j-dontsave')).toBeNull();
  });

  it('refuses journal ids that could name a path, and oversized updates', async () => {
    const a = openWindow();
    await expect(a.call('recovery:append', '../../x/evil', [u(1)], meta, true)).rejects.toThrow(/invalid arguments/);
    await expect(a.call('recovery:read', '/etc/passwd')).rejects.toThrow(/invalid arguments/);
    await expect(a.call('recovery:append', 'j-notbytes', ['text'], meta, true)).rejects.toThrow(/invalid arguments/);
    expect(await readdir(join(dir, 'userData')).catch(() => [])).not.toContain('x');
  });
});

describe('safe saving', () => {
  async function openFile(call: (channel: string, ...args: unknown[]) => Promise<unknown>, path: string) {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    return call('files:open');
  }

  it('keeps the previous version as a backup on each save (the newest five)', async () => {
    const path = join(docs, 'Plan.journey');
    await writeFile(path, 'version 0');
    const { call } = openWindow();
    await openFile(call, path);
    for (let v = 1; v <= 7; v++) expect(await call('files:save', `version ${v}`, 'Plan')).toEqual({ ok: true, value: { name: 'Plan.journey' } });
    expect(await readFile(path, 'utf8')).toBe('version 7');
    const kept = await listBackups(backups, path);
    expect(kept).toHaveLength(5);
    expect(await Promise.all(kept.map((p) => readFile(p, 'utf8')))).toEqual(['version 6', 'version 5', 'version 4', 'version 3', 'version 2']);
  });

  it('notices a file changed by another program (on check and before saving), and saves over it only when told to', async () => {
    const path = join(docs, 'Plan.journey');
    await writeFile(path, 'mine');
    const { call } = openWindow();
    await openFile(call, path);
    expect(await call('files:checkDisk')).toEqual({ kind: 'same' });
    await writeFile(path, 'theirs, from a sync client');
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    expect(await call('files:checkDisk')).toEqual({ kind: 'changed', name: 'Plan.journey' });
    expect(await call('files:save', 'mine v2', 'Plan')).toEqual({ ok: false, failure: { code: 'changed-on-disk', name: 'Plan.journey' } });
    expect(await readFile(path, 'utf8')).toBe('theirs, from a sync client');
    // Merge reads it and makes it the known version; a plain save then goes through.
    expect(await call('files:readCurrent', true)).toEqual({ ok: true, value: { name: 'Plan.journey', text: 'theirs, from a sync client' } });
    expect(await call('files:checkDisk')).toEqual({ kind: 'same' });
    expect(await call('files:save', 'merged', 'Plan')).toMatchObject({ ok: true });
    await writeFile(path, 'theirs again, longer');
    expect(await call('files:save', 'mine v3', 'Plan', { overwrite: true })).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe('mine v3');
  });

  it('says when the file vanished or became read-only; the work can still be saved elsewhere', async () => {
    const path = join(docs, 'Plan.journey');
    await writeFile(path, 'x');
    const { call } = openWindow();
    await openFile(call, path);
    await chmod(path, 0o444);
    expect(await call('files:checkDisk')).toEqual({ kind: 'read-only', name: 'Plan.journey' });
    await rm(path);
    expect(await call('files:checkDisk')).toEqual({ kind: 'missing', name: 'Plan.journey' });
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'Elsewhere.journey') });
    expect(await call('files:saveAs', 'kept', 'Plan')).toEqual({ ok: true, value: { name: 'Elsewhere.journey' } });
    expect(await readFile(join(docs, 'Elsewhere.journey'), 'utf8')).toBe('kept');
  });

  it('Merge… reads the picked file without making it the window\'s file', async () => {
    const path = join(docs, 'Plan.journey');
    const other = join(docs, 'Copy.journey');
    await writeFile(path, 'mine');
    await writeFile(other, 'copy');
    const { call, entry } = openWindow();
    await openFile(call, path);
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    expect(await call('files:pickToMerge')).toEqual({ ok: true, value: { name: 'Copy.journey', text: 'copy' } });
    expect(entry.doc.filePath).toBe(path);
  });
});

describe('files:recent', () => {
  it('marks files that are no longer there', async () => {
    const here = join(docs, 'Here.journey');
    const gone = join(docs, 'Gone.journey');
    await writeFile(here, '{}');
    await writeFile(gone, '{}');
    const { call } = openWindow();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [gone] });
    await call('files:open');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [here] });
    await call('files:open');
    await rm(gone);
    expect(await call('files:recent')).toEqual([
      { name: 'Here.journey', key: here, missing: false },
      { name: 'Gone.journey', key: gone, missing: true },
    ]);
  });
});
