import type { RecentFile, DiskState, DocumentState, HostApi, HostCommand, HostResult, JournalInfo, MenuSpec, OpenedFile, SavedFile } from '../../../shared/host-api';
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
  const answers: { open: HostResult<OpenedFile>[]; saveAs: (string | null)[]; merge: HostResult<OpenedFile>[] } = { open: [], saveAs: [], merge: [] };
  /** Crash-recovery journals, as a host keeps them: updates in order, plus the summary. */
  const journals = new Map<string, { updates: Uint8Array[]; info: JournalInfo }>();
  const journalCalls: string[] = [];
  let failJournal: string | null = null;
  /** What the next `checkDisk` reports, and the file's text as another program left it. */
  let disk: DiskState = { kind: 'none' };
  let onDisk: { name: string; text: string } | null = null;
  const saveOptions: unknown[] = [];
  /** What `files.recent` lists (keys are names in `files`). */
  const recentFiles: RecentFile[] = [];
  let closed = false;
  let keptOpen = 0;

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
      save: async (text, suggested, options) => {
        saveOptions.push(options);
        if (disk.kind === 'changed' && options?.overwrite !== true) return { ok: false, failure: { code: 'changed-on-disk', name: disk.name } };
        // A file never saved asks for a name first, like Save As (null: the user cancels).
        if (current === null && answers.saveAs[0] === null) {
          answers.saveAs.shift();
          return { ok: false, failure: { code: 'cancelled' } };
        }
        disk = { kind: 'same' };
        return write(current ?? answers.saveAs.shift() ?? suggested, text);
      },
      saveAs: async (text, suggested) => {
        const name = answers.saveAs.length ? answers.saveAs.shift()! : suggested;
        if (name === null) return { ok: false, failure: { code: 'cancelled' } };
        return write(name, text);
      },
      forgetCurrent: async () => {
        current = null;
      },
      recent: async () => [...recentFiles],
      openRecent: async (key) => {
        const text = files.get(key);
        if (text === undefined) return { ok: false, failure: { code: 'io', message: verbatim(`"${key}" could not be found.`) } };
        current = key;
        return { ok: true, value: { name: key, text } };
      },
      checkDisk: async () => disk,
      readCurrent: async (accept) => {
        if (!onDisk) return { ok: false, failure: { code: 'io', message: verbatim('no file') } };
        if (accept) disk = { kind: 'same' };
        return { ok: true, value: { ...onDisk } };
      },
      pickToMerge: async () => answers.merge.shift() ?? { ok: false, failure: { code: 'cancelled' } },
    },
    recovery: {
      append: async (id, updates, meta, reset) => {
        journalCalls.push(`${reset ? 'reset' : 'append'}:${id}`);
        if (failJournal !== null) return { ok: false, failure: { code: 'io', message: verbatim(failJournal) } };
        const entry = journals.get(id) ?? { updates: [], info: { id, title: '', fileName: null, updatedAt: 0, bytes: 0 } };
        if (reset) entry.updates = [];
        entry.updates.push(...updates.map((u) => new Uint8Array(u)));
        const bytes = entry.updates.reduce((sum, u) => sum + u.byteLength, 0);
        entry.info = { id, ...meta, updatedAt: Date.now(), bytes };
        journals.set(id, entry);
        return { ok: true, value: bytes };
      },
      discard: async (id) => {
        journalCalls.push(`discard:${id}`);
        journals.delete(id);
      },
      list: async () => [...journals.values()].map((j) => j.info),
      read: async (id) => {
        const entry = journals.get(id);
        return entry ? { ok: true, value: [...entry.updates] } : { ok: false, failure: { code: 'io', message: verbatim('gone') } };
      },
    },
    window: {
      setDocumentState: (state) => void documentStates.push(state),
      setMenu: (menu) => void menus.push(menu),
      setLocale: (locale) => void locales.push(locale),
      keepOpen: () => {
        keptOpen += 1;
      },
      close: () => {
        closed = true;
      },
      onCommand: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    print: {
      savePdf: async () => ({ ok: false, failure: { code: 'cancelled' } }),
      print: async () => ({ ok: false, failure: { code: 'cancelled' } }),
      saveExport: async () => ({ ok: false, failure: { code: 'cancelled' } }),
      cancel: async () => undefined,
      onProgress: () => () => undefined,
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
    journals,
    journalCalls,
    recentFiles,
    saveOptions,
    /** Journal writes fail with this message (null: they work). */
    failJournals(message: string | null) {
      failJournal = message;
    },
    /** Another program changed the open file on disk: checkDisk and Save notice. */
    changeOnDisk(name: string, text: string) {
      disk = { kind: 'changed', name };
      onDisk = { name, text };
    },
    setDisk(state: DiskState) {
      disk = state;
    },
    /** What the next Merge… dialog returns. */
    nextMerge(name: string, text: string) {
      answers.merge.push({ ok: true, value: { name, text } });
    },
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
    /** How often the renderer said a save-then-close did not save. */
    get keptOpen() {
      return keptOpen;
    },
    get closed() {
      return closed;
    },
  };
}
