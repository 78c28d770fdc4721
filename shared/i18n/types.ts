/**
 * Types of the translation catalog. English is the reference: every namespace module exports
 * `{ en, id, ru }`, where `id` and `ru` are `Translation<typeof en>` (same keys, plural forms
 * per language: a key `x` with plurals is written `x_one`, `x_few`, `x_many`, `x_other` as
 * CLDR names them for that language; tests/unit/i18n checks every language has its forms).
 */

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];

type PluralKey = `${string}_${PluralSuffix}`;
/** `confirm.deleteBody_one` → `confirm.deleteBody`. */
export type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

type Plain<E> = Exclude<keyof E & string, PluralKey>;
type Plurals<E> = BaseKey<Extract<keyof E & string, PluralKey>>;

/** Another language's table for a namespace whose English table is `E`. */
export type Translation<E> = Record<Plain<E>, string> & Partial<Record<Plurals<E> | `${Plurals<E>}_${PluralSuffix}`, string>>;
