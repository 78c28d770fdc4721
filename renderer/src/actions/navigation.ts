import { moveNotes } from '../../../shared/doc';
import { adjacentCell, neighbour, type Direction } from '../../../shared/layout/navigation';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { hasSelection, isJourney } from './targets';

/** Keyboard navigation: arrows walk from note to note and cell to cell; with Ctrl/Alt they move the notes. */

function selectNeighbour(editor: Editor, direction: Direction): void {
  const layout = editor.drawnBoard?.layout;
  if (!layout) return;
  const view = editor.view();
  const { selectedNoteIds, selectedCell } = editor.selection;
  const noteId = selectedNoteIds.at(-1);
  const note = noteId ? view.notes[noteId] : undefined;
  const from = note ? { noteId: note.id, stageId: note.stageId, laneId: note.laneId } : selectedCell ? { noteId: null, ...selectedCell } : null;
  if (!from) {
    const first = layout.stages[0] && layout.lanes[0] ? { stageId: layout.stages[0].id, laneId: layout.lanes[0].id } : null;
    if (first) editor.select([], first);
    return;
  }
  const next = neighbour(layout, from, direction);
  if (!next) return;
  if (next.noteId) {
    editor.select([next.noteId]);
    editor.boardView?.reveal(next.noteId);
  } else editor.select([], { stageId: next.stageId, laneId: next.laneId });
}

function moveSelection(editor: Editor, direction: Direction): void {
  const layout = editor.drawnBoard?.layout;
  const view = editor.view();
  const ids = editor.selection.selectedNoteIds;
  const first = ids.map((id) => view.notes[id]).find((n) => n !== undefined);
  if (!layout || !first) return;
  const cell = adjacentCell(layout, first, direction);
  if (!cell) return;
  editor.edit(() => moveNotes(editor.doc, ids, cell));
  editor.boardView?.reveal(first.id);
}

const ARROWS: readonly [Direction, string][] = [
  ['left', 'ArrowLeft'],
  ['right', 'ArrowRight'],
  ['up', 'ArrowUp'],
  ['down', 'ArrowDown'],
];

export const NAVIGATION_ACTIONS: readonly Action[] = [
  ...ARROWS.map(
    ([direction, key]): Action => ({
      id: `select:${direction}`,
      labelKey: `action.select.${direction}`,
      shortcuts: [{ key }],
      enabled: isJourney,
      run: (editor) => selectNeighbour(editor, direction),
    }),
  ),
  ...ARROWS.map(
    ([direction, key]): Action => ({
      id: `move:${direction}`,
      labelKey: `action.move.${direction}`,
      shortcuts: [
        { key, mod: true },
        { key, alt: true },
      ],
      enabled: hasSelection,
      run: (editor) => moveSelection(editor, direction),
    }),
  ),
];
