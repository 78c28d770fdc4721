import { retitleTemplateNames } from '../../../shared/doc/template-names';
import { translatorFor } from '../../../shared/i18n';
import { LOCALES, type Locale } from '../../../shared/model';
import type { Editor } from './editor';

/**
 * Switching the UI language re-writes the names templates gave that nobody edited (stages,
 * lanes, "Persona board", the workspace's "Untitled"), as one undo step; typed names stay.
 */
export function followLanguage(editor: Editor, locale: Locale): void {
  const personaBoard = Object.fromEntries(LOCALES.map((l) => [l, translatorFor(l).t('boards.persona')])) as Record<Locale, string>;
  editor.edit(() => retitleTemplateNames(editor.doc, locale, personaBoard));
}
