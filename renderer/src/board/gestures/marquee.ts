import { cellAt, notesInRect } from '../../../../shared/layout/board-layout';
import type { Gesture, GestureEnv, PointerInput } from './types';
import { travelled } from './types';

/**
 * A press on empty board: dragged, a rubber band selects the notes it meets (added to the
 * selection with Shift/Ctrl/Cmd); released where it started, it selects the cell.
 */
export function marqueeGesture(env: GestureEnv, down: PointerInput): Gesture {
  const base = env.editor.selection.selectedNoteIds;
  let state: 'pressed' | 'banding' | 'done' = 'pressed';
  const finish = () => {
    state = 'done';
    env.feedback.band(null);
  };
  return {
    kind: 'marquee',
    move(input) {
      if (state === 'done' || (state === 'pressed' && !travelled(env, down, input))) return;
      state = 'banding';
      const a = down.board;
      const b = input.board;
      const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
      env.feedback.band(rect);
      const hit = notesInRect(env.layout(), rect);
      env.editor.pick(down.additive ? [...new Set([...base, ...hit])] : hit);
    },
    up(input) {
      const clicked = state === 'pressed';
      finish();
      // The second press of a double-click belongs to the double-click (it may just have added a note).
      if (clicked && input.clicks < 2) {
        env.editor.pick(down.additive ? base : [], cellAt(env.layout(), input.board));
      }
    },
    cancel() {
      if (state === 'banding') env.editor.select(base);
      finish();
    },
  };
}
