/**
 * Turns Node file-system errors into messages a person can act on: each one says what happened
 * and what to do next. They are kept as messages (shared/i18n's desktop namespace), so the
 * renderer draws them in the UI language, and again after the language is switched.
 */
import { basename, dirname } from 'node:path';
import type { HostFailure } from '../../../shared/host-api';
import { fixed, message, translatorFor, type Locale, type Message, type MessageKey, type MessageParams } from '../../../shared/i18n';

export type IoFailure = { readonly code: 'io'; readonly message: Message };

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
  const say = (key: MessageKey, params: MessageParams = { name }): IoFailure => ({ code: 'io', message: message(key, params) });
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return say('write.noSpace');
    case 'EACCES':
    case 'EPERM':
      return say('write.noPermission', { name, folder });
    case 'EROFS':
      return say('write.readOnlyDrive', { name, folder });
    case 'ENOENT':
      return say('write.noFolder', { folder });
    case 'ENOTDIR':
      return say('write.notFolder', { folder });
    case 'EISDIR':
      return say('write.isFolder', { path });
    case 'EBUSY':
    case 'ETXTBSY':
      return say('write.busy');
    case 'EFBIG':
      return say('write.tooBig');
    case 'ENAMETOOLONG':
      return say('write.nameTooLong', {});
    case 'EMFILE':
    case 'ENFILE':
      return say('write.tooManyOpen');
    case 'EIO':
      return say('write.driveError');
    default:
      return say('write.other', { name, detail: detail(error) });
  }
}

/** Why opening `path` failed. */
export function readFailure(error: unknown, path: string): IoFailure {
  const name = basename(path);
  const say = (key: MessageKey, params: MessageParams = { name }): IoFailure => ({ code: 'io', message: message(key, params) });
  switch (errorCode(error)) {
    case 'ENOENT':
      return say('read.notFound', { name, folder: dirname(path) });
    case 'EACCES':
    case 'EPERM':
      return say('read.noPermission');
    case 'EISDIR':
      return say('read.isFolder');
    case 'EBUSY':
      return say('read.locked');
    case 'EMFILE':
    case 'ENFILE':
      return say('read.tooManyOpen');
    case 'EIO':
      return say('read.driveError');
    default:
      return say('read.other', { name, detail: detail(error) });
  }
}

/** A sentence for a failure shown in a native dialog (e.g. a file double-clicked at launch), in `locale`. */
export function describeFailure(failure: HostFailure, fileName: string, locale: Locale): string {
  const t = translatorFor(locale);
  switch (failure.code) {
    case 'cancelled':
      return t.t('open.cancelled', { name: fileName });
    case 'too-large':
      return t.t('open.tooLarge', { name: fileName, size: fixed(failure.bytes / MB, 1), limit: fixed(failure.limit / MB, 1) });
    case 'io':
      return t.text(failure.message);
  }
}

const MB = 1024 * 1024;
