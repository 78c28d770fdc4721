/**
 * `files:*` — open, save, save as, recent files. The renderer never names a path to write:
 * Save writes to the window's remembered file or asks with the native dialog, and
 * `openRecent` accepts only a key that is in the recent list.
 */
import { access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron';
import { z } from 'zod';
import {
  MAX_FILE_BYTES,
  type HostResult,
  type DiskState,
  type OpenedFile,
  type RecentFile,
  type SaveResult,
} from '../../../shared/host-api';
import { message, translatorFor, type Locale } from '../../../shared/i18n';
import { showDocumentState } from '../window';
import { atomicWriteFile } from '../files/atomic-write';
import { backupPrevious } from '../files/backups';
import { diskState, stampOf } from '../files/disk-stamp';
import { JOURNEY_FILTER, suggestedFileName, withJourneyExtension } from '../files/file-names';
import { describeFailure } from '../files/io-errors';
import { readTextFile } from '../files/read-file';
import { isReadOnlyFile } from '../files/read-only';
import type { RecentFiles } from '../files/recent-files';
import type { Ipc } from '../ipc';
import type { AppWindow } from '../window-registry';

/** Document text: bounded so a renderer cannot make the main process hold gigabytes. */
const documentText = z.string().max(MAX_FILE_BYTES);
const suggestedName = z.string().max(1024);
const recentKey = z.string().min(1).max(4096);
const saveOptions = z.object({ overwrite: z.boolean().optional() }).optional();

const CANCELLED = { ok: false, failure: { code: 'cancelled' } } as const;

const journeyFilter = (locale: Locale): FileFilter => ({ name: translatorFor(locale).t('dialog.journeyFiles'), extensions: [...JOURNEY_FILTER.extensions] });

export interface FileHandlerDeps {
  readonly recent: RecentFiles;
  /** Where the Save dialog starts for a document never saved. */
  readonly documentsFolder?: () => string;
  /** Where the previous version of each saved file is kept (null: no backups). Default `<userData>/backups`. */
  readonly backupsFolder?: () => string | null;
  /** Reports non-fatal problems (e.g. the recent list could not be written). */
  readonly report?: (message: string) => void;
}

export function registerFileHandlers(ipc: Ipc, deps: FileHandlerDeps): FileActions {
  const actions = fileActions(deps);

  ipc.handle('files:open', z.tuple([]), async (_args, caller) => {
    const path = await actions.pickFileToOpen(caller.window, caller.doc.locale);
    return path === null ? CANCELLED : actions.openPath(caller, path);
  });

  ipc.handle('files:takePending', z.tuple([]), async (_args, caller): Promise<OpenedFile | null> => {
    const path = caller.doc.pendingPath;
    caller.doc.pendingPath = null;
    if (path === null) return null;
    const result = await actions.openPath(caller, path);
    if (result.ok) return result.value;
    const { locale } = caller.doc;
    await dialog.showMessageBox(caller.window, {
      type: 'error',
      message: translatorFor(locale).t('open.failed', { name: basename(path) }),
      detail: describeFailure(result.failure, basename(path), locale),
    });
    return null;
  });

  ipc.handle('files:save', z.tuple([documentText, suggestedName, saveOptions]), ([text, suggested, options], caller) =>
    actions.queue(caller, async (): Promise<SaveResult> => {
      const path = caller.doc.filePath ?? (await actions.askSavePath(caller.window, join(actions.documentsFolder(), suggestedFileName(suggested)), caller.doc.locale));
      return path === null ? CANCELLED : actions.saveTo(caller, path, text, options?.overwrite === true);
    }),
  );

  ipc.handle('files:saveAs', z.tuple([documentText, suggestedName]), ([text, suggested], caller) =>
    actions.queue(caller, async (): Promise<SaveResult> => {
      const path = await actions.askSavePath(caller.window, caller.doc.filePath ?? join(actions.documentsFolder(), suggestedFileName(suggested)), caller.doc.locale);
      // The user picked the file in the dialog (and confirmed replacing it): no changed-on-disk check.
      return path === null ? CANCELLED : actions.saveTo(caller, path, text, true);
    }),
  );

  ipc.handle('files:forgetCurrent', z.tuple([]), (_args, caller): void => {
    caller.doc.filePath = null;
    caller.doc.diskStamp = null;
    showDocumentState(caller);
  });

  ipc.handle('files:recent', z.tuple([]), async (): Promise<readonly RecentFile[]> => {
    const list = await deps.recent.list();
    return Promise.all(
      list.map(async (path) => ({ name: basename(path), key: path, missing: await access(path).then(() => false, () => true) })),
    );
  });

  ipc.handle('files:openRecent', z.tuple([recentKey]), async ([key], caller): Promise<HostResult<OpenedFile>> => {
    if (!(await deps.recent.has(key))) {
      return { ok: false, failure: { code: 'io', message: message('recent.gone', { name: basename(key) }) } };
    }
    const result = await actions.openPath(caller, key);
    // A recent file that has gone away leaves the list.
    if (!result.ok && (await access(key).then(() => false, () => true))) await deps.recent.remove(key).catch(() => undefined);
    return result;
  });

  ipc.handle('files:checkDisk', z.tuple([]), (_args, caller): Promise<DiskState> => diskState(caller.doc.filePath, caller.doc.diskStamp));

  ipc.handle('files:readCurrent', z.tuple([z.boolean()]), async ([accept], caller): Promise<HostResult<OpenedFile>> => {
    const path = caller.doc.filePath;
    if (path === null) return { ok: false, failure: { code: 'io', message: message('host.notSavedYet') } };
    const stamp = await stampOf(path);
    const result = await readTextFile(path);
    if (result.ok && accept) caller.doc.diskStamp = stamp;
    return result;
  });

  ipc.handle('files:pickToMerge', z.tuple([]), async (_args, caller): Promise<HostResult<OpenedFile>> => {
    const path = await actions.pickFileToOpen(caller.window, caller.doc.locale);
    return path === null ? CANCELLED : readTextFile(path);
  });

  return actions;
}

export interface FileActions {
  documentsFolder(): string;
  /** The native dialogs speak `locale`, the UI language of the window that asked. */
  pickFileToOpen(parent: BrowserWindow | null, locale: Locale): Promise<string | null>;
  openPath(caller: AppWindow, path: string): Promise<HostResult<OpenedFile>>;
  askSavePath(parent: BrowserWindow, defaultPath: string, locale: Locale): Promise<string | null>;
  /** Writes `text` to `path`; unless `overwrite`, refuses when another program changed the window's file since. */
  saveTo(caller: AppWindow, path: string, text: string, overwrite?: boolean): Promise<SaveResult>;
  /** Runs saves of one window one after another, so a second Ctrl+S waits for the first. */
  queue<T>(caller: AppWindow, task: () => Promise<T>): Promise<T>;
  remember(path: string): Promise<void>;
  /** Keeps the file's previous version (backups.ts) before it is replaced. */
  backup(path: string): Promise<void>;
}

export function fileActions(deps: FileHandlerDeps): FileActions {
  const report = deps.report ?? ((message: string) => console.warn(message));
  const queues = new WeakMap<AppWindow, Promise<unknown>>();
  const backupsRoot = (): string | null => {
    if (deps.backupsFolder) return deps.backupsFolder();
    try {
      return join(app.getPath('userData'), 'backups');
    } catch {
      return null;
    }
  };

  const actions: FileActions = {
    documentsFolder() {
      if (deps.documentsFolder) return deps.documentsFolder();
      try {
        return app.getPath('documents');
      } catch {
        return homedir();
      }
    },

    async pickFileToOpen(parent, locale) {
      const { t } = translatorFor(locale);
      const options: OpenDialogOptions = {
        title: t('dialog.openTitle'),
        properties: ['openFile'],
        filters: [journeyFilter(locale), { name: t('dialog.allFiles'), extensions: ['*'] }],
      };
      const { canceled, filePaths } = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },

    async openPath(caller, path) {
      const stamp = await stampOf(path);
      const result = await readTextFile(path);
      if (result.ok) {
        caller.doc.filePath = path;
        caller.doc.diskStamp = stamp;
        showDocumentState(caller);
        await actions.remember(path);
      }
      return result;
    },

    async askSavePath(parent, defaultPath, locale) {
      const { t } = translatorFor(locale);
      const { canceled, filePath } = await dialog.showSaveDialog(parent, {
        title: t('dialog.saveTitle'),
        defaultPath,
        filters: [journeyFilter(locale)],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (canceled || !filePath) return null;
      const path = withJourneyExtension(filePath);
      // The dialog confirmed overwriting what the user typed, not the name with .journey added.
      if (path !== filePath && (await access(path).then(() => true, () => false))) {
        const { response } = await dialog.showMessageBox(parent, {
          type: 'warning',
          buttons: [t('dialog.replace'), t('dialog.cancel')],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
          message: t('dialog.replaceMessage', { name: basename(path) }),
          detail: t('dialog.replaceDetail'),
        });
        if (response !== 0) return null;
      }
      return path;
    },

    async saveTo(caller, path, text, overwrite = false) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > MAX_FILE_BYTES) return { ok: false, failure: { code: 'too-large', bytes, limit: MAX_FILE_BYTES } };
      // Someone made it read-only on purpose: never replace it without asking (Save As can).
      if (await isReadOnlyFile(path)) return { ok: false, failure: { code: 'read-only', name: basename(path) } };
      // A sync client or another program changed the file since we read or wrote it: the user decides.
      if (!overwrite && path === caller.doc.filePath) {
        const state = await diskState(path, caller.doc.diskStamp);
        if (state.kind === 'changed') return { ok: false, failure: { code: 'changed-on-disk', name: state.name } };
      }
      await actions.backup(path);
      const written = await atomicWriteFile(path, text);
      if (!written.ok) return written;
      caller.doc.filePath = path;
      caller.doc.diskStamp = await stampOf(path);
      showDocumentState(caller);
      await actions.remember(path);
      return { ok: true, value: { name: basename(path) } };
    },

    async backup(path) {
      const root = backupsRoot();
      if (root === null) return;
      try {
        await backupPrevious(root, path);
      } catch (error) {
        // A backup that cannot be made does not stop the save: the atomic write never harms the old file.
        report(`No backup of "${basename(path)}" before saving: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    queue(caller, task) {
      const previous = queues.get(caller) ?? Promise.resolve();
      const run = previous.then(task, task);
      queues.set(caller, run.catch(() => undefined));
      return run;
    },

    async remember(path) {
      try {
        app.addRecentDocument(path);
        await deps.recent.add(path);
      } catch (error) {
        report(error instanceof Error ? error.message : String(error));
      }
    },
  };
  return actions;
}
