import { noteRefusal, structureRefusal, type LockRefusal } from '../../../shared/facilitation';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import type { ContextTarget } from '../editor/slices';
import { facilitationFor, hasFacilitation } from './controller';

/** Actions that change a board's structure (stages, lanes, the board itself). */
const STRUCTURE = /^(renameStage|deleteStage|addStage:.*|renameLane|deleteLane|addLane:.*|renameBoard|editGoal|deleteBoard)$/;
/** Actions that change the selected notes. */
const SELECTED_NOTES = /^(editNote|cut|deleteNotes|color:.*)$/;
/** Actions that add notes. */
const ADD_NOTES = /^(addNote|paste|duplicate)$/;

const GUARDED = new WeakSet<Action>();

function reasonFor(editor: Editor, id: string, target: ContextTarget | undefined): LockRefusal | null {
  const { state, me } = facilitationFor(editor).ui;
  const boardId = target && 'boardId' in target && typeof target.boardId === 'string' ? target.boardId : editor.selection.activeBoardId;
  if (STRUCTURE.test(id)) return structureRefusal(state, boardId);
  if (ADD_NOTES.test(id)) return structureRefusal(state, boardId) === 'boardLocked' ? 'boardLocked' : null;
  const view = editor.view();
  const notes = editor.selection.selectedNoteIds.flatMap((n) => view.notes[n] ?? []);
  return noteRefusal(state, boardId, notes, me);
}

/**
 * Locks refuse the menu, toolbar and shortcut verbs that would break them, with a notice (the
 * board's presses are refused in press.ts). Wraps the registered actions' `run` once; an
 * editor without facilitation runs them unchanged.
 */
export function guardActions(editor: Editor): void {
  for (const action of editor.actions.all()) {
    if (GUARDED.has(action) || !(STRUCTURE.test(action.id) || SELECTED_NOTES.test(action.id) || ADD_NOTES.test(action.id))) continue;
    GUARDED.add(action);
    const run = action.run.bind(action);
    (action as { run: Action['run'] }).run = (target: Editor, context?: ContextTarget) => {
      if (hasFacilitation(target)) {
        const reason = reasonFor(target, action.id, context);
        if (reason) return facilitationFor(target).refuse(reason);
      }
      return run(target, context);
    };
  }
}
