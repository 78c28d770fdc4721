/**
 * Crash recovery, changes on disk and merging strings through the one catalog (namespace
 * `recovery`, shared/i18n/namespaces/recovery.ts), for code that holds a locale, not a translator.
 */
import { message, translatorFor, type Locale, type Message, type MessageParams } from '../index';
import type { MessageKey } from '../resources';
import type { en } from '../namespaces/recovery';

export type DesktopKey = keyof typeof en;

/** The string for `key` in `locale`, with `{param}`s filled in. */
export function desktopText(locale: Locale, key: DesktopKey, params: Record<string, string | number> = {}): string {
  return translatorFor(locale).t(key as MessageKey, params);
}

/** The same string kept as a message (translated when drawn, so a language switch re-translates it). */
export function desktopMessage(key: DesktopKey, params?: MessageParams): Message {
  return message(key as MessageKey, params);
}
