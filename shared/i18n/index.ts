/**
 * The one translation catalog and its translator, for the renderer, the main process and the
 * tests. i18next does the lookups: plural forms by CLDR rules per language (`_one`, `_few`,
 * `_many`, `_other`), a namespace per feature, `{name}` interpolation. Numbers in parameters
 * are formatted with `Intl.NumberFormat` for the language they are drawn in.
 *
 * Messages are kept as a key with parameters (`Message`) and translated when drawn, so a
 * banner shown in English reads in Russian once the language is switched.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { LOCALES, resolveLocale, type Locale } from '../model';
import { KEY_NAMESPACE, NAMESPACE_NAMES, RESOURCES, type MessageKey } from './resources';

export { KEY_NAMESPACE, NAMESPACES, NAMESPACE_NAMES, RESOURCES, isMessageKey, type MessageKey, type Namespace } from './resources';
export type { Translation } from './types';
export type { Locale };
export { detectLocale, resolveLocale } from '../model';
export type { I18n };

/** A parameter: text as it is, a number (formatted for the language), a number with fixed decimals, or another message. */
export type MessageParam = string | number | Fixed | Message;

/** A number always shown with `digits` decimals ("26.0 MB", "26,0 МБ"). */
export interface Fixed {
  readonly fixed: number;
  readonly digits: number;
}
export const fixed = (value: number, digits: number): Fixed => ({ fixed: value, digits });
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** Something to say to the user, translated when drawn. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** Text that has no key (an operating-system error's own words, a server's reason). */
export function verbatim(text: string): Message {
  return { key: 'app.verbatim', params: { text } };
}

/** One i18next instance over the whole catalog, showing `locale` (any tag; unknown ones read as English). */
export function createI18n(locale: string = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: RESOURCES,
    lng: resolveLocale(locale),
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: NAMESPACE_NAMES,
    defaultNS: 'app',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnEmptyString: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false, skipOnVariables: true },
  });
  return instance;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** Bytes as megabytes with one decimal, in the language's digits ("1.5", "1,5"). */
export function formatMegabytes(locale: Locale, bytes: number): string {
  return formatNumber(locale, bytes / (1024 * 1024));
}

/** `key` with `params` in `locale`; `count` (a number) also picks the plural form. */
export function translate(i18n: I18n, locale: Locale, key: MessageKey, params?: MessageParams): string {
  const replace: Record<string, string> = {};
  let count: number | undefined;
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') {
      replace[name] = formatNumber(locale, value);
      if (name === 'count') count = value;
    } else if (typeof value === 'string') replace[name] = value;
    else if ('fixed' in value) replace[name] = new Intl.NumberFormat(locale, { minimumFractionDigits: value.digits, maximumFractionDigits: value.digits }).format(value.fixed);
    else replace[name] = translate(i18n, locale, value.key, value.params);
  }
  const ns = KEY_NAMESPACE.get(key) ?? 'app';
  return i18n.t(key, { ns, lng: locale, replace, ...(count === undefined ? {} : { count }) });
}

/** A translator bound to one language: what views, the main process and tests call. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** A kept message, drawn now. */
  text(message: Message): string;
}

export function translator(i18n: I18n, locale: Locale): Translator {
  return {
    locale,
    t: (key, params) => translate(i18n, locale, key, params),
    text: (m) => translate(i18n, locale, m.key, m.params),
  };
}

let shared: I18n | null = null;
/** A translator over one shared instance (main process, tests, code with no editor). */
export function translatorFor(locale: string): Translator {
  shared ??= createI18n('en');
  return translator(shared, resolveLocale(locale));
}
