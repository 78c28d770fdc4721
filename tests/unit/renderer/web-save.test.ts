/**
 * Save As in a browser without a save picker (Firefox, Safari): the name is asked in the app
 * (an injected asker here, ui/NameQuestionDialog in the page), cleaned of characters a file
 * name cannot hold, and a name the file cannot have keeps the question open with the reason.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n';
import { WebSaver, type NameAsker, type NameQuestion } from '../../../renderer/src/host/web-save';
import { askName, NAME_QUESTION } from '../../../renderer/src/ui/name-question';
import { editorSetup } from './setup';

function saverWith(asker: NameAsker) {
  const downloads: { name: string; text: Promise<string>; type: string }[] = [];
  const asked: NameQuestion[] = [];
  const saver = new WebSaver(
    (question) => {
      asked.push(question);
      return asker(question);
    },
    { findPicker: () => null, download: (blob, name) => downloads.push({ name, text: blob.text(), type: blob.type }) },
  );
  return { saver, downloads, asked };
}

/** A person who types each of `attempts` in turn, pressing Save after each, until the question accepts one. */
function typist(attempts: string[], shown: string[] = []): NameAsker {
  return async (question) => {
    for (const typed of attempts) {
      const checked = question.check(typed);
      if (checked.ok) return typed;
      shown.push(translatorFor('ru').text(checked.error));
    }
    return null;
  };
}

describe('Save As in a browser without a save picker', () => {
  it('offers <title>.journey, downloads under the name typed, and Save reuses it without asking', async () => {
    const { saver, downloads, asked } = saverWith(typist(['Карта клиента']));
    const result = await saver.saveAs('{"format":"journey"}', 'Магазин');
    expect(asked.map((q) => q.suggested)).toEqual(['Магазин.journey']);
    expect(result).toEqual({ ok: true, value: { name: 'Карта клиента.journey' } });
    expect(downloads.map((d) => d.name)).toEqual(['Карта клиента.journey']);
    expect(await downloads[0]!.text).toBe('{"format":"journey"}');

    await saver.save('{"format":"journey","v":2}', 'Магазин');
    expect(asked).toHaveLength(1);
    expect(downloads.map((d) => d.name)).toEqual(['Карта клиента.journey', 'Карта клиента.journey']);
    expect(await downloads[1]!.text).toContain('"v":2');
  });

  it('Cancel saves nothing and reports cancelled (no error to show)', async () => {
    const { saver, downloads } = saverWith(async () => null);
    expect(await saver.saveAs('{}', 'Plan')).toEqual({ ok: false, failure: { code: 'cancelled' } });
    expect(downloads).toEqual([]);
    expect(saver.name).toBeNull();
  });

  it('characters a file name cannot hold become spaces; the extension is added once', async () => {
    for (const [typed, saved] of [
      ['Мой план: март', 'Мой план март.journey'],
      ['a/b\\c*?"<>|d', 'a b c d.journey'],
      ['Tab\there\u0000and\u001fthere', 'Tab here and there.journey'],
      ['Already.JOURNEY', 'Already.JOURNEY'],
      ['  spaced   out  ', 'spaced out.journey'],
    ] as const) {
      const { saver, downloads } = saverWith(typist([typed]));
      expect(await saver.saveAs('{}', 'x')).toEqual({ ok: true, value: { name: saved } });
      expect(downloads.map((d) => d.name)).toEqual([saved]);
    }
  });

  it('an empty name, or one of forbidden characters only, is refused in the question (in the user’s language) until a real one is typed', async () => {
    const shown: string[] = [];
    const { saver, downloads, asked } = saverWith(typist(['', '   ', '.journey', '*?:', ' / | ', 'Карта клиента'], shown));
    expect(await saver.saveAs('{}', 'Plan')).toEqual({ ok: true, value: { name: 'Карта клиента.journey' } });
    expect(asked).toHaveLength(1); // one question, kept open through the refusals
    const empty = 'У файла должно быть имя. Введите его и нажмите «Сохранить».';
    const forbidden = 'Имя файла не может состоять только из \\ / : * ? " < > |. Добавьте буквы или цифры.';
    expect(shown).toEqual([empty, empty, empty, forbidden, forbidden]);
    expect(downloads.map((d) => d.name)).toEqual(['Карта клиента.journey']);
  });

  it('an asker that answers a name the file cannot have anyway saves nothing and says why', async () => {
    const { saver, downloads } = saverWith(async () => '???');
    const result = await saver.saveAs('{}', 'Plan');
    expect(result).toMatchObject({ ok: false, failure: { code: 'io', message: { key: 'websave.nameForbidden' } } });
    expect(downloads).toEqual([]);
    expect(saver.name).toBeNull();
  });
});

describe('the name question in the editor', () => {
  const question = (suggested: string): NameQuestion => ({ suggested, check: (typed) => ({ ok: true, name: typed }) });

  it('is open until answered, then closes; a second question cancels one still open', async () => {
    const { editor } = editorSetup();
    const first = askName(editor, question('A.journey'));
    expect(editor.get(NAME_QUESTION).question?.suggested).toBe('A.journey');
    const second = askName(editor, question('B.journey'));
    expect(await first).toBeNull();
    expect(editor.get(NAME_QUESTION).question?.suggested).toBe('B.journey');
    editor.get(NAME_QUESTION).question!.answer('Карта клиента');
    expect(await second).toBe('Карта клиента');
    expect(editor.get(NAME_QUESTION).question).toBeNull();
  });
});
