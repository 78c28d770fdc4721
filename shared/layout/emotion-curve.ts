import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint } from '../model';
import { LAYOUT, type BoardLayout, type LaneBox, type StageBox } from './board-layout';
import { notoSansEm } from './text-fit';

/**
 * Where the emotion curves sit in the emotions lane: score ↔ y, point places, ghost places for
 * stages without a point, feeling-label places and the curve's path. Pure maths over the layout,
 * so the canvas, print and export draw the same picture.
 */
export const CURVE = {
  /** Space above +2 and below −2 inside the curve's band (LAYOUT.curveBandHeight), so points and labels are never cut off. */
  bandPadding: 34,
  pointRadius: 9,
  ghostRadius: 8,
  /** Extra grab distance around a point (board units), as the canvas hit area. */
  grabPadding: 6,
  /** A feeling's label: a pill above or below its point, on the side the line leaves free. */
  label: { fontSize: 15, height: 24, padX: 8, gap: 5, fill: 'rgba(255,255,255,0.94)', text: '#1f2328' },
  /** Konva's `tension` for the drawn line; `curvePath` draws the same spline. */
  tension: 0.3,
  /** Scores snap to halves. */
  step: 0.5,
  /** The board's own curve (no persona): the emotions lane's colour. */
  boardColor: '#d6336c',
} as const;

export interface EmotionBand {
  readonly top: number;
  readonly bottom: number;
  /** Board y of a score. */
  yOf(score: number): number;
  /** The score at a board y, snapped to `CURVE.step` and kept inside EMOTION_MIN…EMOTION_MAX. */
  scoreOf(y: number): number;
  /** A board y kept inside the band (a dragged point stays on its line inside the lane). */
  clampY(y: number): number;
}

export function emotionBand(lane: LaneBox): EmotionBand {
  const top = lane.y + CURVE.bandPadding;
  const span = Math.min(lane.height, LAYOUT.curveBandHeight) - 2 * CURVE.bandPadding;
  const range = EMOTION_MAX - EMOTION_MIN;
  const clampY = (y: number) => Math.min(top + span, Math.max(top, y));
  return {
    top,
    bottom: top + span,
    yOf: (score) => top + ((EMOTION_MAX - score) / range) * span,
    scoreOf: (y) => {
      const raw = EMOTION_MAX - ((clampY(y) - top) / span) * range;
      return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(raw / CURVE.step) * CURVE.step));
    },
    clampY,
  };
}

/** The emotions lane of a board, if it has one. */
export function emotionLane(layout: BoardLayout): LaneBox | undefined {
  return layout.lanes.find((l) => l.kind === 'emotions');
}

/** A curve: one persona's points (`key` = persona id) or the board's own (`key` = ''). */
export interface Curve {
  readonly key: string;
  readonly color: string;
  readonly points: readonly EmotionPoint[];
}

/** One curve per persona walking the board (in the persona's colour), plus the board's own. */
export function curvesOf(emotions: readonly EmotionPoint[], colorOf: (personaId: string) => string | undefined): Curve[] {
  const groups = new Map<string, EmotionPoint[]>();
  for (const point of emotions) {
    const key = point.personaId ?? '';
    const list = groups.get(key);
    if (list) list.push(point);
    else groups.set(key, [point]);
  }
  return [...groups].map(([key, points]) => ({ key, points, color: (key && colorOf(key)) || CURVE.boardColor }));
}

export interface PointPlace {
  readonly curveKey: string;
  readonly stageId: string;
  readonly point: EmotionPoint;
  readonly x: number;
  readonly y: number;
  /** The feeling's label pill (top-left, size), when it has one; its text starts `CURVE.label.padX` in. */
  readonly label: LabelBox | null;
}

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Bold text is a little wider than the regular widths measured. */
const BOLD = 1.14;

/**
 * Where a feeling's label goes: centred over its point, above it unless the line climbs to more
 * neighbours than it falls to (then below, where the line is not), never out of the band or
 * its stage. Where that spot would cover another curve's point or label in the same stage (two
 * personas feel alike there), the other side, then beside the point, is taken instead.
 */
function placeLabel(text: string, x: number, y: number, neighbours: readonly number[], band: EmotionBand, stage: StageBox, taken: readonly LabelBox[]): LabelBox {
  const { fontSize, height, padX, gap } = CURVE.label;
  const width = Math.min(stage.width - 8, notoSansEm(text) * fontSize * BOLD + 2 * padX);
  const up = neighbours.filter((ny) => ny < y - 1).length;
  const down = neighbours.filter((ny) => ny > y + 1).length;
  const top = band.top - CURVE.bandPadding + 2;
  const bottom = band.bottom + CURVE.bandPadding - 2;
  const aboveY = y - CURVE.pointRadius - gap - height;
  const belowY = y + CURVE.pointRadius + gap;
  let below = up > down;
  if (!below && aboveY < top) below = true;
  if (below && belowY + height > bottom) below = false;
  const inStage = (left: number) => Math.max(stage.x + 4, Math.min(stage.x + stage.width - 4 - width, left));
  const centred = inStage(x - width / 2);
  const preferred: LabelBox = { x: centred, y: below ? belowY : aboveY, width, height };
  if (!taken.length) return preferred;
  const besideY = Math.max(top, Math.min(bottom - height, y - height / 2));
  const candidates: LabelBox[] = [
    preferred,
    { x: centred, y: below ? aboveY : belowY, width, height },
    { x: inStage(x + CURVE.pointRadius + gap), y: besideY, width, height },
    { x: inStage(x - CURVE.pointRadius - gap - width), y: besideY, width, height },
  ];
  const clear = (box: LabelBox) =>
    box.y >= top && box.y + box.height <= bottom && !taken.some((t) => box.x < t.x + t.width && t.x < box.x + box.width && box.y < t.y + t.height && t.y < box.y + box.height);
  return candidates.find(clear) ?? preferred;
}

const stageCentre = (stage: StageBox) => stage.x + stage.width / 2;

/**
 * A curve's points in stage order, placed at their stage's centre and score. With `all` (every
 * curve drawn on the board, in drawing order) its labels keep clear of the other curves' points
 * and of the labels of the curves before it, the same on canvas, in print and in exports.
 */
export function pointPlaces(layout: BoardLayout, band: EmotionBand, curve: Curve, all: readonly Curve[] = [curve]): PointPlace[] {
  const list = all.some((c) => c.key === curve.key) ? all : [...all, curve];
  // Every curve's points, per stage, as boxes a label must not cover.
  const pointsAt = new Map<string, { curveKey: string; box: LabelBox }[]>();
  const r = CURVE.pointRadius;
  for (const c of list) {
    for (const stage of layout.stages) {
      const point = c.points.find((p) => p.stageId === stage.id);
      if (!point) continue;
      const box = { x: stageCentre(stage) - r, y: band.yOf(point.score) - r, width: 2 * r, height: 2 * r };
      pointsAt.set(stage.id, [...(pointsAt.get(stage.id) ?? []), { curveKey: c.key, box }]);
    }
  }
  const labelsAt = new Map<string, LabelBox[]>();
  let result: PointPlace[] = [];
  for (const c of list) {
    const placed = layout.stages.flatMap((stage) => {
      const point = c.points.find((p) => p.stageId === stage.id);
      return point ? [{ stage, point, x: stageCentre(stage), y: band.yOf(point.score) }] : [];
    });
    const places = placed.map(({ stage, point, x, y }, i) => {
      const neighbours = [placed[i - 1]?.y, placed[i + 1]?.y].filter((v): v is number => v !== undefined);
      const others = (pointsAt.get(stage.id) ?? []).filter((p) => p.curveKey !== c.key).map((p) => p.box);
      const taken = [...others, ...(labelsAt.get(stage.id) ?? [])];
      const label = point.label ? placeLabel(point.label, x, y, neighbours, band, stage, taken) : null;
      if (label) labelsAt.set(stage.id, [...(labelsAt.get(stage.id) ?? []), label]);
      return { curveKey: c.key, stageId: stage.id, point, x, y, label };
    });
    if (c.key === curve.key) {
      result = places;
      break;
    }
  }
  return result;
}

export interface GhostPlace {
  readonly stageId: string;
  readonly x: number;
  readonly y: number;
}

/** Faint points at 0 for the stages the drawn curve (`curveKey`) has no point in yet. */
export function ghostPlaces(layout: BoardLayout, band: EmotionBand, curves: readonly Curve[], curveKey: string): GhostPlace[] {
  const curve = curves.find((c) => c.key === curveKey);
  return layout.stages.filter((s) => !curve?.points.some((p) => p.stageId === s.id)).map((s) => ({ stageId: s.id, x: stageCentre(s), y: band.yOf(0) }));
}

/** The dashed neutral line at 0, from the first stage to the board's right edge. */
export function neutralLine(layout: BoardLayout, band: EmotionBand): [number, number, number, number] {
  return [layout.stages[0]?.x ?? 0, band.yOf(0), layout.width, band.yOf(0)];
}

/**
 * The curve through points as an SVG path: the same cardinal spline Konva draws for a line
 * with `tension` (quadratic first and last segments, cubic in between), so a printed or exported
 * curve matches the canvas.
 */
export function curvePath(points: readonly { x: number; y: number }[], tension: number = CURVE.tension): string {
  const [first] = points;
  if (!first) return '';
  const f = (n: number) => String(Math.round(n * 100) / 100);
  let d = `M${f(first.x)} ${f(first.y)}`;
  if (points.length < 3 || tension === 0) {
    for (const p of points.slice(1)) d += ` L${f(p.x)} ${f(p.y)}`;
    return d;
  }
  // Two control points around every inner point (Konva's getControlPoints).
  const controls: { before: { x: number; y: number }; after: { x: number; y: number } }[] = [];
  for (let i = 1; i < points.length - 1; i++) {
    const p0 = points[i - 1]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const d01 = Math.hypot(p1.x - p0.x, p1.y - p0.y);
    const d12 = Math.hypot(p2.x - p1.x, p2.y - p1.y);
    const sum = d01 + d12;
    const fa = sum ? (tension * d01) / sum : 0;
    const fb = sum ? (tension * d12) / sum : 0;
    controls.push({
      before: { x: p1.x - fa * (p2.x - p0.x), y: p1.y - fa * (p2.y - p0.y) },
      after: { x: p1.x + fb * (p2.x - p0.x), y: p1.y + fb * (p2.y - p0.y) },
    });
  }
  const c0 = controls[0]!;
  d += ` Q${f(c0.before.x)} ${f(c0.before.y)} ${f(points[1]!.x)} ${f(points[1]!.y)}`;
  for (let i = 1; i < controls.length; i++) {
    const a = controls[i - 1]!.after;
    const b = controls[i]!.before;
    const p = points[i + 1]!;
    d += ` C${f(a.x)} ${f(a.y)} ${f(b.x)} ${f(b.y)} ${f(p.x)} ${f(p.y)}`;
  }
  const last = controls.at(-1)!.after;
  const end = points.at(-1)!;
  d += ` Q${f(last.x)} ${f(last.y)} ${f(end.x)} ${f(end.y)}`;
  return d;
}
