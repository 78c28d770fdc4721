import { moveNotes } from '../../../../shared/doc';
import { dropTarget } from '../../../../shared/layout/board-layout';
import type { Gesture, GestureEnv, Point, PointerInput } from './types';
import { travelled } from './types';

/**
 * A press on a note. Released in place it is a click: select the note (Shift/Ctrl/Cmd toggles
 * it in the selection). Dragged, the selection (or just this note) follows the pointer at frame
 * rate as drawn feedback, and the drop writes the move once, as one undo step. Notes sit by cell
 * and order, not by coordinates: writing mid-drag would reflow the board under the pointer, so
 * peers see the drag live through presence instead (collab/presence.ts).
 */
export function noteDragGesture(env: GestureEnv, noteId: string, down: PointerInput): Gesture {
  let state: 'pressed' | 'dragging' | 'done' = 'pressed';
  let starts = new Map<string, Point>();
  const place = (input: PointerInput) => {
    const dx = input.board.x - down.board.x;
    const dy = input.board.y - down.board.y;
    return new Map([...starts].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
  };
  const begin = () => {
    const { editor } = env;
    const { selectedNoteIds, selectedCell } = editor.selection;
    // A note outside the selection is dragged alone; a selected one takes the selection along.
    if (selectedNoteIds.includes(noteId)) editor.pick(selectedNoteIds, selectedCell);
    else editor.pick([noteId]);
    const layout = env.layout();
    // The notes land in selection order.
    const ids = editor.selection.selectedNoteIds;
    starts = new Map(ids.flatMap((id) => {
      const box = layout.notes.get(id);
      return box ? [[id, { x: box.x, y: box.y }] as const] : [];
    }));
    state = 'dragging';
  };
  const stop = () => {
    state = 'done';
    env.feedback.dragNotes(null);
  };
  return {
    kind: 'note-drag',
    move(input) {
      if (state === 'done' || (state === 'pressed' && !travelled(env, down, input))) return;
      if (state === 'pressed') begin();
      env.feedback.dragNotes(place(input));
    },
    up(input) {
      const was = state;
      stop();
      if (was === 'pressed') {
        // The second press of a double-click belongs to the double-click (it opens the note).
        if (input.clicks >= 2) return;
        const current = env.editor.selection.selectedNoteIds;
        const next = input.additive ? (current.includes(noteId) ? current.filter((n) => n !== noteId) : [...current, noteId]) : [noteId];
        env.editor.pick(next);
        return;
      }
      if (was !== 'dragging') return;
      const ids = [...starts.keys()];
      const target = dropTarget(env.layout(), input.board, new Set(ids));
      if (!target) return;
      // Where a drag becomes a move: one shared/doc command, one undo step.
      env.editor.edit(() => moveNotes(env.editor.doc, ids, target));
    },
    cancel: stop,
  };
}
