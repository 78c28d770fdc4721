/**
 * The previous version of a file, kept on each save: before Save replaces `Plan.journey`, the
 * file as it was is copied to `<userData>/backups/<hash of its path>/Plan.<time>-<n>.journey`.
 * The newest `keep` copies of each file stay; older ones are removed.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export interface BackupOptions {
  /** Copies kept per file. Default 5. */
  readonly keep?: number;
  readonly now?: () => Date;
}

export function backupFolderFor(root: string, path: string): string {
  return join(root, createHash('sha256').update(path).digest('hex').slice(0, 16));
}

/**
 * Copies `path` (if it is a file) into its backup folder. Resolves with the copy's path, or null
 * when there was nothing to keep. Throws on an I/O error (the caller reports it and saves anyway:
 * the atomic save itself never harms the old file).
 */
export async function backupPrevious(root: string, path: string, options: BackupOptions = {}): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const folder = backupFolderFor(root, path);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const ext = extname(path) || '.journey';
  const stem = basename(path, ext);
  const time = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  // Two saves in one millisecond get two copies: a counter after the time keeps names unique and sorted.
  for (let n = 0; ; n++) {
    const copy = join(folder, `${stem}.${time}-${String(n).padStart(3, '0')}${ext}`);
    try {
      await copyFile(path, copy, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL);
    } catch (error) {
      if (n < 999 && (error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    await prune(folder, options.keep ?? 5);
    return copy;
  }
}

/** The backups of `path`, newest first. */
export async function listBackups(root: string, path: string): Promise<string[]> {
  const folder = backupFolderFor(root, path);
  const names = await readdir(folder).catch(() => [] as string[]);
  // ISO times sort as text.
  return names.sort().reverse().map((name) => join(folder, name));
}

async function prune(folder: string, keep: number): Promise<void> {
  const names = (await readdir(folder)).sort().reverse();
  for (const name of names.slice(keep)) await rm(join(folder, name), { force: true });
}
