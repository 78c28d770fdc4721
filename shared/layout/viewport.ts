import { fitRect, LAYOUT, type BoardLayout } from './board-layout';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
export const FIT_MARGIN = 16;

/** `minScale`: the board's own minimum (`minScaleFor`), when it needs less than MIN_SCALE to be seen whole. */
export function clampScale(scale: number, minScale: number = MIN_SCALE): number {
  return Math.min(MAX_SCALE, Math.max(minScale, scale));
}

/** The zoom at which the whole board fits the view (margins included). */
export function fitScaleOf(layout: { width: number; height: number }, size: { width: number; height: number }): number {
  return Math.min((size.width - 2 * FIT_MARGIN) / Math.max(1, layout.width), (size.height - 2 * FIT_MARGIN) / Math.max(1, layout.height));
}

/** The minimum zoom follows the board: MIN_SCALE, or less when that is what shows this board whole. */
export function minScaleFor(layout: { width: number; height: number }, size: { width: number; height: number }): number {
  if (size.width <= 0 || size.height <= 0) return MIN_SCALE;
  return Math.max(0.001, Math.min(MIN_SCALE, fitScaleOf(layout, size)));
}

/**
 * Panning stays within reach of the board: at least this many view pixels of it stay on screen
 * on each axis (all of it, when it is smaller), so it can always be grabbed back.
 */
export const PAN_REACH_PX = 120;

/** The viewport moved the least so that the board stays within reach (`PAN_REACH_PX`). */
export function clampPan(viewport: Viewport, layout: { width: number; height: number }, size: { width: number; height: number }): Viewport {
  if (size.width <= 0 || size.height <= 0) return viewport;
  const axis = (pos: number, extent: number, view: number) => {
    const keep = Math.min(PAN_REACH_PX, extent, view);
    // The board spans pos … pos + extent on screen: keep `keep` pixels of it inside 0 … view.
    return Math.min(view - keep, Math.max(keep - extent, pos));
  };
  const x = axis(viewport.x, layout.width * viewport.scale, size.width);
  const y = axis(viewport.y, layout.height * viewport.scale, size.height);
  return x === viewport.x && y === viewport.y ? viewport : { ...viewport, x, y };
}

/** Zoom by `factor` keeping the board point under `anchor` (view pixels) still. */
export function zoomAround(viewport: Viewport, factor: number, anchor: { x: number; y: number }, minScale: number = MIN_SCALE): Viewport {
  const scale = clampScale(viewport.scale * factor, minScale);
  const bx = (anchor.x - viewport.x) / viewport.scale;
  const by = (anchor.y - viewport.y) / viewport.scale;
  return { scale, x: anchor.x - bx * scale, y: anchor.y - by * scale };
}

/** The whole board in view. */
export function fitBoard(layout: BoardLayout, size: { width: number; height: number }): Viewport {
  return fitRect({ x: 0, y: 0, width: layout.width, height: layout.height }, size, { min: minScaleFor(layout, size), max: 1, margin: FIT_MARGIN });
}

/**
 * The opening view of a board: its full width from the top when that stays legible (50% or
 * more); a board too big for that opens whole, as a facilitator's shared screen shows it.
 */
export function initialViewport(layout: BoardLayout, size: { width: number; height: number }): Viewport {
  const widthScale = (size.width - 2 * FIT_MARGIN) / layout.width;
  if (widthScale < 0.5) return fitBoard(layout, size);
  return { x: FIT_MARGIN, y: FIT_MARGIN, scale: Math.min(1, widthScale) };
}

/**
 * One stage across the view's width, top-aligned (its header and first lanes in view): a stage
 * is as tall as the board, so fitting its height would barely zoom. The lane labels stay
 * pinned at the left edge (pinOf), so the stage is fitted beside them.
 */
export function fitStage(layout: BoardLayout, stageId: string, size: { width: number; height: number }): Viewport | null {
  const stage = layout.stages.find((s) => s.id === stageId);
  if (!stage) return null;
  // Zoom to the stage's width beside the pinned lane labels, top-aligned (a stage is as tall as
  // the board, so fitting its height would barely zoom); the board's own minimum still holds.
  const scale = clampScale(Math.min(2, (size.width - 2 * FIT_MARGIN) / (LAYOUT.laneLabelWidth + stage.width)), minScaleFor(layout, size));
  return { scale, x: FIT_MARGIN + (LAYOUT.laneLabelWidth - stage.x) * scale, y: FIT_MARGIN };
}

/** Pinned labels never take more of the view than this (view pixels): zoomed far in they stay a thin band. */
export const PIN_MAX_PX = { header: 84, column: 210 } as const;

/**
 * Where the header row and the lane-label column sit (board units): pinned to the view's edge
 * once scrolled past; and how much they are shrunk (1 = full size) so that zoomed far in they
 * stay a thin band (`PIN_MAX_PX`) instead of covering the notes.
 */
export interface Pin {
  readonly bandY: number;
  readonly columnX: number;
  /** Header height = LAYOUT.headerHeight × bandScale (board units). */
  readonly bandScale: number;
  /** Label column width = LAYOUT.laneLabelWidth × columnScale (board units). */
  readonly columnScale: number;
}
export function pinOf(viewport: Viewport): Pin {
  return {
    bandY: Math.max(0, -viewport.y / viewport.scale),
    columnX: Math.max(0, -viewport.x / viewport.scale),
    bandScale: Math.min(1, PIN_MAX_PX.header / (LAYOUT.headerHeight * viewport.scale)),
    columnScale: Math.min(1, PIN_MAX_PX.column / (LAYOUT.laneLabelWidth * viewport.scale)),
  };
}

/** A screen-space rectangle (the view's size) in board units, grown by `margin` view pixels. */
export function viewRect(viewport: Viewport, size: { width: number; height: number }, margin = 0): { left: number; top: number; right: number; bottom: number } {
  return {
    left: (-viewport.x - margin) / viewport.scale,
    top: (-viewport.y - margin) / viewport.scale,
    right: (size.width - viewport.x + margin) / viewport.scale,
    bottom: (size.height - viewport.y + margin) / viewport.scale,
  };
}

/** The board point under a point of the view (view pixels). */
export function toBoardPoint(viewport: Viewport, view: { x: number; y: number }): { x: number; y: number } {
  return { x: (view.x - viewport.x) / viewport.scale, y: (view.y - viewport.y) / viewport.scale };
}

/** The smallest pan that brings a board box into view with `margin` view pixels to spare, or null when it is in view. */
export function revealBox(viewport: Viewport, size: { width: number; height: number }, box: { x: number; y: number; width: number; height: number }, margin = 24): Viewport | null {
  const left = viewport.x + box.x * viewport.scale;
  const top = viewport.y + box.y * viewport.scale;
  const right = left + box.width * viewport.scale;
  const bottom = top + box.height * viewport.scale;
  let dx = 0;
  let dy = 0;
  if (left < 0) dx = -left + margin;
  else if (right > size.width) dx = size.width - right - margin;
  if (top < 0) dy = -top + margin;
  else if (bottom > size.height) dy = size.height - bottom - margin;
  return dx || dy ? { ...viewport, x: viewport.x + dx, y: viewport.y + dy } : null;
}
