import { message, type Message } from '../../../shared/i18n';
import { addNote } from '../../../shared/doc';
import { boardRecords } from '../../../shared/doc/board-records';
import type { Editor } from '../editor/editor';
import type { ContextTarget } from '../editor/slices';
import { collabFor } from '../collab/manager';

/** What actions work on: the right-clicked thing, else the selection, else a sensible default. */

export const always = () => true;

/** The name a new note is signed with: this participant's name (Share ▸ Settings; "Guest" until set). */
export function author(editor: Editor): string {
  return collabFor(editor).state.user.name;
}

export const hasSelection = (editor: Editor) => editor.selection.selectedNoteIds.length > 0;
export const activeBoard = (editor: Editor) => {
  const id = editor.selection.activeBoardId;
  return id ? editor.view().boards[id] : undefined;
};
export const isJourney = (editor: Editor) => activeBoard(editor)?.kind === 'journey';

export function stageOf(editor: Editor, target?: ContextTarget) {
  return target?.kind === 'stage' ? editor.view().stages[target.stageId] : undefined;
}
export function laneOf(editor: Editor, target?: ContextTarget) {
  return target?.kind === 'lane' ? editor.view().lanes[target.laneId] : undefined;
}
export function boardOf(editor: Editor, target?: ContextTarget) {
  const id = target?.kind === 'board' ? target.boardId : editor.selection.activeBoardId;
  return id ? editor.view().boards[id] : undefined;
}

export function notesOn(editor: Editor, match: (n: { stageId: string; laneId: string; boardId: string }) => boolean): number {
  return Object.values(editor.view().notes).filter(match).length;
}

/** The cell an action works on: the right-clicked or selected cell, else the selection's, else the first. */
export function targetCell(editor: Editor, target?: ContextTarget): { boardId: string; stageId: string; laneId: string } | null {
  const { activeBoardId, selectedCell, selectedNoteIds } = editor.selection;
  if (!activeBoardId) return null;
  const view = editor.view();
  if (view.boards[activeBoardId]?.kind !== 'journey') return null;
  if (target?.kind === 'cell') return { boardId: activeBoardId, stageId: target.stageId, laneId: target.laneId };
  if (selectedCell) return { boardId: activeBoardId, ...selectedCell };
  const selected = selectedNoteIds.map((id) => view.notes[id]).find((n) => n !== undefined);
  if (selected) return { boardId: activeBoardId, stageId: selected.stageId, laneId: selected.laneId };
  const { stages, lanes } = boardRecords(view, activeBoardId);
  return stages[0] && lanes[0] ? { boardId: activeBoardId, stageId: stages[0].id, laneId: lanes[0].id } : null;
}

/** Add a note to a cell, signed with this participant's name, and start typing into it. */
export function addNoteAndEdit(editor: Editor, cell: { boardId: string; stageId: string; laneId: string }): string | null {
  const id = editor.edit(() => addNote(editor.doc, { ...cell, author: author(editor) }));
  if (id) editor.typeInto(id, { stageId: cell.stageId, laneId: cell.laneId });
  return id;
}

/** Deleting something that holds notes never happens silently: ask, and say undo brings it back. */
export async function confirmDelete(editor: Editor, title: Message, notes: number): Promise<boolean> {
  if (notes === 0) return true;
  const answer = await editor.ask({
    title,
    body: message('confirm.deleteBody', { count: notes }),
    choices: [
      { value: 'cancel', label: message('unsaved.cancel') },
      { value: 'delete', label: message('action.delete'), danger: true, primary: true },
    ],
  });
  return answer === 'delete';
}
