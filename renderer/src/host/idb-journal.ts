import type { HostApi, HostResult, JournalInfo, JournalMeta } from '../../../shared/host-api';
import { JOURNAL_ID } from '../../../shared/host-api';
import { verbatim } from '../../../shared/i18n';

/**
 * Crash-recovery journals in a browser: IndexedDB, one database per origin. A journal's
 * records and its summary are written in one transaction (all or nothing, durability
 * "strict"), so a tab or browser killed mid-write leaves the journal as it was before.
 * Which journals belong to a live tab: each tab holds a Web Lock per journal it writes; locks
 * die with their tab, so a new tab offers exactly the journals of tabs that are gone. Where
 * Web Locks are missing (pages served over plain http to another machine), a tab refreshes a
 * heartbeat instead and journals whose heartbeat is older than `STALE_MS` are offered.
 */
const DB_NAME = 'journey-recovery';
const SUMMARIES = 'journals';
const RECORDS = 'records';
const BY_JOURNAL = 'byJournal';
const LOCK_PREFIX = 'journey-journal:';
const HEARTBEAT_MS = 3000;
const STALE_MS = 12_000;

interface Summary extends JournalInfo {
  aliveAt: number;
}
interface RecordRow {
  journal: string;
  data: Uint8Array;
}

type Recovery = HostApi['recovery'];

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });

function message(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'the browser has no storage space left for this site';
  return error instanceof Error ? error.message : String(error);
}

export function indexedDbRecovery(factory: IDBFactory | undefined = globalThis.indexedDB): Recovery {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) return reject(new Error('this browser keeps no local storage for the page'));
      const open = factory.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        const database = open.result;
        database.createObjectStore(SUMMARIES, { keyPath: 'id' });
        database.createObjectStore(RECORDS, { autoIncrement: true }).createIndex(BY_JOURNAL, 'journal');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => {
        opened = null;
        reject(open.error ?? new Error('IndexedDB could not be opened'));
      };
    }));

  const locks: LockManager | undefined = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  /** Journals this tab holds: the release function of each one's lock. */
  const held = new Map<string, () => void>();
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  const hold = (id: string): void => {
    if (held.has(id)) return;
    if (locks) {
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      held.set(id, () => release());
      void locks.request(LOCK_PREFIX + id, () => released).catch(() => undefined);
      return;
    }
    held.set(id, () => undefined);
    heartbeat ??= setInterval(() => void beat(), HEARTBEAT_MS);
  };
  const letGo = (id: string): void => {
    held.get(id)?.();
    held.delete(id);
  };
  const beat = async (): Promise<void> => {
    const database = await db();
    const tx = database.transaction(SUMMARIES, 'readwrite');
    const store = tx.objectStore(SUMMARIES);
    for (const id of held.keys()) {
      const summary = (await request(store.get(id))) as Summary | undefined;
      if (summary) store.put({ ...summary, aliveAt: Date.now() });
    }
    await done(tx);
  };
  const deleteRecords = (store: IDBObjectStore, id: string) => {
    const cursor = store.index(BY_JOURNAL).openKeyCursor(IDBKeyRange.only(id));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      store.delete(at.primaryKey);
      at.continue();
    };
  };

  const refuse = (text: string): HostResult<never> => ({ ok: false, failure: { code: 'io', message: verbatim(text) } });

  return {
    async append(id: string, updates: readonly Uint8Array[], meta: JournalMeta, reset: boolean): Promise<HostResult<number>> {
      if (!JOURNAL_ID.test(id)) return refuse('not a journal id');
      try {
        hold(id);
        const database = await db();
        const tx = database.transaction([SUMMARIES, RECORDS], 'readwrite', { durability: 'strict' });
        const summaries = tx.objectStore(SUMMARIES);
        const records = tx.objectStore(RECORDS);
        const before = reset ? undefined : ((await request(summaries.get(id))) as Summary | undefined);
        if (reset) deleteRecords(records, id);
        let added = 0;
        for (const data of updates) {
          records.add({ journal: id, data } satisfies RecordRow);
          added += data.byteLength;
        }
        const bytes = (before?.bytes ?? 0) + added;
        const now = Date.now();
        summaries.put({ id, title: meta.title, fileName: meta.fileName, updatedAt: now, bytes, aliveAt: now } satisfies Summary);
        await done(tx);
        return { ok: true, value: bytes };
      } catch (error) {
        return refuse(message(error));
      }
    },

    async discard(id: string): Promise<void> {
      if (!JOURNAL_ID.test(id)) return;
      letGo(id);
      const database = await db();
      const tx = database.transaction([SUMMARIES, RECORDS], 'readwrite');
      tx.objectStore(SUMMARIES).delete(id);
      deleteRecords(tx.objectStore(RECORDS), id);
      await done(tx);
    },

    async list(): Promise<readonly JournalInfo[]> {
      const database = await db();
      const all = (await request(database.transaction(SUMMARIES).objectStore(SUMMARIES).getAll())) as Summary[];
      let live: (summary: Summary) => boolean;
      if (locks) {
        const state = await locks.query();
        const names = new Set([...(state.held ?? []), ...(state.pending ?? [])].map((lock) => lock.name));
        live = (summary) => names.has(LOCK_PREFIX + summary.id);
      } else {
        const now = Date.now();
        live = (summary) => held.has(summary.id) || now - summary.aliveAt < STALE_MS;
      }
      return all
        .filter((summary) => !live(summary))
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map(({ id, title, fileName, updatedAt, bytes }) => ({ id, title, fileName, updatedAt, bytes }));
    },

    async read(id: string): Promise<HostResult<readonly Uint8Array[]>> {
      if (!JOURNAL_ID.test(id)) return refuse('not a journal id');
      try {
        const database = await db();
        const rows = (await request(database.transaction(RECORDS).objectStore(RECORDS).index(BY_JOURNAL).getAll(IDBKeyRange.only(id)))) as RecordRow[];
        if (rows.length === 0) return refuse('The recovered changes could not be read.');
        hold(id);
        return { ok: true, value: rows.map((row) => row.data) };
      } catch (error) {
        return refuse(message(error));
      }
    },
  };
}
