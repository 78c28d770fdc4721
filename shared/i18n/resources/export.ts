/**
 * Print and export strings through the one catalog (namespace `export`, shared/i18n/namespaces/export.ts).
 * `exportT` is what code outside React (the print document, CSV) calls with a locale.
 */
import { translatorFor } from '../index';
import type { MessageKey } from '../resources';
import type { en } from '../namespaces/export';

export type ExportKey = keyof typeof en;

/** An export string in `locale` (English when the locale is unknown), `{param}`s filled in. */
export function exportT(locale: string, key: ExportKey, params: Record<string, string | number> = {}): string {
  return translatorFor(locale).t(key as MessageKey, params);
}
