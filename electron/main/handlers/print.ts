/**
 * `print:*` — the print document to PDF or to a printer, and exports to files. The print
 * document is loaded into a hidden, sandboxed window with JavaScript off (it is HTML and SVG
 * with embedded fonts, no scripts), from a temp file (too big for a data: URL), then
 * `printToPDF` with a tagged PDF and an outline, or `print` with the system dialog. Files are
 * written atomically where the user picked; the renderer never names a path.
 */
import { message, verbatim } from '../../../shared/i18n';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { z } from 'zod';
import { EXPORT_KINDS, MAX_FILE_BYTES, MAX_PRINT_HTML_BYTES, type ExportKind, type HostResult, type PrintProgress, type SavedFile } from '../../../shared/host-api';
import { PRINT_PROGRESS_CHANNEL } from '../../channels';
import { atomicWriteFile } from '../files/atomic-write';
import type { Ipc } from '../ipc';

const CANCELLED = { ok: false, failure: { code: 'cancelled' } } as const;
const html = z.string().max(MAX_PRINT_HTML_BYTES);
const suggested = z.string().max(1024);
const kind = z.enum(Object.keys(EXPORT_KINDS) as [ExportKind, ...ExportKind[]]);
/** Exports: text, or bytes (PNG) as a Uint8Array over IPC. */
const exportData = z.union([z.string().max(MAX_FILE_BYTES * 4), z.instanceof(Uint8Array).refine((b) => b.byteLength <= 1024 * 1024 * 1024, 'at most 1 GB')]);

/** The options printToPDF gets: the page size comes from the document's @page rule. */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const satisfies Electron.PrintToPDFOptions;

export interface PrintHandlerDeps {
  readonly documentsFolder?: () => string;
  /** Folder for the print document's temp file (tests). */
  readonly tempFolder?: () => string;
}

const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/** A safe file name with the kind's extension from what the renderer suggested. */
export function exportFileName(suggestion: string, kind: ExportKind): string {
  const ext = EXPORT_KINDS[kind].extension;
  let stem = suggestion.replace(UNSAFE, '-').trim();
  if (extname(stem).toLowerCase() === `.${ext}`) stem = stem.slice(0, -(ext.length + 1));
  stem = stem.replace(/[. ]+$/, '').replace(/^\.+/, '').slice(0, 120).trim() || 'Journey';
  return `${stem}.${ext}`;
}

const withExtension = (path: string, kind: ExportKind) => (extname(path).toLowerCase() === `.${EXPORT_KINDS[kind].extension}` ? path : `${path}.${EXPORT_KINDS[kind].extension}`);

/**
 * A PDF export under way in one app window: `cancel()` closes its hidden print window at once
 * (whatever Chromium is doing), and the export resolves `cancelled` without writing anything.
 */
export class PrintJob {
  cancelled = false;
  window: BrowserWindow | null = null;
  private stop: () => void = () => undefined;
  /** Settles (never rejects) when the job is cancelled. */
  readonly stopped = new Promise<typeof CANCELLED>((resolve) => {
    this.stop = () => resolve(CANCELLED);
  });
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.stop();
  }
}

/** `work`, or `cancelled` as soon as the job is (a destroyed window's printToPDF may never settle). */
const unlessCancelled = <T>(job: PrintJob | undefined, work: Promise<T>): Promise<T | typeof CANCELLED> => (job ? Promise.race([work, job.stopped]) : work);

/** A hidden window holding the print document, closed after `use` (or when `job` is cancelled); its temp file is removed either way. */
export async function withPrintWindow<T>(
  document: string,
  use: (window: BrowserWindow) => Promise<T>,
  tempFolder: string = tmpdir(),
  job?: PrintJob,
  onLoading?: () => void,
): Promise<T | typeof CANCELLED> {
  const dir = await mkdtemp(join(tempFolder, 'journey-print-'));
  const file = join(dir, 'print.html');
  let window: BrowserWindow | null = null;
  try {
    await writeFile(file, document, 'utf8');
    if (job?.cancelled) return CANCELLED;
    window = new BrowserWindow({
      show: false,
      width: 1280,
      height: 900,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
    });
    if (job) job.window = window;
    onLoading?.();
    const loaded = await unlessCancelled(job, window.loadFile(file).then(() => true as const));
    if (loaded !== true || job?.cancelled) return CANCELLED;
    return await unlessCancelled(job, use(window));
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

export function registerPrintHandlers(ipc: Ipc, deps: PrintHandlerDeps = {}): void {
  const documentsFolder = () => {
    if (deps.documentsFolder) return deps.documentsFolder();
    try {
      return app.getPath('documents');
    } catch {
      return homedir();
    }
  };
  const askPath = async (parent: BrowserWindow, name: string, kind: ExportKind): Promise<string | null> => {
    const { canceled, filePath } = await dialog.showSaveDialog(parent, {
      title: `Export ${EXPORT_KINDS[kind].name}`,
      defaultPath: join(documentsFolder(), exportFileName(name, kind)),
      filters: [{ name: EXPORT_KINDS[kind].name, extensions: [EXPORT_KINDS[kind].extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return canceled || !filePath ? null : withExtension(filePath, kind);
  };
  const failure = (error: unknown) => ({ ok: false, failure: { code: 'io', message: verbatim(error instanceof Error ? error.message : String(error)) } }) as const;

  /** Each app window's PDF export under way (one at a time: the dialog waits for it). */
  const jobs = new Map<BrowserWindow, PrintJob>();
  ipc.handle('print:savePdf', z.tuple([html, suggested]), async ([document, name], caller): Promise<HostResult<SavedFile>> => {
    const path = await askPath(caller.window, name, 'pdf');
    if (path === null) return CANCELLED;
    jobs.get(caller.window)?.cancel();
    const job = new PrintJob();
    jobs.set(caller.window, job);
    const progress = (phase: PrintProgress['phase']) => {
      const contents = caller.window.webContents;
      if (!job.cancelled && !contents.isDestroyed()) contents.send(PRINT_PROGRESS_CHANNEL, { phase } satisfies PrintProgress);
    };
    try {
      const pdf = await withPrintWindow(
        document,
        (window) => {
          progress('pdf');
          return window.webContents.printToPDF(PDF_OPTIONS);
        },
        deps.tempFolder?.(),
        job,
        () => progress('layout'),
      );
      if (!(pdf instanceof Uint8Array) || job.cancelled) return CANCELLED;
      progress('saving');
      // The PDF is whole in memory: the atomic write leaves the old file or the new one, never part of it.
      const written = await atomicWriteFile(path, pdf);
      return written.ok ? { ok: true, value: { name: basename(path) } } : written;
    } catch (error) {
      return job.cancelled ? CANCELLED : failure(error);
    } finally {
      if (jobs.get(caller.window) === job) jobs.delete(caller.window);
    }
  });

  ipc.handle('print:cancel', z.tuple([]), async (_args, caller): Promise<void> => {
    jobs.get(caller.window)?.cancel();
  });

  ipc.handle('print:print', z.tuple([html]), async ([document]): Promise<HostResult<null>> => {
    try {
      const result = await withPrintWindow(
        document,
        (window) =>
          new Promise<HostResult<null>>((resolve) => {
            window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
              if (success) resolve({ ok: true, value: null });
              else if (/cancel/i.test(reason)) resolve(CANCELLED);
              else resolve({ ok: false, failure: { code: 'io', message: reason ? verbatim(reason) : message('print.notPrinted') } });
            });
          }),
        deps.tempFolder?.(),
      );
      return result;
    } catch (error) {
      return failure(error);
    }
  });

  ipc.handle('print:saveExport', z.tuple([exportData, suggested, kind]), async ([data, name, what], caller): Promise<HostResult<SavedFile>> => {
    const path = await askPath(caller.window, name, what);
    if (path === null) return CANCELLED;
    const written = await atomicWriteFile(path, data);
    return written.ok ? { ok: true, value: { name: basename(path) } } : written;
  });
}
