/**
 * Atomic file replacement: write a temp file next to the target, flush it to disk, then rename
 * it over the target. A reader (or a crash, or a full disk) sees either the old file or the
 * new one, never a half-written one; on failure the temp file is removed.
 *
 * Why not `write-file-atomic`: version 7 issues a single `fs.write` and ignores a short count,
 * so when the disk fills up (or a file-size limit is hit) mid-write it renames a truncated temp
 * file over the user's document and reports success. `FileHandle.writeFile` loops until every
 * byte is written and throws on the first error, which is what "atomic" needs.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, writeFailure, type IoFailure } from './io-errors';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly failure: IoFailure };

export interface AtomicWriteOptions {
  /** Flush the file (and, on POSIX, its folder) to disk. Default true; only tests turn it off. */
  readonly fsync?: boolean;
  /** Platform whose rename quirks to handle. Default `process.platform`. */
  readonly platform?: NodeJS.Platform;
}

/** Name of a temp file for `target`: hidden, in the same folder (so rename is atomic), unique. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` (text as UTF-8) to `path` atomically. Never throws; failures are values. */
export async function atomicWriteFile(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WriteResult> {
  const fsync = options.fsync ?? true;
  const platform = options.platform ?? process.platform;
  // Write through a symlink to the file it points at, rather than replacing the link.
  const target = await realpath(path).catch(() => path);
  // Keep the permissions of the file being replaced.
  const mode = await stat(target).then(
    (s) => s.mode & 0o7777,
    () => 0o666,
  );
  const temp = tempPathFor(target);
  let created = false;
  try {
    const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
    created = true;
    try {
      await handle.writeFile(data, typeof data === 'string' ? { encoding: 'utf8' } : {});
      if (fsync) await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, platform);
    created = false;
    if (fsync) await syncFolder(dirname(target), platform);
    return { ok: true };
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    return { ok: false, failure: writeFailure(error, path) };
  }
}

/**
 * On Windows a rename over a file that an antivirus scanner or indexer has open fails with
 * EPERM/EACCES/EBUSY for a moment; retry briefly (as graceful-fs does) before giving up.
 */
async function renameWithRetry(from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  const retryable = platform === 'win32' ? new Set(['EPERM', 'EACCES', 'EBUSY']) : new Set<string>();
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= 5 || code === undefined || !retryable.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Makes the rename itself durable. Not possible on Windows; best effort elsewhere. */
async function syncFolder(folder: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares, FUSE) refuse fsync on a folder; the data is written.
  }
}
