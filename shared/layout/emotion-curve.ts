import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint } from '../model';
import type { BoardLayout, LaneBox, StageBox } from './board-layout';

/**
 * Where the emotion curves sit in the emotions lane: score ↔ y, point places, ghost places for
 * stages without a point, feeling-label places and the curve's path. Pure maths over the layout,
 * so the canvas, print and export draw the same picture.
 */
export const CURVE = {
  /** Space above +2 and below −2 inside the lane, so points and labels are never cut off. */
  bandPadding: 28,
  pointRadius: 9,
  ghostRadius: 8,
  /** Extra grab distance around a point (board units), as the canvas hit area. */
  grabPadding: 6,
  /** A feeling's label sits up and to the right of its point. */
  labelOffset: { x: 12, y: -24 },
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
  const span = lane.height - 2 * CURVE.bandPadding;
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
  /** Where the feeling's label starts (top-left), when it has one. */
  readonly label: { readonly x: number; readonly y: number } | null;
}

const stageCentre = (stage: StageBox) => stage.x + stage.width / 2;

/** A curve's points in stage order, placed at their stage's centre and score. */
export function pointPlaces(layout: BoardLayout, band: EmotionBand, curve: Curve): PointPlace[] {
  return layout.stages.flatMap((stage) => {
    const point = curve.points.find((p) => p.stageId === stage.id);
    if (!point) return [];
    const x = stageCentre(stage);
    const y = band.yOf(point.score);
    const label = point.label ? { x: x + CURVE.labelOffset.x, y: y + CURVE.labelOffset.y } : null;
    return [{ curveKey: curve.key, stageId: stage.id, point, x, y, label }];
  });
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
