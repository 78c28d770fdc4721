import type * as Y from 'yjs';
import type { BoardLayout } from '../../../../shared/layout/board-layout';
import type { Curve } from '../../../../shared/layout/emotion-curve';
import type { Viewport } from '../../../../shared/layout/viewport';

export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface Rect extends Point {
  readonly width: number;
  readonly height: number;
}
export type CellRef = { readonly stageId: string; readonly laneId: string };

/** One pointer sample, in board units and view pixels. */
export interface PointerInput {
  readonly board: Point;
  readonly view: Point;
  /** Shift, Ctrl or Cmd held: add to the selection. */
  readonly additive: boolean;
  /** Presses in a row: 2 on the second press of a double-click. */
  readonly clicks: number;
}

/** One undo step held open across a gesture (the editor's `beginStep`). */
export interface GestureStep {
  edit<T>(fn: () => T): T;
  end(): void;
}

/**
 * What a gesture needs of the editor (renderer/src/editor's `Editor` is one): the doc, the
 * selection and its verbs, and the undo seam: `edit` for a write at the drop, `beginStep` for
 * a gesture that writes across frames.
 */
export interface GestureEditor {
  readonly doc: Y.Doc;
  readonly selection: { readonly selectedNoteIds: readonly string[]; readonly selectedCell: CellRef | null };
  /** Select these notes (and cell); typing into a note and the context menu end. */
  pick(selectedNoteIds: readonly string[], selectedCell?: CellRef | null): void;
  /** Select without ending anything (a rubber band growing). */
  select(selectedNoteIds: readonly string[], selectedCell?: CellRef | null): void;
  /** One write as its own undo step. */
  edit<T>(fn: () => T): T;
  beginStep(): GestureStep;
  /** Undo the last step (a cancelled gesture takes back what it wrote). */
  undo(): void;
}

/** The view's side of a gesture: feedback drawn at frame rate, never in the doc. */
export interface GestureFeedback {
  /** The rubber band of a marquee selection. */
  band(rect: Rect | null): void;
  /** Where a dragged stage or lane would go, or a resized one's new edge. */
  marker(rect: Rect | null): void;
  /** Dragged notes drawn at these board positions (null: back where the layout puts them). */
  dragNotes(positions: ReadonlyMap<string, Point> | null): void;
  /** A note drawn at this size while its handle is dragged. */
  noteSize(preview: { id: string; width: number; height: number } | null): void;
  /** A curve point drawn at this board y while dragged. */
  curvePoint(preview: { curveKey: string; stageId: string; y: number } | null): void;
}

export interface GestureEnv {
  readonly editor: GestureEditor;
  readonly boardId: string;
  layout(): BoardLayout;
  viewport(): Viewport;
  setViewport(next: Viewport): void;
  /** Curves drawn now (for the curve-point gesture). */
  curves(): readonly Curve[];
  readonly feedback: GestureFeedback;
  /** Milliseconds, for throttling doc writes. */
  now(): number;
}

/** A press on the board, followed until release: a small state machine per kind. */
export interface Gesture {
  readonly kind: string;
  move(input: PointerInput): void;
  up(input: PointerInput): void;
  /** Escape, lost focus, a second pointer: undo what the gesture wrote and stop. */
  cancel(): void;
}

/** View pixels a press must travel before it is a drag rather than a click. */
export const DRAG_THRESHOLD_PX = 4;

export const travelled = (env: GestureEnv, from: PointerInput, to: PointerInput) =>
  Math.hypot(to.view.x - from.view.x, to.view.y - from.view.y) >= DRAG_THRESHOLD_PX;
