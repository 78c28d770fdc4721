import type { Editor } from '../editor/editor';

/**
 * Tab reaches the board (its canvas is one focusable region): arriving by keyboard with
 * nothing selected selects the first cell, so the arrow keys (actions/navigation.ts) walk on
 * from there and Enter / N edit and add. A mouse click focuses it without choosing anything.
 */
export function onBoardFocus(editor: Editor, event: React.FocusEvent<HTMLElement>): void {
  if (event.target !== event.currentTarget || !event.currentTarget.matches(':focus-visible')) return;
  const { selectedNoteIds, selectedCell } = editor.selection;
  if (selectedNoteIds.length || selectedCell) return;
  const layout = editor.drawnBoard?.layout;
  const [stage, lane] = [layout?.stages[0], layout?.lanes[0]];
  if (stage && lane) editor.select([], { stageId: stage.id, laneId: lane.id });
}
