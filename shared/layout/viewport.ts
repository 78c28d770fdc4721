import { fitRect, LAYOUT, type BoardLayout } from './board-layout';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
export const FIT_MARGIN = 16;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zoom by `factor` keeping the board point under `anchor` (view pixels) still. */
export function zoomAround(viewport: Viewport, factor: number, anchor: { x: number; y: number }): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const bx = (anchor.x - viewport.x) / viewport.scale;
  const by = (anchor.y - viewport.y) / viewport.scale;
  return { scale, x: anchor.x - bx * scale, y: anchor.y - by * scale };
}

/** The whole board in view. */
export function fitBoard(layout: BoardLayout, size: { width: number; height: number }): Viewport {
  return fitRect({ x: 0, y: 0, width: layout.width, height: layout.height }, size, { min: MIN_SCALE, max: 1, margin: FIT_MARGIN });
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
  const scale = clampScale(Math.min(2, (size.width - 2 * FIT_MARGIN) / (LAYOUT.laneLabelWidth + stage.width)));
  return { scale, x: FIT_MARGIN + (LAYOUT.laneLabelWidth - stage.x) * scale, y: FIT_MARGIN };
}

/** Where the header row and the lane-label column sit (board units): pinned to the view's edge once scrolled past. */
export interface Pin {
  readonly bandY: number;
  readonly columnX: number;
}
export function pinOf(viewport: Viewport): Pin {
  return { bandY: Math.max(0, -viewport.y / viewport.scale), columnX: Math.max(0, -viewport.x / viewport.scale) };
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
