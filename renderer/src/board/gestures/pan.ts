import type { Gesture, GestureEnv, PointerInput } from './types';
import { travelled } from './types';

/**
 * Pan: the middle button, Space + drag, or a finger on empty board. The view follows the pointer
 * in view pixels; a finger that lifts without moving is a tap (`onTap`, e.g. select the cell).
 */
export function panGesture(env: GestureEnv, down: PointerInput, onTap?: (at: PointerInput) => void): Gesture {
  let last = down.view;
  let moved = false;
  const start = env.viewport();
  return {
    kind: 'pan',
    move(input) {
      if (!moved && !travelled(env, down, input)) return;
      moved = true;
      const v = env.viewport();
      env.setViewport({ ...v, x: v.x + input.view.x - last.x, y: v.y + input.view.y - last.y });
      last = input.view;
    },
    up(input) {
      if (!moved) onTap?.(input);
    },
    cancel() {
      if (moved) env.setViewport(start);
    },
  };
}
