import { verbatim } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { addNote, renameBoard, setNoteText } from '../../../shared/doc';
import { useActiveBoard, useEditor, useSlice, useView, shallowEqual } from '../../../renderer/src/editor/hooks';
import type { Editor } from '../../../renderer/src/editor/editor';
import { CAMERA, DIALOGS, EDITING, NOTICES, PERSONA_UI, RENAMING, SELECTION } from '../../../renderer/src/editor/slices';
import { render } from './render';
import { editorSetup, gridOf } from './setup';

/**
 * Render counts of small views over the editor, in Node. A view re-renders only when what it
 * selects changes: the board must not re-render when a dialog opens or the status line changes.
 */

function counter() {
  const counts = { value: 0 };
  return counts;
}

/** Slices a board-like view reads: its selection, the note being edited, renaming, its camera, persona drawing. */
function BoardProbe({ editor, boardId, renders }: { editor: Editor; boardId: string; renders: { value: number } }) {
  renders.value++;
  useSlice(editor, SELECTION, (s) => s.selectedNoteIds, shallowEqual);
  useSlice(editor, SELECTION, (s) => s.selectedCell);
  useSlice(editor, EDITING, (s) => s.editingNoteId);
  useSlice(editor, RENAMING, (s) => s.renaming);
  useSlice(editor, CAMERA, (c) => c[boardId]);
  useSlice(editor, PERSONA_UI, (p) => p.drawing[boardId]);
  useView(editor);
  return null;
}

function StatusProbe({ editor, renders }: { editor: Editor; renders: { value: number } }) {
  renders.value++;
  useSlice(editor, NOTICES, (s) => s.status);
  return null;
}

describe('selector hooks', () => {
  it('the board does not re-render on a dialog, a context menu, an error or a status change', async () => {
    const { editor } = editorSetup();
    const { boardId, cell } = gridOf(editor);
    const board = counter();
    const status = counter();
    const a = render(BoardProbe, { editor, boardId, renders: board });
    const c = render(StatusProbe, { editor, renders: status });
    const boardAfterMount = board.value;

    const asking = editor.ask({ title: verbatim('Delete?'), body: verbatim('Sure?'), choices: [{ value: 'cancel', label: verbatim('Cancel') }] });
    await a.act(() => undefined);
    await a.act(() => editor.showStatus(verbatim('Saved as x.journey')));
    await a.act(() => editor.showError(verbatim('Could not save'), verbatim('The disk is full.')));
    await a.act(() => editor.openContextMenu({ x: 1, y: 2, target: { kind: 'board', boardId } }));
    await a.act(() => editor.get(DIALOGS).dialog!.answer('cancel'));
    await asking;
    await a.act(() => editor.update(PERSONA_UI, { sideCard: 'someone' }));
    await a.act(() => editor.setCamera('another-board', { x: 1, y: 1, scale: 1 }));

    expect(board.value).toBe(boardAfterMount);
    expect(status.value).toBeGreaterThan(1); // the status line did re-render for its status

    // What the board reads does re-render it, once per change.
    await a.act(() => editor.select([], { stageId: cell(0, 0).stageId, laneId: cell(0, 0).laneId }));
    expect(board.value).toBe(boardAfterMount + 1);
    await a.act(() => editor.select([], { stageId: cell(0, 0).stageId, laneId: cell(0, 0).laneId })); // the same cell again
    expect(board.value).toBe(boardAfterMount + 2); // a new cell object, an equal value: selectedCell compares by identity
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'n', author: 'Ana' }))!;
    await a.act(() => undefined);
    const afterDoc = board.value;
    expect(afterDoc).toBeGreaterThan(boardAfterMount + 2); // the doc changed: the view re-renders
    await a.act(() => editor.editNote(id));
    expect(board.value).toBe(afterDoc + 1);
    await a.act(() => editor.select([id]));
    await a.act(() => editor.select([id])); // an equal selection (shallowEqual): no render
    expect(board.value).toBe(afterDoc + 2);
    a.unmount();
    c.unmount();
  });

  it('useEditor selects across slices and re-renders only when the result changes', async () => {
    const { editor } = editorSetup();
    const renders = counter();
    let seen: [number, boolean] = [0, false];
    function Probe() {
      renders.value++;
      seen = useEditor(editor, (read) => [read(SELECTION).selectedNoteIds.length, read(DIALOGS).contextMenu !== null] as [number, boolean], shallowEqual);
      return null;
    }
    const r = render(Probe, {});
    const mounted = renders.value;
    await r.act(() => editor.showStatus(verbatim('x')));
    await r.act(() => editor.rename({ kind: 'board', id: 'b' }));
    expect(renders.value).toBe(mounted);
    await r.act(() => editor.openContextMenu({ x: 0, y: 0, target: { kind: 'board', boardId: 'b' } }));
    expect(seen).toEqual([0, true]);
    expect(renders.value).toBe(mounted + 1);
    r.unmount();
  });

  it('several slice changes in one batch are one render', async () => {
    const { editor } = editorSetup();
    const renders = counter();
    function Probe() {
      renders.value++;
      useEditor(editor, (read) => read(SELECTION).activeBoardId);
      useEditor(editor, (read) => read(EDITING).editingNoteId);
      return null;
    }
    const r = render(Probe, {});
    const mounted = renders.value;
    await r.act(() => editor.openBoard(null));
    expect(renders.value).toBe(mounted + 1);
    r.unmount();
  });

  it('the app shell re-renders for the open board’s record, not for notes typed or added', async () => {
    const { editor } = editorSetup();
    const { boardId, cell } = gridOf(editor);
    const renders = counter();
    let title = '';
    function Shell() {
      renders.value++;
      title = useActiveBoard(editor)?.title ?? '';
      return null;
    }
    const r = render(Shell, {});
    const mounted = renders.value;
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'Menunggu', author: 'Ana' }))!;
    await r.act(() => editor.edit(() => setNoteText(editor.doc, id, 'Menunggu lama')));
    await r.act(() => editor.select([id]));
    expect(renders.value).toBe(mounted);
    await r.act(() => editor.edit(() => renameBoard(editor.doc, boardId, 'Путь клиента')));
    expect(renders.value).toBe(mounted + 1);
    expect(title).toBe('Путь клиента');
    await r.act(() => editor.openBoard(null));
    expect(title).toBe('');
    r.unmount();
  });
});
