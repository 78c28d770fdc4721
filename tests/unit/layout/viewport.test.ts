import { describe, expect, it } from 'vitest';
import { layoutBoard, LAYOUT } from '../../../shared/layout/board-layout';
import { clampPan, fitBoard, MIN_SCALE, minScaleFor, PAN_REACH_PX, PIN_MAX_PX, pinOf, zoomAround } from '../../../shared/layout/viewport';
import { benchWorkspace } from '../../../shared/model';

const HD = { width: 1920, height: 1080 };
const SMALL = { width: 1280, height: 720 };

function bigLayout(notes: number) {
  const ws = benchWorkspace(notes);
  return layoutBoard(ws.stages, ws.lanes, ws.notes);
}

describe('Fit shows any board whole', () => {
  it('a 5,000-note board fits whole, below the usual minimum zoom where it must: every note inside the view', () => {
    const layout = bigLayout(5000);
    expect(fitBoard(layout, SMALL).scale).toBeLessThan(MIN_SCALE);
    for (const size of [HD, SMALL, { width: 900, height: 600 }]) {
      const vp = fitBoard(layout, size);
      for (const box of layout.notes.values()) {
        expect(vp.x + box.x * vp.scale).toBeGreaterThanOrEqual(0);
        expect(vp.y + box.y * vp.scale).toBeGreaterThanOrEqual(0);
        expect(vp.x + (box.x + box.width) * vp.scale).toBeLessThanOrEqual(size.width);
        expect(vp.y + (box.y + box.height) * vp.scale).toBeLessThanOrEqual(size.height);
      }
    }
  });

  it('the minimum zoom follows the board: small boards keep MIN_SCALE, big ones go as low as Fit', () => {
    expect(minScaleFor({ width: 2000, height: 1000 }, HD)).toBe(MIN_SCALE);
    const layout = bigLayout(5000);
    const min = minScaleFor(layout, SMALL);
    expect(min).toBeLessThan(MIN_SCALE);
    expect(min).toBeCloseTo(fitBoard(layout, SMALL).scale, 6);
    // Zooming out stops there, not at MIN_SCALE and not below.
    const out = zoomAround({ x: 0, y: 0, scale: 0.2 }, 0.01, { x: 640, y: 360 }, min);
    expect(out.scale).toBeCloseTo(min, 6);
    expect(zoomAround({ x: 0, y: 0, scale: 0.2 }, 0.01, { x: 640, y: 360 }).scale).toBe(MIN_SCALE);
  });
});

describe('panning stays within reach of the board', () => {
  const board = { width: 3000, height: 2000 };
  it('keeps at least PAN_REACH_PX of the board on screen on each axis', () => {
    for (const vp of [
      { x: 5000, y: 0, scale: 1 },
      { x: -9000, y: 0, scale: 1 },
      { x: 0, y: 4000, scale: 1 },
      { x: 0, y: -7000, scale: 0.5 },
      { x: -1e6, y: 1e6, scale: 2 },
    ]) {
      const c = clampPan(vp, board, SMALL);
      const left = c.x;
      const right = c.x + board.width * c.scale;
      const top = c.y;
      const bottom = c.y + board.height * c.scale;
      expect(Math.min(right, SMALL.width) - Math.max(left, 0)).toBeGreaterThanOrEqual(PAN_REACH_PX - 1e-9);
      expect(Math.min(bottom, SMALL.height) - Math.max(top, 0)).toBeGreaterThanOrEqual(PAN_REACH_PX - 1e-9);
      expect(c.scale).toBe(vp.scale);
    }
  });
  it('leaves a viewport that already shows the board alone (the same object)', () => {
    const vp = { x: -400, y: -300, scale: 1 };
    expect(clampPan(vp, board, SMALL)).toBe(vp);
  });
  it('a board smaller than the reach stays wholly on screen', () => {
    const tiny = { width: 100, height: 50 };
    const c = clampPan({ x: -500, y: 900, scale: 1 }, tiny, SMALL);
    expect(c.x).toBe(0);
    expect(c.y).toBe(SMALL.height - 50);
  });
});

describe('pinned labels stay a thin band zoomed far in', () => {
  it('full size at 100 %, shrunk to PIN_MAX_PX at 400 %', () => {
    expect(pinOf({ x: 0, y: 0, scale: 1 })).toMatchObject({ bandScale: 1, columnScale: 1 });
    const pin = pinOf({ x: -2000, y: -2000, scale: 4 });
    expect(LAYOUT.headerHeight * pin.bandScale * 4).toBeCloseTo(PIN_MAX_PX.header);
    expect(LAYOUT.laneLabelWidth * pin.columnScale * 4).toBeCloseTo(PIN_MAX_PX.column);
    // On a 1280 × 720 screen that is an eighth of the height and a sixth of the width at most.
    expect(PIN_MAX_PX.header / SMALL.height).toBeLessThan(0.125);
    expect(PIN_MAX_PX.column / SMALL.width).toBeLessThan(0.17);
  });
});
