import { verbatim } from '../../../shared/i18n';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { BrowserWindow } from 'electron';
import { RecentFiles } from '../../../electron/main/files/recent-files';
import { JournalStore } from '../../../electron/main/files/journal';
import { registerHandlers } from '../../../electron/main/handlers';
import { exportFileName, PDF_OPTIONS } from '../../../electron/main/handlers/print';
import { PRINT_PROGRESS_CHANNEL } from '../../../electron/channels';
import { createIpc } from '../../../electron/main/ipc';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { WindowRegistry } from '../../../electron/main/window-registry';
import { fake, FakeBrowserWindow, FakeWebContents, resetFake } from './fake-electron';

/** print:* against the fake Electron: the hidden print window, printToPDF's options, atomic saves, the print dialog. */
let dir: string;
let docs: string;
let temp: string;
let registry: WindowRegistry;
const source = rendererSource('/app/out/renderer', undefined, true);

beforeEach(async () => {
  resetFake();
  dir = await mkdtemp(join(tmpdir(), 'journey-print-'));
  docs = join(dir, 'Documents');
  temp = join(dir, 'tmp');
  await mkdir(docs);
  await mkdir(temp);
  registry = new WindowRegistry();
  const ipc = createIpc({ windowFor: (event) => registry.fromWebContents(event.sender), isRendererUrl: (url) => isRendererUrl(url, source) }, () => undefined);
  registerHandlers(ipc, {
    recent: new RecentFiles(join(dir, 'userData'), { caseInsensitive: false }),
    journals: new JournalStore(join(dir, 'userData', 'recovery'), { fsync: false }),
    documentsFolder: () => docs,
    onMenu: () => undefined,
    print: { tempFolder: () => temp },
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function appWindow() {
  const window = new FakeBrowserWindow();
  void window.loadURL('app://journey/index.html');
  registry.add(window as unknown as BrowserWindow, null);
  return { window, call: (channel: string, ...args: unknown[]) => fake.ipcMain.invoke(window.webContents, channel, args) };
}

const HTML = '<!doctype html><html><head><style>@page{size:297mm 210mm}</style></head><body><h1>Карта</h1></body></html>';

describe('print:savePdf', () => {
  it('asks where (PDF filter, safe name), prints a hidden sandboxed window without scripts to a tagged PDF with an outline, saves it, cleans up', async () => {
    const { window, call } = appWindow();
    fake.dialog.showSaveDialog.mockImplementationOnce(async (...args: unknown[]) => {
      const options = args[1] as Electron.SaveDialogOptions;
      expect(options.defaultPath).toBe(join(docs, 'Путь клиента- Q3.pdf'));
      expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
      return { canceled: false, filePath: join(docs, 'map') };
    });
    const before = FakeBrowserWindow.windows.length;
    expect(await call('print:savePdf', HTML, 'Путь клиента: Q3')).toEqual({ ok: true, value: { name: 'map.pdf' } });
    // The print window: hidden, sandboxed, JavaScript off, loading the document from a temp file.
    const printWindow = FakeBrowserWindow.created.find((w) => w !== window)!;
    expect(printWindow.loaded?.kind).toBe('file');
    expect(printWindow.loadedText).toBe(HTML);
    expect(printWindow!.options.show).toBe(false);
    expect(printWindow!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(printWindow!.webContents.printedToPdf).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, preferCSSPageSize: true, printBackground: true });
    expect(await readFile(join(docs, 'map.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    // The app window heard each step: the document loading, Chromium printing, the file written.
    expect(window.webContents.sent.filter((m) => m.channel === PRINT_PROGRESS_CHANNEL).map((m) => m.args[0])).toEqual([{ phase: 'layout' }, { phase: 'pdf' }, { phase: 'saving' }]);
    // The print window is gone, and so is its temp file; no temp file is left beside the PDF.
    expect(FakeBrowserWindow.windows.length).toBe(before);
    expect(await readdir(temp)).toEqual([]);
    expect((await readdir(docs)).sort()).toEqual(['map.pdf']);
  });

  it('cancelling the dialog prints nothing; a renderer cannot send a non-string document', async () => {
    const { call } = appWindow();
    expect(await call('print:savePdf', HTML, 'x')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(FakeBrowserWindow.windows.length).toBe(1);
    await expect(call('print:savePdf', { html: HTML }, 'x')).rejects.toThrow(/invalid arguments/);
  });
});

describe('print:cancel', () => {
  it('stops a long PDF export: the hidden window is destroyed, its temp file removed, and the file already there is left as it was', async () => {
    const { window, call } = appWindow();
    await writeFile(join(docs, 'poster.pdf'), 'the previous poster');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'poster.pdf') });
    FakeWebContents.holdPdf = true;
    const result = call('print:savePdf', HTML, 'poster');
    await vi.waitFor(() => expect(FakeBrowserWindow.created[1]?.webContents.printedToPdf).toHaveLength(1));
    const printWindow = FakeBrowserWindow.created[1]!;
    // Mid-export: the print window is open and its document is in a temp folder.
    expect(printWindow.isDestroyed()).toBe(false);
    expect(await readdir(temp)).toHaveLength(1);
    await call('print:cancel');
    expect(await result).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(printWindow.isDestroyed()).toBe(true);
    expect(FakeBrowserWindow.windows).toEqual([window]);
    expect(await readdir(temp)).toEqual([]);
    expect(await readdir(docs)).toEqual(['poster.pdf']);
    expect(await readFile(join(docs, 'poster.pdf'), 'utf8')).toBe('the previous poster');
    expect(window.webContents.sent.filter((m) => m.channel === PRINT_PROGRESS_CHANNEL).map((m) => m.args[0])).toEqual([{ phase: 'layout' }, { phase: 'pdf' }]);
    // The next export runs as usual; a cancel with nothing under way does nothing.
    await call('print:cancel');
    FakeWebContents.holdPdf = false;
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'poster.pdf') });
    expect(await call('print:savePdf', HTML, 'poster')).toEqual({ ok: true, value: { name: 'poster.pdf' } });
    expect(await readFile(join(docs, 'poster.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('cancels only the calling window’s export', async () => {
    const a = appWindow();
    const b = appWindow();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'a.pdf') });
    FakeWebContents.holdPdf = true;
    const result = a.call('print:savePdf', HTML, 'a');
    await vi.waitFor(() => expect(FakeBrowserWindow.created[2]?.webContents.printedToPdf).toHaveLength(1));
    await b.call('print:cancel');
    expect(FakeBrowserWindow.created[2]!.isDestroyed()).toBe(false);
    await a.call('print:cancel');
    expect(await result).toEqual({ ok: false, failure: { code: 'cancelled' } });
  });
});

describe('print:print', () => {
  it('opens the system print dialog on the same document; cancel is the user’s choice, other failures say why', async () => {
    const { call } = appWindow();
    expect(await call('print:print', HTML)).toEqual({ ok: true, value: null });
    FakeWebContents.printAnswers.push({ success: false, reason: 'cancelled' }, { success: false, reason: 'Print job failed' });
    expect(await call('print:print', HTML)).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(await call('print:print', HTML)).toEqual({ ok: false, failure: { code: 'io', message: verbatim('Print job failed') } });
    const printWindows = FakeBrowserWindow.created.slice(1);
    expect(printWindows).toHaveLength(3);
    for (const w of printWindows) {
      expect(w.loadedText).toBe(HTML);
      expect(w.webContents.printed).toEqual([{ silent: false, printBackground: true }]);
      expect(w.isDestroyed()).toBe(true);
    }
    expect(FakeBrowserWindow.windows.length).toBe(1);
  });
});

describe('print:saveExport', () => {
  it('saves text and bytes with the kind’s extension, atomically', async () => {
    const { call } = appWindow();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'notes') });
    expect(await call('print:saveExport', '\uFEFFboard,stage\r\n', 'Доска', 'csv')).toEqual({ ok: true, value: { name: 'notes.csv' } });
    expect(await readFile(join(docs, 'notes.csv'), 'utf8')).toBe('\uFEFFboard,stage\r\n');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(docs, 'board.png') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await call('print:saveExport', png, 'b', 'png')).toEqual({ ok: true, value: { name: 'board.png' } });
    expect([...(await readFile(join(docs, 'board.png')))]).toEqual([...png]);
    await expect(call('print:saveExport', 'x', 'b', 'exe')).rejects.toThrow(/invalid arguments/);
  });

  it('names files safely', () => {
    expect(exportFileName('a/b:c', 'markdown')).toBe('a-b-c.md');
    expect(exportFileName('Plan.PDF', 'pdf')).toBe('Plan.pdf');
    expect(exportFileName('  ', 'svg')).toBe('Journey.svg');
  });
});
