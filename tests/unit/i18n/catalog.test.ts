import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, formatNumber, message, NAMESPACES, NAMESPACE_NAMES, translate, translatorFor, type MessageKey } from '../../../shared/i18n';
import { LANE_KINDS, LOCALES, NOTE_COLORS } from '../../../shared/model';
import { REPO_ROOT } from '../electron/bundle-for-node';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every base key of a namespace's table, and the plural forms it has. */
function entries(table: Record<string, string>) {
  const keys = new Map<string, Map<string, string>>();
  for (const [key, text] of Object.entries(table)) {
    const forms = keys.get(baseOf(key)) ?? new Map<string, string>();
    forms.set(PLURAL.exec(key)?.[1] ?? '', text);
    keys.set(baseOf(key), forms);
  }
  return keys;
}

describe('the translation catalog', () => {
  it.each(NAMESPACE_NAMES)('namespace %s: every key in every language, never empty, with the same parameters', (ns) => {
    const tables = NAMESPACES[ns] as unknown as Record<(typeof LOCALES)[number], Record<string, string>>;
    const english = entries(tables.en);
    for (const locale of LOCALES) {
      const table = entries(tables[locale]);
      expect([...table.keys()].sort(), `${ns} ${locale}`).toEqual([...english.keys()].sort());
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, forms] of table) {
        for (const [form, text] of forms) expect(text.trim(), `${ns} ${locale} ${key}${form && `_${form}`}`).not.toBe('');
        // Plural keys: every CLDR form of this language, or one text for all counts.
        if (!forms.has('')) expect([...forms.keys()].sort(), `${ns} ${locale} ${key}`).toEqual([...categories].sort());
        const expected = placeholders([...english.get(key)!.values()][0]!);
        for (const [form, text] of forms) expect(placeholders(text), `${ns} ${locale} ${key}${form && `_${form}`}`).toEqual(expected);
      }
    }
  });

  it('a key belongs to one namespace only', () => {
    const seen = new Map<string, string>();
    for (const ns of NAMESPACE_NAMES) {
      for (const key of new Set(Object.keys(NAMESPACES[ns].en).map(baseOf))) {
        expect(seen.get(key), `${key} in ${seen.get(key)} and ${ns}`).toBeUndefined();
        seen.set(key, ns);
      }
    }
  });

  it('every key is used somewhere in the source (keys built at run time are listed here)', () => {
    // Built from a value: `color.${color}`, `lane.${kind}`, `limit.${what}`, `persona.${field}`,
    // `action.select.${direction}`, `action.move.${direction}`, `inspector.${field}`, and in
    // print and export `export.persona.${field}`, `dialog.${format}`.
    const dynamic = new Set([
      ...['left', 'right', 'up', 'down'].flatMap((d) => [`action.select.${d}`, `action.move.${d}`]),
      ...['metric', 'target', 'current'].map((f) => `inspector.${f}`),
      ...NOTE_COLORS.map((c) => `color.${c}`),
      ...LANE_KINDS.map((k) => `lane.${k}`),
      ...['depth', 'items', 'keys', 'values', 'string', 'yjs'].map((w) => `limit.${w}`),
      ...['role', 'age', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations', 'channels'].map((f) => `persona.${f}`),
      // Print and export: `export.persona.${field}`, the dialog's formats `dialog.${format}`.
      ...['goals', 'needs', 'frustrations', 'behaviours', 'motivations', 'quote', 'demographics'].map((f) => `export.persona.${f}`),
      ...['pdf', 'png', 'svg', 'csv', 'markdown', 'json'].map((f) => `dialog.${f}`),
    ]);
    const roots = ['renderer/src', 'shared', 'electron'].map((d) => resolve(REPO_ROOT, d));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'namespaces')) ? [] : files(path);
        return /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const source = roots.flatMap(files).map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused: string[] = [];
    for (const ns of NAMESPACE_NAMES) {
      for (const key of new Set(Object.keys(NAMESPACES[ns].en).map(baseOf))) {
        if (dynamic.has(key)) continue;
        if (!['\'', '"', '`'].some((q) => source.includes(`${q}${key}${q}`))) unused.push(`${ns}: ${key}`);
      }
    }
    expect(unused).toEqual([]);
    expect(relative(REPO_ROOT, roots[0]!)).toBe(join('renderer', 'src')); // the scan looked where the code is
  });
});

describe('plural forms', () => {
  const t = (locale: string, count: number) => translatorFor(locale).t('confirm.deleteBody', { count });

  it('Russian: 1 стикер, 2 стикера, 5 стикеров, 21 стикер', () => {
    expect(t('ru', 1)).toBe('Будет удалён 1 стикер. Это можно отменить сочетанием Ctrl+Z.');
    expect(t('ru', 2)).toBe('Будут удалены 2 стикера. Это можно отменить сочетанием Ctrl+Z.');
    expect(t('ru', 5)).toBe('Будут удалены 5 стикеров. Это можно отменить сочетанием Ctrl+Z.');
    expect(t('ru', 21)).toBe('Будет удалён 21 стикер. Это можно отменить сочетанием Ctrl+Z.');
    expect(t('ru', 11)).toContain('11 стикеров');
    expect(t('ru', 104)).toContain('104 стикера');
  });

  it('English: 1 note, 2 notes; Indonesian has one form', () => {
    expect(t('en', 1)).toBe('Its 1 note will be deleted with it. You can undo this with Ctrl+Z.');
    expect(t('en', 2)).toBe('Its 2 notes will be deleted with it. You can undo this with Ctrl+Z.');
    expect(t('id', 1)).toBe('1 catatan di dalamnya ikut terhapus. Anda dapat mengurungkannya dengan Ctrl+Z.');
    expect(t('id', 5)).toBe('5 catatan di dalamnya ikut terhapus. Anda dapat mengurungkannya dengan Ctrl+Z.');
    expect(translatorFor('en').t('persona.copied', { count: 1 })).toBe('Copied 1 persona. Paste it into another workspace with Ctrl+V.');
    expect(translatorFor('en').t('persona.pasted', { count: 3 })).toBe('Pasted 3 personas.');
  });

  it('numbers are written the language’s way (Intl)', () => {
    expect(t('en', 12_345)).toContain('12,345 notes');
    expect(t('id', 12_345)).toContain('12.345 catatan');
    expect(t('ru', 12_345)).toContain(`${formatNumber('ru', 12_345)} стикеров`);
    expect(formatNumber('ru', 12_345)).toMatch(/^12\s345$/);
  });
});

describe('translating messages', () => {
  it('a kept message reads in whichever language it is drawn in, nested messages too', () => {
    const kept = message('persona.deleteTitle', { name: message('persona.unnamed') });
    expect(translatorFor('en').text(kept)).toBe('Delete “Unnamed persona”?');
    expect(translatorFor('ru').text(kept)).toBe('Удалить «Персона без имени»?');
    expect(translatorFor('id').text(kept)).toBe('Hapus “Persona tanpa nama”?');
  });

  it('a language we do not have falls back to English', () => {
    for (const tag of ['de', 'pt-BR', '', 'xx-YY']) expect(translatorFor(tag).t('unsaved.discard')).toBe('Don’t save');
    const i18n = createI18n('fr');
    expect(translate(i18n, 'en', 'action.open')).toBe('Open…');
  });

  it('hostile text in parameters is shown as it is, never read as a key, a nesting or a format', () => {
    const hostile = '{name} $t(app.untitled) {{text}} <b>x</b> \u202e ‮';
    const text = translatorFor('ru').t('board.note', { stage: hostile, lane: '$t(action.save)', text: '{count}' });
    expect(text).toBe(`Стикер: ${hostile}, $t(action.save): {count}`);
  });

  it('a key missing from the catalog is a type error', () => {
    // @ts-expect-error: not a key of the catalog
    const key: MessageKey = 'no.such.key';
    expect(key).toBe('no.such.key');
  });
});
