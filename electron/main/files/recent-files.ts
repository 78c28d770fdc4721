/**
 * The recent-files list: a small JSON file in the app's data folder, most recent first, at most
 * `RECENT_FILES_LIMIT` entries, no duplicates. A missing or corrupt list is an empty list (it
 * is a convenience, never a reason to fail), and it is rewritten atomically.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import { atomicWriteFile } from './atomic-write';

export const RECENT_FILES_LIMIT = 10;
export const RECENT_FILES_FILE = 'recent-files.json';

interface StoredList {
  readonly version: 1;
  readonly files: readonly string[];
}

export interface RecentFilesOptions {
  readonly limit?: number;
  /** Compare paths ignoring case (macOS and Windows file systems usually do). */
  readonly caseInsensitive?: boolean;
  /** Called with the new list after every change is written (the native Open Recent menu redraws). */
  readonly onChange?: (list: readonly string[]) => void;
}

/** Same file? Paths are normalized; case is ignored where the file system ignores it. */
export function samePath(a: string, b: string, caseInsensitive: boolean): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return caseInsensitive ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** `list` with `path` moved (or added) to the front, without duplicates, cut to `limit`. */
export function withRecent(list: readonly string[], path: string, limit: number, caseInsensitive: boolean): string[] {
  const rest = list.filter((p) => !samePath(p, path, caseInsensitive));
  return [normalize(path), ...rest].slice(0, limit);
}

/** The entries of a stored list that are usable: absolute path strings, de-duplicated. */
export function parseRecentList(text: string, limit: number, caseInsensitive: boolean): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const files: unknown = typeof data === 'object' && data !== null && 'files' in data ? data.files : undefined;
  if (!Array.isArray(files)) return [];
  const result: string[] = [];
  for (const entry of files) {
    if (typeof entry !== 'string' || entry.length === 0 || entry.length > 4096 || !isAbsolute(entry)) continue;
    if (result.some((p) => samePath(p, entry, caseInsensitive))) continue;
    result.push(normalize(entry));
    if (result.length === limit) break;
  }
  return result;
}

export class RecentFiles {
  readonly file: string;
  private readonly limit: number;
  private readonly caseInsensitive: boolean;
  private readonly onChange: ((list: readonly string[]) => void) | undefined;
  /** Serializes read-modify-write cycles so two quick saves cannot lose an entry. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly folder: string,
    options: RecentFilesOptions = {},
  ) {
    this.file = join(folder, RECENT_FILES_FILE);
    this.limit = options.limit ?? RECENT_FILES_LIMIT;
    this.caseInsensitive = options.caseInsensitive ?? (process.platform === 'win32' || process.platform === 'darwin');
    this.onChange = options.onChange;
  }

  /** Most recent first. */
  list(): Promise<string[]> {
    return this.enqueue(() => this.read());
  }

  /** Whether `path` is in the list (how `openRecent` decides a key is legitimate). */
  async has(path: string): Promise<boolean> {
    const list = await this.list();
    return list.some((p) => samePath(p, path, this.caseInsensitive));
  }

  /** Moves `path` to the front. Rejects (with a readable message) if the list cannot be written. */
  add(path: string): Promise<string[]> {
    return this.update((list) => withRecent(list, path, this.limit, this.caseInsensitive));
  }

  remove(path: string): Promise<string[]> {
    return this.update((list) => list.filter((p) => !samePath(p, path, this.caseInsensitive)));
  }

  clear(): Promise<string[]> {
    return this.update(() => []);
  }

  private update(change: (list: string[]) => string[]): Promise<string[]> {
    return this.enqueue(async () => {
      const next = change(await this.read());
      await mkdir(this.folder, { recursive: true });
      const stored: StoredList = { version: 1, files: next };
      const result = await atomicWriteFile(this.file, `${JSON.stringify(stored, null, 2)}\n`);
      if (!result.ok) throw new Error(`The recent-files list could not be saved: ${result.failure.message}`);
      this.onChange?.(next);
      return next;
    });
  }

  private async read(): Promise<string[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return parseRecentList(text, this.limit, this.caseInsensitive);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
