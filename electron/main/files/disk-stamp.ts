/**
 * Noticing that another program (a sync client, an editor, a second copy of the app) changed a
 * file this window has open: the window remembers the file's stamp (size, modification time,
 * inode) after each read and write, and compares on focus and before saving.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DiskState } from '../../../shared/host-api';
import { isReadOnlyFile } from './read-only';

export interface DiskStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

export async function stampOf(path: string): Promise<DiskStamp | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : null;
  } catch {
    return null;
  }
}

export function sameStamp(a: DiskStamp | null, b: DiskStamp | null): boolean {
  return a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** How `path` on disk compares with `known` (what this window last read or wrote). */
export async function diskState(path: string | null, known: DiskStamp | null): Promise<DiskState> {
  if (path === null) return { kind: 'none' };
  const name = basename(path);
  const now = await stampOf(path);
  if (now === null) return { kind: 'missing', name };
  if (known !== null && !sameStamp(now, known)) return { kind: 'changed', name };
  if (await isReadOnlyFile(path)) return { kind: 'read-only', name };
  return { kind: 'same' };
}
