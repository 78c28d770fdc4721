import { WebSaver, type NameAsker } from './web-save';
import { downloadExport, printInFrame } from './web-print';
import {
  MAX_FILE_BYTES,
  type AppInfo,
  type DocumentState,
  type HostApi,
  type HostCommand,
  type HostResult,
  type OpenedFile,
} from '../../../shared/host-api';
import { indexedDbRecovery } from './idb-journal';
import { message, verbatim } from '../../../shared/i18n';

/**
 * The HostApi in a plain browser (people joining from a browser, and the e2e tests).
 * Open uses a file input; Save As asks for a name (the File System Access API's save picker
 * where the browser has one, then Save writes that file again; else a name, then a download).
 */
export function createWebHost(appVersion: string, askSaveName: NameAsker): HostApi {
  // Save and Save As: a name asked for, and the file's handle kept where the browser allows (web-save.ts).
  const saver = new WebSaver(askSaveName);
  const listeners = new Set<(command: HostCommand) => void>();

  const pickFile = () =>
    new Promise<File | null>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.journey,application/json,application/x-journey+json';
      input.style.display = 'none';
      input.addEventListener('change', () => {
        resolve(input.files?.[0] ?? null);
        input.remove();
      });
      input.addEventListener('cancel', () => {
        resolve(null);
        input.remove();
      });
      document.body.append(input);
      input.click();
    });

  const readPicked = async (): Promise<HostResult<OpenedFile>> => {
    const file = await pickFile();
    if (!file) return { ok: false, failure: { code: 'cancelled' } };
    if (file.size > MAX_FILE_BYTES) return { ok: false, failure: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
    try {
      return { ok: true, value: { name: file.name, text: await file.text() } };
    } catch (error) {
      return { ok: false, failure: { code: 'io', message: verbatim(error instanceof Error ? error.message : String(error)) } };
    }
  };

  return {
    app: {
      info: async (): Promise<AppInfo> => ({ name: 'Journey', version: appVersion, host: 'web', platform: navigator.platform }),
    },
    files: {
      async open(): Promise<HostResult<OpenedFile>> {
        const result = await readPicked();
        if (result.ok) saver.forget(result.value.name);
        return result;
      },
      takePending: async () => null,
      save: (text, suggestedName) => saver.save(text, suggestedName),
      saveAs: (text, suggestedName) => saver.saveAs(text, suggestedName),
      forgetCurrent: async () => {
        saver.forget();
      },
      recent: async () => [],
      openRecent: async () => ({ ok: false, failure: { code: 'io', message: message('host.recentDesktopOnly') } }),
      // A download is a copy, not a file the page keeps open: nothing on disk to watch.
      checkDisk: async () => ({ kind: 'none' }),
      readCurrent: async () => ({ ok: false, failure: { code: 'io', message: message('host.browserNoFile') } }),
      pickToMerge: readPicked,
    },
    recovery: indexedDbRecovery(),
    window: {
      setDocumentState(state: DocumentState) {
        document.title = `${state.dirty ? '• ' : ''}${state.title} — Journey`;
      },
      // A browser has no application menu: the toolbar and shortcuts are the page's own.
      setMenu: () => undefined,
      // The page is the whole UI: it is already in the user's language.
      setLocale: () => undefined,
      // The Fullscreen API needs a user gesture (F5, the menu item): refused, the page stays as it is.
      setFullScreen(on) {
        if (on && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
        else if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      },
      close: () => window.close(),
      keepOpen: () => undefined,
      onCommand(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    // The print document through the browser's own print dialog (its "Save as PDF" destination
    // makes the PDF); exports are downloads.
    print: {
      savePdf: async (html) => printInFrame(html),
      print: async (html) => {
        const result = await printInFrame(html);
        return result.ok ? { ok: true, value: null } : result;
      },
      saveExport: async (data, suggestedName, kind) => downloadExport(data, suggestedName, kind),
      // The browser's print dialog is its own (modal, with its own Cancel); the build before it is cancelled in the renderer.
      cancel: async () => undefined,
      onProgress: () => () => undefined,
    },
    room: {
      // A page cannot open a server: people host from the desktop app, or through a team's signaling server.
      host: async () => ({ ok: false, message: message('host.hostDesktopOnly') }),
      stop: async () => undefined,
      status: async () => null,
      // In a browser the join link's parameters are in the page's own URL.
      takePendingJoin: async () => null,
    },
  };
}
