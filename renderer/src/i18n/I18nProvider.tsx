/**
 * React's view of the one translation catalog (shared/i18n): react-i18next's provider over the
 * editor's i18next instance, and `useT()`, which re-renders a component when the language
 * changes and translates keys and kept messages at render.
 */
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { resolveLocale, translator, type I18n, type Message, type MessageKey, type MessageParams, type Locale } from '../../../shared/i18n';

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export interface T {
  (key: MessageKey, params?: MessageParams): string;
  /** A kept message (a notice, a dialog's text), drawn in the language shown now. */
  text(message: Message): string;
  readonly locale: Locale;
}

/** The translator for the language shown now; the component re-renders when it changes. */
export function useT(): T {
  const { i18n } = useTranslation(undefined, { useSuspense: false });
  const bound = translator(i18n, resolveLocale(i18n.language));
  return Object.assign((key: MessageKey, params?: MessageParams) => bound.t(key, params), { text: bound.text, locale: bound.locale });
}
