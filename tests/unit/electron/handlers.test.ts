import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { BrowserWindow } from 'electron';
import { MAX_FILE_BYTES } from '../../../shared/host-api';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../electron/channels';
import { JournalStore } from '../../../electron/main/files/journal';
import { RecentFiles } from '../../../electron/main/files/recent-files';
import { registerHandlers } from '../../../electron/main/handlers';
import { createIpc } from '../../../electron/main/ipc';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { WindowRegistry, type AppWindow } from '../../../electron/main/window-registry';
import { fake, FakeBrowserWindow, resetFake } from './fake-electron';
import { inEnglish } from '../in-english';
import { translatorFor } from '../../../shared/i18n';

let dir: string;
let docs: string;
let registry: WindowRegistry;
let recent: RecentFiles;
let journals: JournalStore;
let reported: string[];
let menusFrom: AppWindow[];

const source = rendererSource('/app/out/renderer', undefined, true);

beforeEach(async () => {
  resetFake();
  dir = await mkdtemp(join(tmpdir(), 'journey-handlers-'));
  docs = join(dir, 'Documents');
  await mkdir(docs);
  registry = new WindowRegistry();
  recent = new RecentFiles(join(dir, 'userData'), { caseInsensitive: false });
  reported = [];
  menusFrom = [];
  const ipc = createIpc(
    { windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) },
    (e) => reported.push(e.message),
  );
  journals = new JournalStore(join(dir, 'userData', 'recovery'), { fsync: false });
  registerHandlers(ipc, {
    recent,
    journals,
    documentsFolder: () => docs,
    backupsFolder: () => join(dir, 'userData', 'backups'),
    report: (m) => reported.push(m),
    onMenu: (caller) => menusFrom.push(caller),
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function openWindow(pendingPath: string | null = null): { window: FakeBrowserWindow; entry: AppWindow; call: (channel: string, ...args: unknown[]) => Promise<unknown>; send: (channel: string, ...args: unknown[]) => void } {
  const window = new FakeBrowserWindow();
  void window.loadURL('app://journey/index.html');
  const entry = registry.add(window as unknown as BrowserWindow, pendingPath);
  return {
    window,
    entry,
    call: (channel, ...args) => fake.ipcMain.invoke(window.webContents, channel, args),
    send: (channel, ...args) => fake.ipcMain.sendFrom(window.webContents, channel, args),
  };
}

const answerSave = (filePath: string) => fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
const answerOpen = (filePath: string) => fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });

describe('wiring', () => {
  it('registers every HostApi channel exactly once', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of SEND_CHANNELS) expect(fake.ipcMain.listenerCount(channel), channel).toBe(1);
  });

  it('app:info describes the Electron host', async () => {
    const { call } = openWindow();
    fake.app.paths = { ...fake.app.paths, userData: '/home/ana/.config/Journey', logs: '/home/ana/.config/Journey/logs' };
    expect(await call('app:info')).toEqual({
      name: 'Journey',
      version: '0.1.0',
      host: 'electron',
      platform: process.platform,
      locations: { recovery: join('/home/ana/.config/Journey', 'recovery'), backups: join('/home/ana/.config/Journey', 'backups'), logs: '/home/ana/.config/Journey/logs' },
    });
  });
});

describe('files:save / files:saveAs', () => {
  it('asks where the first time (Journey filter, suggested name in Documents), adds .journey, remembers the file', async () => {
    const { call, entry, window } = openWindow();
    answerSave(join(docs, 'Plan'));
    expect(await call('files:save', '{"v":1}', 'Checkout: flow')).toEqual({ ok: true, value: { name: 'Plan.journey' } });
    const [parent, options] = fake.dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ defaultPath: join(docs, 'Checkout- flow.journey'), filters: [{ name: 'Journey workspace', extensions: ['journey'] }] });
    expect(await readFile(join(docs, 'Plan.journey'), 'utf8')).toBe('{"v":1}');
    expect(entry.doc.filePath).toBe(join(docs, 'Plan.journey'));
    expect(window.title).toBe('Plan.journey — Journey');
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(join(docs, 'Plan.journey'));
    expect(await recent.list()).toEqual([join(docs, 'Plan.journey')]);
  });

  it('then saves to the same file without asking, atomically (no temp files left)', async () => {
    const { call } = openWindow();
    answerSave(join(docs, 'Plan.journey'));
    await call('files:save', 'one', 'Plan');
    expect(await call('files:save', 'two', 'Ignored name')).toEqual({ ok: true, value: { name: 'Plan.journey' } });
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await readFile(join(docs, 'Plan.journey'), 'utf8')).toBe('two');
    expect(await readdir(docs)).toEqual(['Plan.journey']);
  });

  it('two quick saves are written in order', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'Plan.journey');
    await Promise.all([call('files:save', 'first', 'x'), call('files:save', 'second', 'x')]);
    expect(await readFile(join(docs, 'Plan.journey'), 'utf8')).toBe('second');
  });

  it('a cancelled dialog is { cancelled } and writes nothing', async () => {
    const { call, entry } = openWindow();
    expect(await call('files:save', 'text', 'Plan')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(entry.doc.filePath).toBeNull();
    expect(await readdir(docs)).toEqual([]);
  });

  it('saveAs always asks, starting from the current file, and then switches to the new file', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'Old.journey');
    answerSave(join(docs, 'New.journey'));
    expect(await call('files:saveAs', 'text', 'whatever')).toEqual({ ok: true, value: { name: 'New.journey' } });
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: join(docs, 'Old.journey') });
    expect(entry.doc.filePath).toBe(join(docs, 'New.journey'));
    // Cancelling Save As keeps the current file.
    expect(await call('files:saveAs', 'text', 'x')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(entry.doc.filePath).toBe(join(docs, 'New.journey'));
  });

  it('asks before replacing a file that exists only under the name with .journey added', async () => {
    const { call } = openWindow();
    await writeFile(join(docs, 'Plan.journey'), 'precious');
    answerSave(join(docs, 'Plan'));
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await call('files:save', 'new', 'Plan')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining('"Plan.journey" already exists') });
    expect(await readFile(join(docs, 'Plan.journey'), 'utf8')).toBe('precious');
  });

  it('forgetCurrent makes the next save ask again', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'Plan.journey');
    await call('files:forgetCurrent');
    expect(entry.doc.filePath).toBeNull();
    await call('files:save', 'x', 'Plan');
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('reports a write failure as { io } with a readable message and keeps the old file', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'missing-folder', 'Plan.journey');
    const result = await call('files:save', 'x', 'Plan');
    expect(inEnglish(result)).toMatchObject({ ok: false, failure: { code: 'io', message: expect.stringMatching(/no longer exists/) } });
    expect(await recent.list()).toEqual([]);
  });

  it('does not replace a read-only (0444) file: { read-only } with its name, the file untouched, Save As elsewhere works', async () => {
    const { call, entry } = openWindow();
    const target = join(docs, 'Signed off.journey');
    await writeFile(target, 'the approved version');
    await chmod(target, 0o444);
    entry.doc.filePath = target;
    // Run as root here, the rename would succeed: the refusal must come from the mode bits.
    expect(await call('files:save', 'new text', 'Plan')).toEqual({ ok: false, failure: { code: 'read-only', name: 'Signed off.journey' } });
    expect(await readFile(target, 'utf8')).toBe('the approved version');
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    expect(await readdir(docs)).toEqual(['Signed off.journey']);
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();

    answerSave(join(docs, 'Signed off (edited).journey'));
    expect(await call('files:saveAs', 'new text', 'Plan')).toEqual({ ok: true, value: { name: 'Signed off (edited).journey' } });
    expect(await readFile(join(docs, 'Signed off (edited).journey'), 'utf8')).toBe('new text');
    expect(await readFile(target, 'utf8')).toBe('the approved version');
  });

  it('a writable file is still replaced (the read-only check looks at the mode, not the owner)', async () => {
    const { call, entry } = openWindow();
    const target = join(docs, 'Draft.journey');
    await writeFile(target, 'old');
    await chmod(target, 0o644);
    entry.doc.filePath = target;
    expect(await call('files:save', 'new', 'Plan')).toEqual({ ok: true, value: { name: 'Draft.journey' } });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('refuses text over MAX_FILE_BYTES when encoded, as { too-large }', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'Big.journey');
    const text = '€'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1); // 3 bytes each in UTF-8
    const result = await call('files:save', text, 'Big');
    expect(result).toEqual({ ok: false, failure: { code: 'too-large', bytes: Buffer.byteLength(text), limit: MAX_FILE_BYTES } });
    expect(await readdir(docs)).toEqual([]);
  });

  it('rejects malformed arguments before doing anything (and never takes a path)', async () => {
    const { call } = openWindow();
    await expect(call('files:save', { path: '/etc/passwd' }, 'x')).rejects.toThrow(/invalid arguments/);
    await expect(call('files:save', 'text', 'Plan', '/etc/cron.d/x')).rejects.toThrow(/invalid arguments/);
    await expect(call('files:save', 'x'.repeat(MAX_FILE_BYTES + 1), 'Plan')).rejects.toThrow(/invalid arguments/);
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('files:open / takePending / recent', () => {
  it('open: dialog, read, remember the file for Save and the recent list', async () => {
    const { call, entry } = openWindow();
    const path = join(docs, 'Trip.journey');
    await writeFile(path, '{"trip":true}');
    answerOpen(path);
    expect(await call('files:open')).toEqual({ ok: true, value: { name: 'Trip.journey', text: '{"trip":true}' } });
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openFile'], filters: expect.arrayContaining([{ name: 'Journey workspace', extensions: ['journey'] }]) });
    expect(entry.doc.filePath).toBe(path);
    expect(await call('files:recent')).toEqual([{ name: 'Trip.journey', key: path, missing: false }]);
  });

  it('open: cancelled, or a too-large file, leaves the current file alone', async () => {
    const { call, entry } = openWindow();
    entry.doc.filePath = join(docs, 'Current.journey');
    expect(await call('files:open')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    const huge = join(docs, 'Huge.journey');
    await writeFile(huge, '');
    await truncate(huge, MAX_FILE_BYTES + 10);
    answerOpen(huge);
    expect(await call('files:open')).toEqual({ ok: false, failure: { code: 'too-large', bytes: MAX_FILE_BYTES + 10, limit: MAX_FILE_BYTES } });
    expect(entry.doc.filePath).toBe(join(docs, 'Current.journey'));
  });

  it('takePending hands over the launch file once', async () => {
    const path = join(docs, 'Launch.journey');
    await writeFile(path, 'launch');
    const { call, entry } = openWindow(path);
    expect(await call('files:takePending')).toEqual({ name: 'Launch.journey', text: 'launch' });
    expect(entry.doc.filePath).toBe(path);
    expect(await call('files:takePending')).toBeNull();
  });

  it('takePending shows an error and returns null when the launch file cannot be read', async () => {
    const { call, entry } = openWindow(join(docs, 'Gone.journey'));
    expect(await call('files:takePending')).toBeNull();
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ type: 'error', message: '"Gone.journey" could not be opened.' });
    expect(entry.doc.filePath).toBeNull();
  });

  it('openRecent opens a file from the list', async () => {
    const { call, entry } = openWindow();
    const path = join(docs, 'R.journey');
    await writeFile(path, 'recent');
    await recent.add(path);
    expect(await call('files:openRecent', path)).toEqual({ ok: true, value: { name: 'R.journey', text: 'recent' } });
    expect(entry.doc.filePath).toBe(path);
  });

  it('openRecent refuses a key that is not in the list, without reading it', async () => {
    const { call, entry } = openWindow();
    const path = join(docs, 'NotRecent.journey');
    await writeFile(path, 'secret');
    const result = await call('files:openRecent', path);
    expect(inEnglish(result)).toMatchObject({ ok: false, failure: { code: 'io', message: expect.stringContaining('no longer in the list of recent files') } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(entry.doc.filePath).toBeNull();
  });

  it('openRecent drops a file that has disappeared from the list', async () => {
    const { call } = openWindow();
    const path = join(docs, 'Deleted.journey');
    await recent.add(path);
    expect(await call('files:openRecent', path)).toMatchObject({ ok: false, failure: { code: 'io' } });
    expect(await recent.list()).toEqual([]);
  });
});

describe('window:setDocumentState / window:close', () => {
  it('sets the title with the unsaved marker', () => {
    const { send, window, entry } = openWindow();
    send('window:setDocumentState', { title: 'Checkout', fileName: null, dirty: true });
    expect(entry.doc.state).toEqual({ title: 'Checkout', fileName: null, dirty: true });
    expect(window.title).toBe('• Checkout — Journey');
  });

  it('ignores (and reports) a malformed state', () => {
    const { send, window, entry } = openWindow();
    const before = window.title;
    send('window:setDocumentState', { title: 'x', fileName: null, dirty: 'yes' });
    expect(window.title).toBe(before);
    expect(entry.doc.state.dirty).toBe(false);
    expect(reported).toEqual([expect.stringContaining('"window:setDocumentState" refused: invalid arguments')]);
  });

  it('window:close closes even a dirty window (the renderer has just saved)', () => {
    const { send, window } = openWindow();
    send('window:setDocumentState', { title: 'x', fileName: null, dirty: true });
    send('window:close');
    expect(window.destroyed).toBe(true);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('window:setMenu', () => {
  const spec = [{ id: 'file', label: 'Berkas', items: [{ id: 'new', label: 'Baru', accelerator: 'CmdOrCtrl+N', registerAccelerator: true, enabled: true }, null] }];

  it('keeps the menu the renderer described and asks for the application menu to be redrawn', () => {
    const { entry, send } = openWindow();
    send('window:setMenu', spec);
    expect(entry.doc.menu).toEqual(spec);
    expect(menusFrom).toEqual([entry]);
  });

  it('refuses (and reports) a menu with an item id that is not an action id, or too many sections', () => {
    const { entry, send } = openWindow();
    send('window:setMenu', [{ id: 'file', label: 'File', items: [{ id: '../evil', label: 'x', registerAccelerator: false, enabled: true }] }]);
    send('window:setMenu', [...spec, ...spec, ...spec, ...spec, ...spec]);
    expect(entry.doc.menu).toBeNull();
    expect(menusFrom).toEqual([]);
    expect(reported).toHaveLength(2);
  });
});

describe('window:setFullScreen', () => {
  it('puts the window full screen and back for presentation mode; anything else is refused', () => {
    const { window, send } = openWindow();
    send('window:setFullScreen', true);
    expect(window.isFullScreen()).toBe(true);
    send('window:setFullScreen', 'yes');
    send('window:setFullScreen');
    expect(reported).toHaveLength(2);
    expect(window.isFullScreen()).toBe(true);
    send('window:setFullScreen', false);
    expect(window.isFullScreen()).toBe(false);
  });

  it('leaving full screen some other way (the OS control) tells the renderer to stop presenting, once', () => {
    const { window, send } = openWindow();
    send('window:setFullScreen', true);
    send('window:setFullScreen', true);
    window.setFullScreen(false);
    expect(window.webContents.sent.filter((m) => m.channel === 'window:command')).toEqual([{ channel: 'window:command', args: ['action:presentStop'] }]);
  });
});

describe('window:setLocale', () => {
  it('keeps the UI language the renderer reports (menu redrawn) and refuses anything else', () => {
    const { entry, send } = openWindow();
    expect(entry.doc.locale).toBe('en');
    send('window:setLocale', 'ru');
    expect(entry.doc.locale).toBe('ru');
    expect(menusFrom).toEqual([entry]);
    send('window:setLocale', 'de');
    send('window:setLocale', ['ru']);
    send('window:setLocale', 'ru', 'extra');
    expect(entry.doc.locale).toBe('ru');
    expect(reported).toHaveLength(3);
  });

  it('the save dialog, the replace question and a launch file that would not open speak it', async () => {
    const { call, send } = openWindow(join(dir, 'Пропал.journey'));
    send('window:setLocale', 'ru');
    await writeFile(join(docs, 'План.journey'), 'old');
    answerSave(join(docs, 'План'));
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await call('files:saveAs', '{}', 'План.journey');
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'Сохранить рабочее пространство Journey', filters: [{ name: 'Рабочее пространство Journey' }] });
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Заменить', 'Отмена'], message: 'Файл «План.journey» уже существует. Заменить его?' });
    await call('files:takePending');
    expect(fake.dialog.showMessageBox.mock.calls[1]?.[1]).toMatchObject({ message: 'Не удалось открыть «Пропал.journey».', detail: expect.stringContaining('не найден') });
  });

  it('file errors reach the renderer as messages, drawn in whatever language is shown', async () => {
    const { call } = openWindow();
    answerOpen(join(dir, 'missing.journey'));
    const result = (await call('files:open')) as { ok: false; failure: { code: 'io'; message: Parameters<ReturnType<typeof translatorFor>['text']>[0] } };
    expect(result.failure.message).toMatchObject({ key: 'read.notFound' });
    expect(translatorFor('en').text(result.failure.message)).toContain('"missing.journey" was not found');
    expect(translatorFor('id').text(result.failure.message)).toContain('“missing.journey” tidak ditemukan');
  });
});
