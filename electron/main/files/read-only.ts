/**
 * Whether a file is read-only, by its mode bits. Not by trying: an atomic save writes a
 * temp file and renames it over the target, which needs only the folder to be writable, so
 * a 0444 file is replaced silently (and root, or an administrator, may write anything).
 * On Windows Node reports the read-only attribute as a mode without write bits.
 */
import { stat } from 'node:fs/promises';

/** True when `path` is an existing file whose owner may not write it; false otherwise (also when missing). */
export async function isReadOnlyFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && (info.mode & 0o200) === 0;
  } catch {
    return false;
  }
}
