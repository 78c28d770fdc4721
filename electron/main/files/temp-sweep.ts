/**
 * Sweeps the temp files our atomic writes leave when the app is killed mid-save (a 100 MB
 * workspace killed 35 times left 1.75 GB). Only ours, only old ones, only where we write:
 * - ours: the exact name `atomicWriteFile` makes, `.<name>.<12 hex digits>.tmp`, for a
 *   `.journey` file or the app's own JSON files;
 * - old: not modified for `minAgeMs` (an hour by default), so a save running right now in
 *   another window or another copy of the app is never touched;
 * - where we write: the folders of the recent files and the app's data folder, not below;
 * - only regular files (never a link or a folder that happens to match), one level deep.
 * Never throws: a folder that is gone or unreadable is skipped.
 */
import { lstat, readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `tempPathFor`'s names (atomic-write.ts): a hidden name, the target's name, 6 random bytes in hex. */
const TEMP_NAME = /^\.(.+\.(?:journey|json))\.[0-9a-f]{12}\.tmp$/i;

export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

export interface SweepOptions {
  /** Only files not modified for this long are removed. */
  readonly minAgeMs?: number;
  /** The current time (tests). */
  readonly now?: number;
}

export interface SweepResult {
  readonly removed: readonly string[];
  readonly bytes: number;
}

/** Whether `name` is one of our temp files (the target's name it was for, or null). */
export function tempTargetName(name: string): string | null {
  return TEMP_NAME.exec(name)?.[1] ?? null;
}

/** Removes stale temp files of our atomic writes from `folders` (duplicates are fine). */
export async function sweepStaleTempFiles(folders: Iterable<string>, options: SweepOptions = {}): Promise<SweepResult> {
  const minAge = options.minAgeMs ?? STALE_TEMP_AGE_MS;
  const now = options.now ?? Date.now();
  const removed: string[] = [];
  let bytes = 0;
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (tempTargetName(name) === null) continue;
      const path = join(folder, name);
      try {
        const info = await lstat(path);
        if (!info.isFile() || now - info.mtimeMs < minAge) continue;
        await unlink(path);
        removed.push(path);
        bytes += info.size;
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  }
  return { removed, bytes };
}

/** The folders to sweep: each recent file's folder, and the app's data folder. */
export function foldersToSweep(recentFiles: readonly string[], dataFolder: string): string[] {
  return [...new Set([dataFolder, ...recentFiles.map((file) => dirname(file))])];
}
