import { describe, expect, it } from 'vitest';
import { resizeLane } from '../../../shared/doc';
import { layoutBoard, LAYOUT } from '../../../shared/layout/board-layout';
import { LANE_MIN_HEIGHT } from '../../../shared/model';
import { snapshotOf } from '../doc/helpers';
import { boardSetup } from './setup';

const layoutOf = (t: ReturnType<typeof boardSetup>) => {
  const s = snapshotOf(t.doc);
  return layoutBoard(s.stages, s.lanes, s.notes);
};

describe('resizing a lane', () => {
  it('makes the lane at least that tall, one undo step, and notes still make it taller', () => {
    const t = boardSetup();
    const lane = t.g.lane('painPoints');
    t.ready();
    expect(resizeLane(t.doc, lane.id, 300.4)).toBe(true);
    t.undo.stopCapturing();
    const height = () => layoutOf(t).lanes.find((l) => l.id === lane.id)?.height;
    expect(height()).toBe(300);
    for (let i = 0; i < 12; i++) t.add(0, 'painPoints', `pain ${i}`);
    expect(height()).toBeGreaterThan(300);
    t.undo.undo(); // the notes
    expect(height()).toBe(300);
    t.undo.undo(); // the resize
    expect(height()).toBe(LAYOUT.minLaneHeight);
  });

  it('clamps to the smallest height and ignores nonsense', () => {
    const t = boardSetup();
    const lane = t.g.lane('actions');
    resizeLane(t.doc, lane.id, 3);
    expect(snapshotOf(t.doc).lanes.find((l) => l.id === lane.id)?.height).toBe(LANE_MIN_HEIGHT);
    expect(resizeLane(t.doc, lane.id, Number.NaN)).toBe(false);
    expect(resizeLane(t.doc, 'gone', 200)).toBe(false);
  });
});
