import { describe, expect, it } from 'vitest';
import {
  FIT_MARGIN,
  MAX_SCALE,
  MIN_SCALE,
  fitBoard,
  fitStage,
  initialViewport,
  pinOf,
  zoomAround,
  type Viewport,
} from '../../../shared/layout/viewport';
import { LAYOUT, layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import type { Lane, Stage } from '../../../shared/model';

const toBoard = (vp: Viewport, p: { x: number; y: number }) => ({ x: (p.x - vp.x) / vp.scale, y: (p.y - vp.y) / vp.scale });
const toView = (vp: Viewport, p: { x: number; y: number }) => ({ x: vp.x + p.x * vp.scale, y: vp.y + p.y * vp.scale });

function board(stageCount: number, laneCount: number): BoardLayout {
  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, boardId: 'b', title: '', order: `a${i}`, width: 280 }));
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, i) => ({ id: `l${i}`, boardId: 'b', kind: 'custom', title: '', order: `a${i}` }));
  return layoutBoard(stages, lanes, []);
}

describe('zoomAround', () => {
  it.each([2, 1.1, 0.5, 0.9])('zooming by %s keeps the board point under the pointer still', (factor) => {
    const vp: Viewport = { x: -120, y: 35, scale: 0.8 };
    const anchor = { x: 437, y: 219 };
    const next = zoomAround(vp, factor, anchor);
    expect(next.scale).toBeCloseTo(0.8 * factor);
    const before = toBoard(vp, anchor);
    const after = toBoard(next, anchor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps the scale, still keeping the anchor still', () => {
    const anchor = { x: 300, y: 200 };
    const vp: Viewport = { x: 10, y: 10, scale: 3 };
    const big = zoomAround(vp, 10, anchor);
    expect(big.scale).toBe(MAX_SCALE);
    expect(toBoard(big, anchor).x).toBeCloseTo(toBoard(vp, anchor).x);
    const small = zoomAround({ ...vp, scale: 0.2 }, 0.01, anchor);
    expect(small.scale).toBe(MIN_SCALE);
    expect(toBoard(small, anchor).y).toBeCloseTo(toBoard({ ...vp, scale: 0.2 }, anchor).y);
  });
});

describe('fitBoard', () => {
  it('shows the whole board inside the margins, centred', () => {
    const layout = board(12, 8);
    const size = { width: 1280, height: 720 };
    const vp = fitBoard(layout, size);
    const topLeft = toView(vp, { x: 0, y: 0 });
    const bottomRight = toView(vp, { x: layout.width, y: layout.height });
    expect(topLeft.x).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-9);
    expect(topLeft.y).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-9);
    expect(bottomRight.x).toBeLessThanOrEqual(size.width - FIT_MARGIN + 1e-9);
    expect(bottomRight.y).toBeLessThanOrEqual(size.height - FIT_MARGIN + 1e-9);
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(size.width / 2);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(size.height / 2);
  });

  it('never enlarges a small board past 100%', () => {
    const vp = fitBoard(board(1, 1), { width: 3000, height: 2000 });
    expect(vp.scale).toBe(1);
  });
});

describe('fitStage and initialViewport', () => {
  it('fitStage fits one stage across the view, top-aligned beside the pinned lane labels: clearly a zoom', () => {
    const layout = board(5, 8);
    const size = { width: 700, height: 800 };
    const whole = fitBoard(layout, size);
    const vp = fitStage(layout, 's2', size)!;
    const stage = layout.stages[2]!;
    const pin = pinOf(vp);
    const left = toView(vp, { x: stage.x, y: 0 });
    const right = toView(vp, { x: stage.x + stage.width, y: 0 });
    // The stage starts just right of the lane labels (pinned at the view's left edge) and ends at the margin.
    expect(left.x).toBeCloseTo(FIT_MARGIN + LAYOUT.laneLabelWidth * vp.scale);
    expect(right.x).toBeCloseTo(size.width - FIT_MARGIN);
    expect(pin.columnX).toBeGreaterThan(0);
    // Its header is at the top; the view is far closer than the whole board's.
    expect(left.y).toBeCloseTo(FIT_MARGIN);
    expect(vp.scale).toBeGreaterThan(whole.scale * 2.5);
    expect(fitStage(layout, 'gone', size)).toBeNull();
  });

  it('initialViewport opens at the top left, full width, while that stays legible', () => {
    const five = initialViewport(board(5, 8), { width: 1200, height: 800 });
    expect(five.x).toBe(FIT_MARGIN);
    expect(five.y).toBe(FIT_MARGIN);
    expect(five.scale).toBeCloseTo((1200 - 2 * FIT_MARGIN) / board(5, 8).width);
    const narrow = initialViewport(board(2, 2), { width: 1200, height: 800 });
    expect(narrow.scale).toBe(1);
  });

  it('a board too big to show legibly full-width opens whole', () => {
    const huge = board(20, 8);
    const size = { width: 1200, height: 800 };
    expect(initialViewport(huge, size)).toEqual(fitBoard(huge, size));
  });
});
