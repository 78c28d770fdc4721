import { setEmotion } from '../../../shared/doc';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model';
import { CURVE } from '../../../shared/layout/emotion-curve';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import type { ContextTarget } from '../editor/slices';
import { drawingPersona, personaUi } from '../persona/persona-ui';

/**
 * The emotion curve from the keyboard (and the Emotions cell's right-click menu): with a cell or
 * note of the Emotions lane selected, Shift+↑ / Shift+↓ move the drawn curve's point in that
 * stage up or down half a step (creating it at 0 first), one undo step each — what dragging the
 * point does with the mouse or a finger.
 */
function emotionsStage(editor: Editor, target?: ContextTarget): { boardId: string; stageId: string } | null {
  const boardId = editor.selection.activeBoardId;
  if (!boardId) return null;
  const view = editor.view();
  let cell: { stageId: string; laneId: string } | null = null;
  if (target?.kind === 'cell') cell = target;
  else if (target?.kind === 'note') cell = view.notes[target.noteId] ?? null;
  else if (!target) {
    const noteId = editor.selection.selectedNoteIds.at(-1);
    cell = (noteId ? view.notes[noteId] : undefined) ?? editor.selection.selectedCell;
  }
  if (!cell || view.lanes[cell.laneId]?.kind !== 'emotions' || view.stages[cell.stageId]?.boardId !== boardId) return null;
  return { boardId, stageId: cell.stageId };
}

function nudge(editor: Editor, by: number, target?: ContextTarget): void {
  const where = emotionsStage(editor, target);
  if (!where) return;
  const view = editor.view();
  const linked = (view.boards[where.boardId]?.personaIds ?? []).filter((id) => view.personas[id] !== undefined);
  const personaId = drawingPersona(personaUi(editor).get(), where.boardId, linked);
  const point = Object.values(view.emotions).find((e) => e.stageId === where.stageId && (e.personaId ?? undefined) === personaId);
  const score = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, (point?.score ?? 0) + (point ? by : 0)));
  editor.edit(() => setEmotion(editor.doc, { ...where, ...(personaId ? { personaId } : {}) }, { score }));
}

export const CURVE_ACTIONS: readonly Action[] = [
  {
    id: 'curve:raise',
    labelKey: 'curve.raise',
    shortcuts: [{ key: 'ArrowUp', shift: true }],
    contexts: ['cell', 'note'],
    enabled: (editor, target) => emotionsStage(editor, target) !== null,
    run: (editor, target) => nudge(editor, CURVE.step, target),
  },
  {
    id: 'curve:lower',
    labelKey: 'curve.lower',
    shortcuts: [{ key: 'ArrowDown', shift: true }],
    contexts: ['cell', 'note'],
    enabled: (editor, target) => emotionsStage(editor, target) !== null,
    run: (editor, target) => nudge(editor, -CURVE.step, target),
  },
];
