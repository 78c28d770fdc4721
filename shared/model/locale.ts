/**
 * Languages. `Locale` is a language the app's UI speaks; a workspace's `locale` is an open value
 * (any BCP 47 tag: a file from a future version may say "de" or "pt-BR"), kept as it is when
 * saved and read through `resolveLocale` wherever the app needs one of its own.
 */
export const LOCALES = ['en', 'id', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** A BCP 47 language tag, loosely: "en", "pt-BR", "zh-Hant-TW", "sr-Latn-RS". */
export const LOCALE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}$/;
export const LOCALE_TAG_MAX = 35;

export function isLocaleTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LOCALE_TAG_MAX && LOCALE_TAG.test(value);
}

/**
 * The language the UI is drawn in for any tag (a workspace's, an OS's, a browser's): its base
 * language when the app has it (Malay reads Indonesian), else English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'id' || base === 'in' || base === 'ms') return 'id';
  if (base === 'ru') return 'ru';
  return 'en';
}

/** The first of the user's preferred languages the app has, else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split(/[-_]/)[0];
    if (base === 'id' || base === 'in' || base === 'ms' || base === 'ru' || base === 'en') return resolveLocale(base);
  }
  return 'en';
}
