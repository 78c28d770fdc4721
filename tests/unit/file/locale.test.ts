import { describe, expect, it } from 'vitest';
import { loadWorkspaceFile } from '../../../shared/file';
import { resolveLocale, translatorFor } from '../../../shared/i18n';
import { readMeta } from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import { docOf, parseFile, save, snapshotOf } from './workspaces';

/** A file as a future version (or another tool) might write it: the workspace in another language. */
function fileInLanguage(locale: unknown): string {
  const snapshot = sampleWorkspace('en', '2026-01-01T00:00:00.000Z');
  const text = save(docOf(snapshot));
  const file = parseFile(text);
  // Only the readable snapshot says the new language: the Yjs state is dropped, as another tool would.
  const { yjs: _yjs, ...rest } = file;
  return JSON.stringify({ ...rest, snapshot: { ...file.snapshot, workspace: { ...file.snapshot.workspace, locale } } });
}

describe('the workspace locale is an open value with a fallback', () => {
  it.each(['de', 'pt-BR', 'zh-Hant-TW'])('a file in %s opens, the UI falls back to English, and saving keeps the value', (locale) => {
    const result = loadWorkspaceFile(fileInLanguage(locale));
    if (!result.ok) throw new Error(`expected the file to open, got ${result.error.code}`);
    expect(result.snapshot.workspace.locale).toBe(locale);
    expect(readMeta(result.doc)?.locale).toBe(locale);
    expect(resolveLocale(locale)).toBe('en');
    expect(translatorFor(locale).t('action.save')).toBe('Save');
    // Saved and opened again: still the future version's language.
    const again = loadWorkspaceFile(save(result.doc));
    if (!again.ok) throw new Error(again.error.code);
    expect(again.snapshot.workspace.locale).toBe(locale);
    expect(snapshotOf(again.doc).workspace.locale).toBe(locale);
  });

  it('a regional tag of a language we have reads in that language', () => {
    expect(resolveLocale('ru-RU')).toBe('ru');
    expect(resolveLocale('id-ID')).toBe('id');
    expect(resolveLocale('ms')).toBe('id');
    expect(translatorFor('ru-RU').t('action.save')).toBe('Сохранить');
  });

  it.each([['<script>'], [''], ['x'.repeat(40)], [42]])('a locale that is no language tag (%j) is refused with the field named, as before', (locale) => {
    const result = loadWorkspaceFile(fileInLanguage(locale));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'invalid') throw new Error('expected an invalid file');
    expect(result.error.issues.map((i) => i.path)).toContain('snapshot.workspace.locale');
  });
});
