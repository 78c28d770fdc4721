/**
 * The one translation catalog: a namespace per feature, each one module exporting `{ en, id, ru }`.
 * Keys are unique across namespaces, so a key alone names its message (`KEY_NAMESPACE`).
 */
import type { Locale } from '../model';
import * as app from './namespaces/app';
import * as board from './namespaces/board';
import * as collab from './namespaces/collab';
import * as desktop from './namespaces/desktop';
import * as exportNs from './namespaces/export';
import * as facilitation from './namespaces/facilitation';
import * as file from './namespaces/file';
import * as help from './namespaces/help';
import * as legible from './namespaces/legible';
import * as persona from './namespaces/persona';
import * as present from './namespaces/present';
import * as recovery from './namespaces/recovery';
import * as rooms from './namespaces/rooms';
import * as shell from './namespaces/shell';
import * as websave from './namespaces/websave';
import type { BaseKey } from './types';

export const NAMESPACES = { app, board, file, collab, rooms, persona, desktop, recovery, shell, export: exportNs, facilitation, help, legible, present, websave } as const;
export type Namespace = keyof typeof NAMESPACES;
export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as Namespace[];

type EnglishKeys = { [N in Namespace]: keyof (typeof NAMESPACES)[N]['en'] & string }[Namespace];
/** Every message of the catalog, plural forms folded into their base key. */
export type MessageKey = BaseKey<EnglishKeys>;

/** i18next's resources: language → namespace → key → text. */
export const RESOURCES = Object.fromEntries(
  (['en', 'id', 'ru'] as const).map((locale) => [locale, Object.fromEntries(NAMESPACE_NAMES.map((ns) => [ns, NAMESPACES[ns][locale] as Record<string, string>]))]),
) as Record<Locale, Record<Namespace, Record<string, string>>>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Which namespace holds each key (keys are unique across namespaces; a unit test checks it). */
export const KEY_NAMESPACE: ReadonlyMap<string, Namespace> = new Map(
  NAMESPACE_NAMES.flatMap((ns) => Object.keys(NAMESPACES[ns].en).map((key) => [key.replace(PLURAL, ''), ns] as const)),
);

export function isMessageKey(key: string): key is MessageKey {
  return KEY_NAMESPACE.has(key);
}
