import { describe, expect, it } from 'vitest';
import { addNote, deleteLane, deleteNotes, moveNote, moveStage, renameBoard, setEmotion, setNoteText } from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import { installFacilitation } from '../../../renderer/src/facilitation/install';
import { facilitationFor } from '../../../renderer/src/facilitation/controller';
import { NOTICES } from '../../../renderer/src/editor/slices';
import { editorSetup, gridOf, NOW } from '../renderer/setup';

function locked(level: 'structure' | 'all') {
  const { editor } = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
  installFacilitation(editor);
  const grid = gridOf(editor);
  const status = () => {
    const s = editor.get(NOTICES).status;
    return s ? editor.text(s) : null;
  };
  const lock = (l: 'structure' | 'all' | null) => expect(facilitationFor(editor).setLock(grid.boardId, l).ok).toBe(true);
  lock(level);
  return { editor, grid, status, lock };
}

describe('facilitation: locks hold for every way of editing', () => {
  it('a structure lock refuses stage, lane, curve and board edits made outside the board (inspector, drags, menus)', () => {
    const { editor, grid, status, lock } = locked('structure');
    const [first, second] = grid.stages;
    const stagesBefore = editor.view().stages;

    editor.edit(() => moveStage(editor.doc, second!.id, first!.id));
    expect(editor.view().stages).toEqual(stagesBefore);
    expect(status()).toBe('The board’s structure is locked: stages, lanes and the curve cannot change now.');

    // A drag of a stage: a gesture step, frame by frame.
    const step = editor.beginStep();
    step.edit(() => moveStage(editor.doc, second!.id, first!.id));
    step.end();
    expect(editor.view().stages).toEqual(stagesBefore);

    editor.edit(() => deleteLane(editor.doc, grid.lanes[0]!.id));
    expect(editor.view().lanes[grid.lanes[0]!.id]).toBeDefined();
    editor.edit(() => setEmotion(editor.doc, { boardId: grid.boardId, stageId: first!.id }, { score: 2 }));
    editor.edit(() => renameBoard(editor.doc, grid.boardId, 'Чужое имя'));
    expect(editor.view().boards[grid.boardId]!.title).not.toBe('Чужое имя');
    expect(editor.canUndo()).toBe(false);

    lock(null);
    editor.edit(() => renameBoard(editor.doc, grid.boardId, 'Новое имя'));
    expect(editor.view().boards[grid.boardId]!.title).toBe('Новое имя');
  });

  it('a structure lock lets people add and change their own notes, not others\'', () => {
    const { editor, grid, status } = locked('structure');
    const others = Object.values(editor.view().notes).find((n) => n.boardId === grid.boardId)!;
    const mine = editor.edit(() => addNote(editor.doc, { ...grid.cell(0, 0), text: 'Моя заметка', author: 'Аня' }))!;
    expect(editor.view().notes[mine]?.text).toBe('Моя заметка');
    editor.edit(() => setNoteText(editor.doc, mine, 'Моя заметка, исправлена'));
    editor.edit(() => moveNote(editor.doc, mine, { stageId: grid.stages[1]!.id, laneId: grid.lanes[0]!.id }));
    expect(editor.view().notes[mine]).toMatchObject({ text: 'Моя заметка, исправлена', stageId: grid.stages[1]!.id });

    // Someone else's note (the inspector, Ctrl+arrow, delete): refused, kept as it was.
    editor.edit(() => setNoteText(editor.doc, others.id, 'Переписано'));
    editor.edit(() => moveNote(editor.doc, others.id, { stageId: grid.stages[1]!.id, laneId: grid.lanes[1]!.id }));
    editor.edit(() => deleteNotes(editor.doc, [others.id, mine]));
    expect(editor.view().notes[others.id]).toEqual(others);
    expect(editor.view().notes[mine]).toBeDefined();
    expect(status()).toBe('The board is locked: you can change only your own notes.');
  });

  it('undo and redo cannot take locked structure back, and the steps stay for after the unlock', () => {
    const { editor, grid, status, lock } = locked('structure');
    lock(null);
    editor.edit(() => renameBoard(editor.doc, grid.boardId, 'До замка'));
    lock('structure');
    editor.undo();
    expect(editor.view().boards[grid.boardId]!.title).toBe('До замка');
    expect(status()).toBe('The board’s structure is locked: stages, lanes and the curve cannot change now.');
    expect(editor.canUndo()).toBe(true);

    lock(null);
    editor.undo();
    expect(editor.view().boards[grid.boardId]!.title).not.toBe('До замка');
    lock('structure');
    editor.redo();
    expect(editor.view().boards[grid.boardId]!.title).not.toBe('До замка');
    expect(editor.canRedo()).toBe(true);
  });

  it('a whole-board lock refuses every change, new notes too', () => {
    const { editor, grid, status } = locked('all');
    const notes = editor.view().notes;
    expect(editor.edit(() => addNote(editor.doc, { ...grid.cell(0, 0), text: 'Новая', author: 'Аня' }))).toBeTruthy();
    expect(editor.view().notes).toEqual(notes);
    expect(status()).toBe('The facilitator has locked this board.');
    expect(editor.canUndo()).toBe(false);
  });
});
