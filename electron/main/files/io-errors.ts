/**
 * Turns Node file-system errors into messages a person can act on. The renderer shows them
 * as they are, so each one says what happened and what to do next.
 */
import { basename, dirname } from 'node:path';
import type { HostFailure } from '../../../shared/host-api';

export type IoFailure = { readonly code: 'io'; readonly message: string };

/** The `code` of a Node system error (`ENOSPC`, …), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why saving `path` failed. */
export function writeFailure(error: unknown, path: string): IoFailure {
  const name = basename(path);
  const folder = dirname(path);
  let message: string;
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      message = `There is not enough disk space to save "${name}". Free some space, or use Save As to save it on another drive. The previous version of the file is unchanged.`;
      break;
    case 'EACCES':
    case 'EPERM':
      message = `You don't have permission to save "${name}" in "${folder}". Use Save As to choose another folder, or check the permissions of the file and folder.`;
      break;
    case 'EROFS':
      message = `"${folder}" is on a read-only drive, so "${name}" cannot be saved there. Use Save As to choose another location.`;
      break;
    case 'ENOENT':
      message = `The folder "${folder}" no longer exists (was it moved, renamed or on a drive that was removed?). Use Save As to choose another location.`;
      break;
    case 'ENOTDIR':
      message = `"${folder}" is not a folder. Use Save As to choose another location.`;
      break;
    case 'EISDIR':
      message = `"${path}" is a folder, not a file. Use Save As to choose another name.`;
      break;
    case 'EBUSY':
    case 'ETXTBSY':
      message = `"${name}" is in use by another program. Close it there and save again, or use Save As.`;
      break;
    case 'EFBIG':
      message = `"${name}" is too large for this drive or file system. Use Save As to save it elsewhere. The previous version of the file is unchanged.`;
      break;
    case 'ENAMETOOLONG':
      message = `The file name or folder path is too long. Use Save As with a shorter name or a folder closer to the top of the drive.`;
      break;
    case 'EMFILE':
    case 'ENFILE':
      message = `Too many files are open to save "${name}" right now. Close some programs and save again.`;
      break;
    case 'EIO':
      message = `The drive reported an error while saving "${name}". Check the drive (or network connection) and save again, or use Save As. The previous version of the file is unchanged.`;
      break;
    default:
      message = `"${name}" could not be saved: ${detail(error)}. The previous version of the file is unchanged.`;
  }
  return { code: 'io', message };
}

/** Why opening `path` failed. */
export function readFailure(error: unknown, path: string): IoFailure {
  const name = basename(path);
  let message: string;
  switch (errorCode(error)) {
    case 'ENOENT':
      message = `"${name}" was not found in "${dirname(path)}". It may have been moved, renamed or deleted.`;
      break;
    case 'EACCES':
    case 'EPERM':
      message = `You don't have permission to open "${name}". Check the file's permissions, or copy it somewhere you can read it.`;
      break;
    case 'EISDIR':
      message = `"${name}" is a folder, not a Journey file.`;
      break;
    case 'EBUSY':
      message = `"${name}" is locked by another program. Close it there and try again.`;
      break;
    case 'EMFILE':
    case 'ENFILE':
      message = `Too many files are open to read "${name}" right now. Close some programs and try again.`;
      break;
    case 'EIO':
      message = `The drive reported an error while reading "${name}". Check the drive (or network connection) and try again.`;
      break;
    default:
      message = `"${name}" could not be opened: ${detail(error)}.`;
  }
  return { code: 'io', message };
}

/** A sentence for a failure shown in a native dialog (e.g. a file double-clicked at launch). */
export function describeFailure(failure: HostFailure, fileName: string): string {
  switch (failure.code) {
    case 'cancelled':
      return `Opening "${fileName}" was cancelled.`;
    case 'too-large':
      return `"${fileName}" is ${megabytes(failure.bytes)}; Journey opens files of up to ${megabytes(failure.limit)}. Is it really a Journey workspace?`;
    case 'io':
      return failure.message;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
