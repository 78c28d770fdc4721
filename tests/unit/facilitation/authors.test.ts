import { describe, expect, it } from 'vitest';
import { addNote, setNoteText } from '../../../shared/doc';
import { collectionMap } from '../../../shared/doc/ydoc';
import { installFacilitation } from '../../../renderer/src/facilitation/install';
import { facilitationFor } from '../../../renderer/src/facilitation/controller';
import { editorSetup, gridOf } from '../renderer/setup';

function authorOf(editor: ReturnType<typeof editorSetup>['editor'], id: string): unknown {
  return collectionMap(editor.doc, 'notes').get(id)?.get('authorId');
}

describe('facilitation: note authors', () => {
  it('keeps the author of a note through undo and redo of adding it', () => {
    const { editor } = editorSetup();
    installFacilitation(editor);
    const me = facilitationFor(editor).identity.id;
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'Видит рекламу', author: 'Аня' }))!;
    expect(authorOf(editor, id)).toBe(me);

    editor.undo();
    expect(editor.view().notes[id]).toBeUndefined();
    editor.redo();
    expect(editor.view().notes[id]?.text).toBe('Видит рекламу');
    expect(authorOf(editor, id)).toBe(me);
    expect(editor.view().notes[id]?.authorId).toBe(me);

    // A second round trip, and the undo of the add is still one step.
    editor.undo();
    expect(editor.view().notes[id]).toBeUndefined();
    editor.redo();
    expect(authorOf(editor, id)).toBe(me);
  });

  it('keeps the author of a note made by a gesture (add, then type) through undo and redo', () => {
    const { editor } = editorSetup();
    installFacilitation(editor);
    const me = facilitationFor(editor).identity.id;
    const { cell } = gridOf(editor);
    const step = editor.beginStep();
    const id = step.edit(() => addNote(editor.doc, { ...cell(1, 1), text: '', author: 'Аня' }))!;
    step.edit(() => setNoteText(editor.doc, id, 'Платит картой'));
    step.end();
    editor.undo();
    expect(editor.view().notes[id]).toBeUndefined();
    editor.redo();
    expect(editor.view().notes[id]).toMatchObject({ text: 'Платит картой', authorId: me });
  });
});
