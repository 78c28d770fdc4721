import { moveLane, moveStage } from '../../../../shared/doc';
import type { BoardLayout } from '../../../../shared/layout/board-layout';
import type { Gesture, GestureEnv, PointerInput, Rect } from './types';
import { travelled } from './types';

/** Dragging a stage header left or right, or a lane label up or down. */
export type Track = 'stage' | 'lane';

/** The stage or lane a dragged one would go before (null: the end), and the marker showing where. */
function slot(layout: BoardLayout, track: Track, at: { x: number; y: number }): { beforeId: string | null; marker: Rect } {
  if (track === 'stage') {
    const before = layout.stages.find((s) => at.x < s.x + s.width / 2);
    return { beforeId: before?.id ?? null, marker: { x: (before ? before.x : layout.width) - 3, y: 0, width: 6, height: layout.height } };
  }
  const before = layout.lanes.find((l) => at.y < l.y + l.height / 2);
  return { beforeId: before?.id ?? null, marker: { x: 0, y: (before ? before.y : layout.height) - 3, width: layout.width, height: 6 } };
}

/**
 * A press on a stage header or lane label: dragged, a marker shows where it would go and the
 * drop reorders it (one undo step); released in place, it clears the selection.
 */
export function reorderGesture(env: GestureEnv, track: Track, id: string, down: PointerInput): Gesture {
  let state: 'pressed' | 'dragging' | 'done' = 'pressed';
  const stop = () => {
    state = 'done';
    env.feedback.marker(null);
  };
  return {
    kind: `${track}-move`,
    move(input) {
      if (state === 'done' || (state === 'pressed' && !travelled(env, down, input))) return;
      state = 'dragging';
      env.feedback.marker(slot(env.layout(), track, input.board).marker);
    },
    up(input) {
      const was = state;
      stop();
      if (was === 'pressed') {
        env.editor.pick([]);
        return;
      }
      if (was !== 'dragging') return;
      const { beforeId } = slot(env.layout(), track, input.board);
      if (beforeId === id) return;
      const { doc } = env.editor;
      env.editor.edit(() => (track === 'stage' ? moveStage(doc, id, beforeId) : moveLane(doc, id, beforeId)));
    },
    cancel: stop,
  };
}
