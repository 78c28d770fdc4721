import { cellAt, LAYOUT, type BoardLayout, type LaneBox, type NoteBox, type StageBox } from './board-layout';
import { CURVE, emotionBand, emotionLane, ghostPlaces, pointPlaces, type Curve } from './emotion-curve';
import { pinOf, type Viewport } from './viewport';

/** How near (view pixels) to a stage's right edge or a lane's lower edge a press resizes it. */
export const EDGE_GRAB_PX = 6;
/** The square handle at a selected note's lower-right corner (board units). */
export const RESIZE_HANDLE_SIZE = 14;

type Cell = { readonly stageId: string; readonly laneId: string };

/** What is under a board point, topmost first, as the board draws it. */
export type Hit =
  /** The blank square where the header row meets the label column. */
  | { readonly kind: 'corner' }
  | { readonly kind: 'stage-edge'; readonly stage: StageBox }
  | { readonly kind: 'stage'; readonly stage: StageBox }
  | { readonly kind: 'lane-edge'; readonly lane: LaneBox }
  | { readonly kind: 'lane'; readonly lane: LaneBox }
  | { readonly kind: 'resize-handle'; readonly note: NoteBox }
  | { readonly kind: 'note'; readonly note: NoteBox; readonly cell: Cell }
  /** A curve's point (`curveKey` '' = the board's own curve), or a ghost where the drawn curve has none. */
  | { readonly kind: 'curve-point'; readonly curveKey: string; readonly stageId: string; readonly ghost: boolean; readonly x: number; readonly y: number }
  | { readonly kind: 'cell'; readonly cell: Cell }
  | { readonly kind: 'none' };

export interface HitContext {
  readonly layout: BoardLayout;
  /** The view: its zoom sets the edge grab width, its position where the pinned headers are. */
  readonly viewport: Viewport;
  /** The one note showing a resize handle (the sole selection, not being edited). */
  readonly handleNoteId?: string | null;
  /** Emotion curves drawn now, and whose curve the ghost points start (`null`: no ghosts). */
  readonly curves?: readonly Curve[];
  readonly ghostCurveKey?: string | null;
  /** False when notes are drawn as one zoomed-out picture: a press there is the cell's. */
  readonly notes?: boolean;
}

const inBox = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  p.x >= b.x && p.x < b.x + b.width && p.y >= b.y && p.y < b.y + b.height;

/**
 * The one hit test of a journey board, for mouse, touch and keyboard alike: pinned headers
 * (drawn on top) first, then the resize handle, notes, curve points and the cell beneath.
 */
export function hitTest(ctx: HitContext, point: { x: number; y: number }): Hit {
  const { layout, viewport } = ctx;
  const { bandY, columnX, bandScale, columnScale } = pinOf(viewport);
  const inHeader = point.y >= bandY && point.y < bandY + LAYOUT.headerHeight * bandScale;
  const inLabels = point.x >= columnX && point.x < columnX + LAYOUT.laneLabelWidth * columnScale;
  const grab = EDGE_GRAB_PX / viewport.scale;
  if (inHeader && inLabels) return { kind: 'corner' };
  if (inHeader) {
    const edge = layout.stages.find((s) => Math.abs(point.x - (s.x + s.width)) <= grab);
    if (edge) return { kind: 'stage-edge', stage: edge };
    const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
    return stage ? { kind: 'stage', stage } : { kind: 'none' };
  }
  if (inLabels) {
    const edge = layout.lanes.find((l) => Math.abs(point.y - (l.y + l.height)) <= grab);
    if (edge) return { kind: 'lane-edge', lane: edge };
    const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
    return lane ? { kind: 'lane', lane } : { kind: 'none' };
  }
  const handleBox = ctx.handleNoteId ? layout.notes.get(ctx.handleNoteId) : undefined;
  if (handleBox) {
    const half = RESIZE_HANDLE_SIZE / 2;
    const handle = { x: handleBox.x + handleBox.width - half, y: handleBox.y + handleBox.height - half, width: RESIZE_HANDLE_SIZE, height: RESIZE_HANDLE_SIZE };
    if (inBox(point, handle)) return { kind: 'resize-handle', note: handleBox };
  }
  const cell = cellAt(layout, point);
  if (!cell) return { kind: 'none' };
  // Notes never leave their cell: only that cell's notes can be under the point.
  const ids = ctx.notes === false ? [] : (layout.cells.get(`${cell.stageId}|${cell.laneId}`) ?? []);
  for (const id of ids) {
    const box = layout.notes.get(id);
    if (box && inBox(point, box)) return { kind: 'note', note: box, cell };
  }
  const curveHit = hitCurve(ctx, point);
  if (curveHit) return curveHit;
  return { kind: 'cell', cell };
}

function hitCurve(ctx: HitContext, point: { x: number; y: number }): Hit | null {
  const lane = emotionLane(ctx.layout);
  if (!lane || !ctx.curves || point.y < lane.y || point.y >= lane.y + lane.height) return null;
  const band = emotionBand(lane);
  const near = (x: number, y: number, radius: number) => Math.hypot(point.x - x, point.y - y) <= radius + CURVE.grabPadding;
  // Drawn last, so on top: the ghosts of the curve being drawn, then curves in reverse order.
  if (ctx.ghostCurveKey !== null && ctx.ghostCurveKey !== undefined) {
    for (const ghost of ghostPlaces(ctx.layout, band, ctx.curves, ctx.ghostCurveKey)) {
      if (near(ghost.x, ghost.y, CURVE.ghostRadius)) return { kind: 'curve-point', curveKey: ctx.ghostCurveKey, stageId: ghost.stageId, ghost: true, x: ghost.x, y: ghost.y };
    }
  }
  for (const curve of [...ctx.curves].reverse()) {
    for (const place of pointPlaces(ctx.layout, band, curve)) {
      if (near(place.x, place.y, CURVE.pointRadius)) return { kind: 'curve-point', curveKey: curve.key, stageId: place.stageId, ghost: false, x: place.x, y: place.y };
    }
  }
  return null;
}
