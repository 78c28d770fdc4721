/**
 * Crash-recovery journals in the app's data folder (plain Node, tested in a child process that
 * is killed mid-append). One journal per open workspace with unsaved changes:
 *   <id>.journal  records of [u32 length][u32 crc32][Yjs update], appended and fsync'ed;
 *   <id>.json     its title, file name and file path, replaced atomically when they change.
 * A record cut short by a kill, or damaged, ends the journal there: everything before it is
 * read back whole. A reset (compaction) replaces the journal atomically with one record.
 */
import { translatorFor, verbatim } from '../../../shared/i18n';
import { desktopMessage } from '../../../shared/i18n/resources/desktop';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { JOURNAL_ID, type JournalInfo } from '../../../shared/host-api';
import { atomicWriteFile } from './atomic-write';
import type { DiskStamp } from './disk-stamp';
import { errorCode, writeFailure, type IoFailure } from './io-errors';

export interface StoredMeta {
  readonly title: string;
  readonly fileName: string | null;
  /** Absolute path of the file the window had open (main's knowledge, never the renderer's). */
  readonly filePath: string | null;
  /** That file's stamp when the window last read or wrote it (so a restore still notices outside changes). */
  readonly diskStamp?: DiskStamp | null;
}

export type AppendResult = { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly failure: IoFailure };

export interface JournalStoreOptions {
  /** Flush each append to disk. Default true; only tests turn it off. */
  readonly fsync?: boolean;
  /** At most this many journals are kept; the oldest beyond it are removed. Default 30. */
  readonly maxJournals?: number;
}

const HEADER = 8;

/** Encodes updates as journal records. */
export function encodeRecords(updates: readonly Uint8Array[]): Buffer {
  const total = updates.reduce((sum, u) => sum + HEADER + u.byteLength, 0);
  const out = Buffer.alloc(total);
  let at = 0;
  for (const update of updates) {
    out.writeUInt32LE(update.byteLength, at);
    out.writeUInt32LE(crc32(update), at + 4);
    out.set(update, at + HEADER);
    at += HEADER + update.byteLength;
  }
  return out;
}

/** Decodes journal records up to the first incomplete or damaged one. */
export function decodeRecords(data: Uint8Array): { updates: Uint8Array[]; intactBytes: number } {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at + HEADER <= buffer.byteLength) {
    const length = buffer.readUInt32LE(at);
    const sum = buffer.readUInt32LE(at + 4);
    if (at + HEADER + length > buffer.byteLength) break;
    const update = buffer.subarray(at + HEADER, at + HEADER + length);
    if (crc32(update) !== sum) break;
    updates.push(new Uint8Array(update));
    at += HEADER + length;
  }
  return { updates, intactBytes: at };
}

export class JournalStore {
  private readonly fsync: boolean;
  private readonly maxJournals: number;
  private readonly metas = new Map<string, string>();
  private ready: Promise<void> | null = null;

  constructor(
    readonly folder: string,
    options: JournalStoreOptions = {},
  ) {
    this.fsync = options.fsync ?? true;
    this.maxJournals = options.maxJournals ?? 30;
  }

  private journalPath(id: string): string {
    return join(this.folder, `${checkId(id)}.journal`);
  }

  private metaPath(id: string): string {
    return join(this.folder, `${checkId(id)}.json`);
  }

  private ensureFolder(): Promise<void> {
    this.ready ??= mkdir(this.folder, { recursive: true, mode: 0o700 }).then(
      () => undefined,
      (error: unknown) => {
        this.ready = null;
        throw error;
      },
    );
    return this.ready;
  }

  /** Appends `updates` (or, with `reset`, replaces the journal with them). Never throws. */
  async append(id: string, updates: readonly Uint8Array[], meta: StoredMeta, reset: boolean): Promise<AppendResult> {
    if (!JOURNAL_ID.test(id)) return { ok: false, failure: { code: 'io', message: verbatim(`Not a journal id: ${JSON.stringify(id)}`) } };
    const path = this.journalPath(id);
    try {
      await this.ensureFolder();
      await this.writeMeta(id, meta);
      const records = encodeRecords(updates);
      if (reset) {
        const written = await atomicWriteFile(path, records, { fsync: this.fsync });
        if (!written.ok) return written;
        return { ok: true, bytes: records.byteLength };
      }
      const handle = await open(path, 'a', 0o600);
      try {
        const before = (await handle.stat()).size;
        try {
          await handle.writeFile(records);
          if (this.fsync) await handle.datasync();
        } catch (error) {
          // A write cut short (a full disk) must not leave part of a record for later ones to follow.
          await handle.truncate(before).catch(() => undefined);
          throw error;
        }
        return { ok: true, bytes: (await handle.stat()).size };
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = errorCode(error);
      // Said to the user as "cannot be kept for recovery right now: <this>".
      const message = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? desktopMessage('recovery.diskFull') : writeFailure(error, path).message;
      return { ok: false, failure: { code: 'io', message } };
    }
  }

  private async writeMeta(id: string, meta: StoredMeta): Promise<void> {
    const text = JSON.stringify({ title: meta.title, fileName: meta.fileName, filePath: meta.filePath, diskStamp: meta.diskStamp ?? null });
    if (this.metas.get(id) === text) return;
    const written = await atomicWriteFile(this.metaPath(id), text, { fsync: this.fsync });
    if (!written.ok) throw new Error(translatorFor('en').text(written.failure.message));
    this.metas.set(id, text);
  }

  async discard(id: string): Promise<void> {
    this.metas.delete(id);
    await rm(this.journalPath(id), { force: true });
    await rm(this.metaPath(id), { force: true });
  }

  /** Every journal with at least one whole record, newest first; `except` ids are left out. */
  async list(except: ReadonlySet<string> = new Set()): Promise<JournalInfo[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const found: JournalInfo[] = [];
    for (const name of names) {
      const id = name.endsWith('.journal') ? name.slice(0, -'.journal'.length) : null;
      if (id === null || !JOURNAL_ID.test(id) || except.has(id)) continue;
      const info = await stat(join(this.folder, name)).catch(() => null);
      if (!info || info.size < HEADER) continue;
      const meta = await this.readMeta(id);
      found.push({ id, title: meta.title, fileName: meta.fileName, updatedAt: info.mtimeMs, bytes: info.size });
    }
    found.sort((a, b) => b.updatedAt - a.updatedAt);
    // Bounded: the oldest journals beyond the limit go (they have been offered at every start).
    for (const old of found.splice(this.maxJournals)) await this.discard(old.id).catch(() => undefined);
    return found;
  }

  async readMeta(id: string): Promise<StoredMeta> {
    try {
      const parsed = JSON.parse(await readFile(this.metaPath(id), 'utf8')) as Partial<StoredMeta>;
      return {
        title: typeof parsed.title === 'string' ? parsed.title : '',
        fileName: typeof parsed.fileName === 'string' ? parsed.fileName : null,
        filePath: typeof parsed.filePath === 'string' ? parsed.filePath : null,
        diskStamp: isStamp(parsed.diskStamp) ? parsed.diskStamp : null,
      };
    } catch {
      return { title: '', fileName: null, filePath: null };
    }
  }

  /** The journal's whole records, in order. */
  async read(id: string): Promise<{ updates: Uint8Array[]; meta: StoredMeta } | null> {
    const data = await readFile(this.journalPath(id)).catch(() => null);
    if (!data) return null;
    return { updates: decodeRecords(data).updates, meta: await this.readMeta(id) };
  }
}

function checkId(id: string): string {
  if (!JOURNAL_ID.test(id)) throw new Error(`Not a journal id: ${JSON.stringify(id)}`);
  return id;
}

function isStamp(value: unknown): value is DiskStamp {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['size'] === 'number' && typeof v['mtimeMs'] === 'number' && typeof v['ino'] === 'number';
}
