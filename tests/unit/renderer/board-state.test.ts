import { verbatim } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { addPersona, linkPersona, renameBoard, setNoteText, updatePersona, addNote, setEmotion } from '../../../shared/doc';
import { writeTextField } from '../../../shared/doc/text-fields';
import { benchWorkspace } from '../../../shared/model';
import { useBoardState, type BoardState } from '../../../renderer/src/board/board-state';
import type { Editor } from '../../../renderer/src/editor/editor';
import { DIALOGS, PERSONA_UI } from '../../../renderer/src/editor/slices';
import { render } from './render';
import { editorSetup, gridOf } from './setup';

/**
 * The journey board's reads (board/board-state.ts, what JourneyBoard.tsx renders from), mounted
 * in Node on a 2,000-note workspace: the board renders once per change of something it draws,
 * and not at all for dialogs, notices, the side card, another board or a persona's name.
 */
function BoardProbe({ editor, boardId, seen }: { editor: Editor; boardId: string; seen: { renders: number; last: BoardState | null } }) {
  seen.renders++;
  seen.last = useBoardState(editor, boardId);
  return null;
}

function mount(editor: Editor, boardId: string) {
  const seen = { renders: 0, last: null as BoardState | null };
  const probe = render(BoardProbe, { editor, boardId, seen });
  /** Renders caused by `change`. */
  const rendersOf = async (change: () => void) => {
    const before = seen.renders;
    await probe.act(change);
    return seen.renders - before;
  };
  return { seen, probe, rendersOf };
}

describe('the journey board re-renders only for what it reads', () => {
  it('not for a dialog, a status, an error, a context menu, the side card, another board’s camera, a board rename or a persona’s name', async () => {
    const { editor } = editorSetup({ snapshot: benchWorkspace(2000) });
    const { boardId } = gridOf(editor);
    const personaId = editor.edit(() => addPersona(editor.doc, 'Ana'));
    editor.edit(() => linkPersona(editor.doc, boardId, personaId));
    const { seen, probe, rendersOf } = mount(editor, boardId);
    expect(seen.last!.records.notes.length).toBe(2000);

    const asking = editor.ask({ title: verbatim('Удалить?'), body: verbatim('Точно?'), choices: [{ value: 'cancel', label: verbatim('Отмена') }] });
    expect(await rendersOf(() => undefined)).toBe(0);
    expect(await rendersOf(() => editor.showStatus(verbatim('Tersimpan sebagai x.journey')))).toBe(0);
    expect(await rendersOf(() => editor.showError(verbatim('Could not save'), verbatim('The disk is full.')))).toBe(0);
    expect(await rendersOf(() => editor.openContextMenu({ x: 1, y: 2, target: { kind: 'board', boardId } }))).toBe(0);
    expect(await rendersOf(() => editor.openContextMenu(null))).toBe(0);
    expect(await rendersOf(() => editor.update(PERSONA_UI, { sideCard: personaId }))).toBe(0);
    expect(await rendersOf(() => editor.setCamera('another-board', { x: 1, y: 1, scale: 1 }))).toBe(0);
    expect(await rendersOf(() => editor.rename({ kind: 'board', id: boardId }))).toBe(0); // renamed in the sidebar, not on the board
    expect(await rendersOf(() => editor.edit(() => renameBoard(editor.doc, boardId, 'Путь клиента')))).toBe(0);
    expect(await rendersOf(() => editor.edit(() => writeTextField(editor.doc, { collection: 'personas', id: personaId, field: 'name' }, 'Ana <script>')))).toBe(0);
    editor.get(DIALOGS).dialog?.answer('cancel');
    await asking;
    probe.unmount();
  });

  it('once for each change it draws: the selection, the edited note, a rename box, a note’s text, a persona colour, the curve, the language', async () => {
    const { editor } = editorSetup({ snapshot: benchWorkspace(2000) });
    const { boardId, cell, stages } = gridOf(editor);
    const personaId = editor.edit(() => addPersona(editor.doc, 'Budi'));
    editor.edit(() => linkPersona(editor.doc, boardId, personaId));
    const { seen, probe, rendersOf } = mount(editor, boardId);
    const id = seen.last!.records.notes[0]!.id;

    expect(await rendersOf(() => editor.select([id]))).toBe(1);
    expect(await rendersOf(() => editor.select([id]))).toBe(0); // the same selection
    expect(await rendersOf(() => editor.typeInto(id))).toBe(1);
    expect(await rendersOf(() => editor.edit(() => setNoteText(editor.doc, id, 'Ждёт ответа 😤')))).toBe(1);
    expect(seen.last!.notes[id]?.text).toBe('Ждёт ответа 😤');
    expect(await rendersOf(() => editor.pick([], { stageId: cell(0, 0).stageId, laneId: cell(0, 0).laneId }))).toBe(1);
    expect(await rendersOf(() => editor.rename({ kind: 'stage', id: stages[0]!.id }))).toBe(1);
    expect(seen.last!.renaming).toEqual({ kind: 'stage', id: stages[0]!.id });
    expect(await rendersOf(() => editor.edit(() => updatePersona(editor.doc, personaId, { color: '#123456' })))).toBe(1);
    expect(seen.last!.colours[personaId]).toBe('#123456');
    expect(await rendersOf(() => editor.update(PERSONA_UI, (s) => ({ filter: { ...s.filter, [boardId]: personaId } })))).toBe(1);
    expect(seen.last!.highlightPersonaId).toBe(personaId);
    expect(await rendersOf(() => editor.edit(() => setEmotion(editor.doc, { boardId, stageId: stages[1]!.id, personaId }, { score: 2 })))).toBe(1);
    expect(seen.last!.curves.some((c) => c.key === personaId)).toBe(true);
    expect(await rendersOf(() => editor.setUiLocale('ru'))).toBe(1);
    // A note added to this board: its records change.
    expect(await rendersOf(() => editor.edit(() => addNote(editor.doc, { ...cell(1, 1), text: 'Baru', author: 'Budi' })))).toBe(1);
    expect(seen.last!.records.notes.length).toBe(2001);
    probe.unmount();
  });
});

