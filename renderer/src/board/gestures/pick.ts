import type { Hit } from '../../../../shared/layout/hit-test';
import { curveDragGesture } from './curve-drag';
import { marqueeGesture } from './marquee';
import { noteDragGesture } from './note-drag';
import { noteResizeGesture } from './note-resize';
import { panGesture } from './pan';
import { reorderGesture } from './reorder';
import { trackResizeGesture } from './track-resize';
import type { CellRef, Gesture, GestureEnv, PointerInput } from './types';
import { interceptPress } from '../../facilitation/press-hook';

export interface Press {
  readonly hit: Hit;
  readonly input: PointerInput;
  /** 0 primary, 1 middle, 2 secondary. */
  readonly button: number;
  readonly pointer: 'mouse' | 'touch';
  /** Space held: the hand tool. */
  readonly hand: boolean;
}

/** Which gesture a press starts, from what is under it (the hit test) and how it was pressed. */
export function startGesture(env: GestureEnv, press: Press): Gesture | null {
  const { hit, input } = press;
  // Votes, face-down cards and locks take the press first (renderer/src/facilitation).
  if (interceptPress(env.editor, env.boardId, press)) return null;
  if (press.button === 1 || (press.button === 0 && press.hand)) return panGesture(env, input);
  if (press.button !== 0) return null;
  switch (hit.kind) {
    case 'corner':
      return null;
    case 'stage-edge':
      return trackResizeGesture(env, 'stage', hit.stage.id, input);
    case 'stage':
      return reorderGesture(env, 'stage', hit.stage.id, input);
    case 'lane-edge':
      return trackResizeGesture(env, 'lane', hit.lane.id, input);
    case 'lane':
      return reorderGesture(env, 'lane', hit.lane.id, input);
    case 'resize-handle':
      return noteResizeGesture(env, hit.note, input);
    case 'note':
      return noteDragGesture(env, hit.note.id, input);
    case 'curve-point':
      return curveDragGesture(env, hit, input);
    case 'cell':
    case 'none':
      // A finger on empty board pans (a tap selects the cell); the mouse draws a rubber band.
      if (press.pointer === 'touch') {
        return panGesture(env, input, () => env.editor.pick([], hit.kind === 'cell' ? hit.cell : null));
      }
      return marqueeGesture(env, input);
  }
}

/** What a double-click (or double-tap) on the board does. */
export type DoubleClick =
  | { readonly kind: 'rename-stage'; readonly id: string }
  | { readonly kind: 'rename-lane'; readonly id: string }
  | { readonly kind: 'rename-feeling'; readonly stageId: string; readonly personaId?: string }
  | { readonly kind: 'edit-note'; readonly id: string }
  | { readonly kind: 'add-note'; readonly cell: CellRef };

export function doubleClick(hit: Hit): DoubleClick | null {
  switch (hit.kind) {
    case 'stage':
    case 'stage-edge':
      return { kind: 'rename-stage', id: hit.stage.id };
    case 'lane':
    case 'lane-edge':
      return { kind: 'rename-lane', id: hit.lane.id };
    case 'note':
    case 'resize-handle':
      return { kind: 'edit-note', id: hit.note.id };
    case 'curve-point':
      return { kind: 'rename-feeling', stageId: hit.stageId, ...(hit.curveKey ? { personaId: hit.curveKey } : {}) };
    case 'cell':
      return { kind: 'add-note', cell: hit.cell };
    default:
      return null;
  }
}

/** What a right-click is on, for the context menu (a curve point's menu is its cell's). */
export type MenuTarget =
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string };

export function menuTarget(hit: Hit, cellUnder: CellRef | null): MenuTarget | null {
  switch (hit.kind) {
    case 'note':
    case 'resize-handle':
      return { kind: 'note', noteId: hit.note.id };
    case 'stage':
    case 'stage-edge':
      return { kind: 'stage', stageId: hit.stage.id };
    case 'lane':
    case 'lane-edge':
      return { kind: 'lane', laneId: hit.lane.id };
    case 'cell':
      return { kind: 'cell', ...hit.cell };
    case 'curve-point':
      return cellUnder ? { kind: 'cell', ...cellUnder } : null;
    default:
      return null;
  }
}

/** The pointer's look when hovering, telling what a press would do. */
export function hoverCursor(hit: Hit): string | undefined {
  switch (hit.kind) {
    case 'stage-edge':
      return 'col-resize';
    case 'lane-edge':
      return 'row-resize';
    case 'stage':
    case 'lane':
      return 'grab';
    case 'resize-handle':
      return 'nwse-resize';
    default:
      return undefined;
  }
}
