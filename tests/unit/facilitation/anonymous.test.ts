import { describe, expect, it } from 'vitest';
import { addNote } from '../../../shared/doc';
import { exportCsv } from '../../../shared/export/csv';
import { exportMarkdown } from '../../../shared/export/markdown';
import { sampleWorkspace } from '../../../shared/model';
import { facilitationFor } from '../../../renderer/src/facilitation/controller';
import { facilitatedSnapshot } from '../../../renderer/src/facilitation/export-view';
import { installFacilitation } from '../../../renderer/src/facilitation/install';
import { editorSetup, gridOf, NOW } from '../renderer/setup';

describe('facilitation: anonymous mode in exports', () => {
  it('hides every author name and participant id in CSV, Markdown and JSON, and shows them again when off', () => {
    const { editor } = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
    installFacilitation(editor);
    const me = facilitationFor(editor).identity.id;
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'Сравнивает цены', author: 'Ангелина Петровна' }));
    const boardIds = [gridOf(editor).boardId];

    expect(facilitationFor(editor).setAnonymous(true).ok).toBe(true);
    const out = facilitatedSnapshot(editor, editor.snapshot()!);
    expect(out.notes.length).toBe(editor.snapshot()!.notes.length);
    expect(out.notes.every((n) => n.author === 'Anonymous' && n.authorId === undefined)).toBe(true);
    const files = [exportCsv(out, boardIds), exportMarkdown(out, boardIds, 'ru'), JSON.stringify(out)];
    for (const file of files) {
      expect(file).not.toContain('Ангелина Петровна');
      expect(file).not.toContain(me);
      expect(file).toContain('Сравнивает цены');
    }

    expect(facilitationFor(editor).setAnonymous(false).ok).toBe(true);
    const named = facilitatedSnapshot(editor, editor.snapshot()!);
    expect(exportCsv(named, boardIds)).toContain('Ангелина Петровна');
    expect(named.notes.some((n) => n.authorId === me)).toBe(true);
  });
});
