import type { DocumentState, HostApi, HostCommand, HostResult, MenuSpec, OpenedFile, SavedFile } from '../../../shared/host-api';
import { verbatim, type Locale } from '../../../shared/i18n';

/**
 * A HostApi in memory: files are a map from name to text, dialogs are answered by the test
 * (`nextOpen`, `nextSaveAs`), and what the renderer tells the window is recorded.
 */
export function fakeHost() {
  const files = new Map<string, string>();
  let current: string | null = null;
  const documentStates: DocumentState[] = [];
  const menus: MenuSpec[] = [];
  const locales: Locale[] = [];
  const listeners = new Set<(command: HostCommand) => void>();
  const answers: { open: HostResult<OpenedFile>[]; saveAs: (string | null)[] } = { open: [], saveAs: [] };
  let closed = false;

  const write = (name: string, text: string): HostResult<SavedFile> => {
    files.set(name, text);
    current = name;
    return { ok: true, value: { name } };
  };

  const host: HostApi = {
    app: { info: async () => ({ name: 'Journey', version: 'test', host: 'web', platform: 'linux' }) },
    files: {
      open: async () => {
        const next = answers.open.shift() ?? { ok: false, failure: { code: 'cancelled' } };
        if (next.ok) current = next.value.name;
        return next;
      },
      takePending: async () => null,
      save: async (text, suggested) => write(current ?? answers.saveAs.shift() ?? suggested, text),
      saveAs: async (text, suggested) => {
        const name = answers.saveAs.length ? answers.saveAs.shift()! : suggested;
        if (name === null) return { ok: false, failure: { code: 'cancelled' } };
        return write(name, text);
      },
      forgetCurrent: async () => {
        current = null;
      },
      recent: async () => [],
      openRecent: async () => ({ ok: false, failure: { code: 'cancelled' } }),
    },
    window: {
      setDocumentState: (state) => void documentStates.push(state),
      setMenu: (menu) => void menus.push(menu),
      setLocale: (locale) => void locales.push(locale),
      close: () => {
        closed = true;
      },
      onCommand: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    room: {
      host: async () => ({ ok: false, message: verbatim('Hosting is not part of these tests') }),
      stop: async () => undefined,
      status: async () => null,
      takePendingJoin: async () => null,
    },
  };
  return {
    host,
    files,
    documentStates,
    menus,
    /** Every UI language the renderer told the host, in order. */
    locales,
    /** What the next Open dialog returns. */
    nextOpen(name: string, text: string) {
      answers.open.push({ ok: true, value: { name, text } });
    },
    /** The name the next Save As dialog picks (null: the user cancels). */
    nextSaveAs(name: string | null) {
      answers.saveAs.push(name);
    },
    get current() {
      return current;
    },
    get closed() {
      return closed;
    },
  };
}
