import { describe, expect, it } from 'vitest';
import { insertNotes } from '../../../shared/doc';
import { LAYOUT, cellAt, cellKey, dropTarget, fitRect, layoutBoard, notesInRect, type BoardLayout, type NoteBox } from '../../../shared/layout/board-layout';
import { sampleWorkspace, type Lane, type LaneKind, type Note, type Stage } from '../../../shared/model';
import { NOW, grid, loadedDoc, snapshotOf, tickingClock } from '../doc/helpers';

const B = 'board1';
const stage = (id: string, order: string, width: number): Stage => ({ id, boardId: B, title: id.toUpperCase(), order, width });
const lane = (id: string, kind: LaneKind, order: string): Lane => ({ id, boardId: B, kind, title: id, order });
const note = (id: string, stageId: string, laneId: string, order: string, width = 160, height = 110): Note => ({
  id,
  boardId: B,
  stageId,
  laneId,
  order,
  text: id,
  color: 'yellow',
  width,
  height,
  author: 'Ana',
  createdAt: NOW,
});

const { headerHeight: H, laneLabelWidth: L, cellPadding: P, noteGap: G } = LAYOUT;

/**
 * Three stages given out of order (s0 280 wide, s1 400, s2 200) and three lanes (actions,
 * emotions, pain points). Cell s1×actions holds n1, n2 on the first row and n3 wrapped onto
 * the second; s2×painPoints one note too big for its cell; two notes point at a stage or lane
 * that is gone.
 */
function fixture(): BoardLayout {
  const stages = [stage('s1', 'a1', 400), stage('s2', 'a2', 200), stage('s0', 'a0', 280)];
  const lanes = [lane('l2', 'painPoints', 'a2'), lane('l0', 'actions', 'a0'), lane('l1', 'emotions', 'a1')];
  const notes = [
    note('n3', 's1', 'l0', 'a2'),
    note('n1', 's1', 'l0', 'a0'),
    note('n2', 's1', 'l0', 'a1'),
    note('tall', 's0', 'l0', 'a0', 160, 200),
    note('big', 's2', 'l2', 'a0', 480, 300),
    note('orphanStage', 'gone', 'l0', 'a0'),
    note('orphanLane', 's0', 'gone', 'a0'),
  ];
  return layoutBoard(stages, lanes, notes);
}

// Where the fixture's grid sits (board units).
const X = { s0: L, s1: L + 280, s2: L + 280 + 400, end: L + 280 + 400 + 200 };
const ROW2 = H + P + 110 + G;
const LANE0_HEIGHT = P + 110 + G + 110 + P;
const Y = { l0: H, l1: H + LANE0_HEIGHT, l2: H + LANE0_HEIGHT + LAYOUT.minEmotionLaneHeight };

describe('layoutBoard', () => {
  it('places stages left to right after the lane labels, in their order', () => {
    const layout = fixture();
    expect(layout.stages.map((s) => [s.id, s.x, s.width])).toEqual([
      ['s0', X.s0, 280],
      ['s1', X.s1, 400],
      ['s2', X.s2, 200],
    ]);
    expect(layout.width).toBe(X.end);
  });

  it('flows notes left to right inside their cell and wraps onto the next row', () => {
    const layout = fixture();
    const box = (id: string) => layout.notes.get(id);
    expect(box('n1')).toEqual({ id: 'n1', x: X.s1 + P, y: H + P, width: 160, height: 110 });
    expect(box('n2')).toEqual({ id: 'n2', x: X.s1 + P + 160 + G, y: H + P, width: 160, height: 110 });
    // A third 160-wide note does not fit in 400 − 2×12: it starts the second row.
    expect(box('n3')).toEqual({ id: 'n3', x: X.s1 + P, y: ROW2, width: 160, height: 110 });
    expect(layout.cells.get(cellKey('s1', 'l0'))).toEqual(['n1', 'n2', 'n3']);
  });

  it('a note wider than its cell is drawn at the cell’s inner width', () => {
    const big = fixture().notes.get('big')!;
    expect(big).toEqual({ id: 'big', x: X.s2 + P, y: Y.l2 + P, width: 200 - 2 * P, height: 300 });
  });

  it('a lane is as tall as its fullest cell; empty lanes keep their minimum, the emotions lane a taller one', () => {
    const layout = fixture();
    expect(layout.lanes.map((l) => [l.id, l.kind, l.y, l.height])).toEqual([
      ['l0', 'actions', Y.l0, LANE0_HEIGHT],
      ['l1', 'emotions', Y.l1, LAYOUT.minEmotionLaneHeight],
      ['l2', 'painPoints', Y.l2, 300 + 2 * P],
    ]);
    expect(layout.height).toBe(Y.l2 + 300 + 2 * P);
    const empty = layoutBoard([stage('s', 'a0', 280)], [lane('a', 'actions', 'a0'), lane('e', 'emotions', 'a1')], []);
    expect(empty.lanes.map((l) => l.height)).toEqual([LAYOUT.minLaneHeight, LAYOUT.minEmotionLaneHeight]);
    expect(empty.height).toBe(H + LAYOUT.minLaneHeight + LAYOUT.minEmotionLaneHeight);
  });

  it('the emotions lane grows past its minimum when its notes need more room, below the curve’s band', () => {
    const notes = ['a0', 'a1', 'a2'].map((o, i) => note(`e${i}`, 's', 'e', o, 160, 120));
    const layout = layoutBoard([stage('s', 'a0', 200)], [lane('e', 'emotions', 'a0')], notes);
    expect(layout.lanes[0]!.height).toBe(LAYOUT.curveBandHeight + 3 * 120 + 2 * G + 2 * P);
    expect(layout.notes.get('e0')!.y).toBe(layout.lanes[0]!.y + LAYOUT.curveBandHeight + P);
  });

  it('does not place notes of a stage or lane that is gone', () => {
    const layout = fixture();
    expect(layout.notes.has('orphanStage')).toBe(false);
    expect(layout.notes.has('orphanLane')).toBe(false);
    expect([...layout.cells.values()].flat()).not.toContain('orphanStage');
    expect([...layout.cells.values()].flat()).not.toContain('orphanLane');
    expect(layout.notes.size).toBe(5);
  });

  it('lists every cell, empty ones too', () => {
    const layout = fixture();
    expect(layout.cells.size).toBe(9);
    expect(layout.cells.get(cellKey('s0', 'l1'))).toEqual([]);
  });

  it('on a real board every note sits inside its own cell and no two notes overlap', () => {
    const doc = loadedDoc(sampleWorkspace('en', NOW));
    const g = grid(doc);
    const clock = tickingClock();
    // A crowded cell with notes of every size.
    const sizes = [80, 480, 160, 200, 95, 300, 120, 410, 80, 250];
    insertNotes(
      doc,
      sizes.map((w, i) => ({ text: `n${i}`, color: 'yellow', width: w, height: sizes[(i + 3) % sizes.length]! })),
      { boardId: g.boardId, stageId: g.stages[2]!.id, laneId: g.lane('painPoints').id },
      'Ana',
      clock,
    );
    const snapshot = snapshotOf(doc);
    const layout = layoutBoard(g.stages, g.lanes, snapshot.notes.filter((n) => n.boardId === g.boardId));
    expect(layout.notes.size).toBe(snapshot.notes.length);
    const inside = (box: NoteBox, n: Note) => {
      const s = layout.stages.find((x) => x.id === n.stageId)!;
      const l = layout.lanes.find((x) => x.id === n.laneId)!;
      return box.x >= s.x && box.x + box.width <= s.x + s.width && box.y >= l.y && box.y + box.height <= l.y + l.height;
    };
    for (const n of snapshot.notes) expect(inside(layout.notes.get(n.id)!, n), n.text).toBe(true);
    const boxes = [...layout.notes.values()];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });
});

describe('cellAt', () => {
  it('finds the cell under a point; a stage’s left edge belongs to it, its right edge to the next', () => {
    const layout = fixture();
    expect(cellAt(layout, { x: X.s1 + 5, y: H + 5 })).toEqual({ stageId: 's1', laneId: 'l0' });
    expect(cellAt(layout, { x: X.s1, y: Y.l1 })).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(cellAt(layout, { x: X.s1 - 0.1, y: Y.l1 - 0.1 })).toEqual({ stageId: 's0', laneId: 'l0' });
    expect(cellAt(layout, { x: X.end - 0.1, y: Y.l2 })).toEqual({ stageId: 's2', laneId: 'l2' });
  });

  it('is null outside the grid: lane labels, stage headers, past the last stage or lane', () => {
    const layout = fixture();
    expect(cellAt(layout, { x: L - 1, y: Y.l1 })).toBeNull();
    expect(cellAt(layout, { x: X.s1, y: H - 1 })).toBeNull();
    expect(cellAt(layout, { x: X.end, y: Y.l1 })).toBeNull();
    expect(cellAt(layout, { x: X.s1, y: layout.height })).toBeNull();
    expect(cellAt(layout, { x: -50, y: -50 })).toBeNull();
  });
});

describe('dropTarget', () => {
  const cell = { stageId: 's1', laneId: 'l0' };
  const none = new Set<string>();
  const n1 = { x: X.s1 + P, y: H + P };
  const n2x = X.s1 + P + 160 + G;

  it('drops before the note whose left half is under the pointer', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: n1.x + 10, y: n1.y + 50 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n1' });
    expect(dropTarget(layout, { x: n2x + 20, y: n1.y + 50 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n2' });
  });

  it('the right half of a note means after it, i.e. before the next one in reading order', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: n1.x + 150, y: n1.y + 50 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n2' });
    // Past the end of the first row: before the first note of the next row.
    expect(dropTarget(layout, { x: n2x + 150, y: n1.y + 50 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n3' });
    expect(dropTarget(layout, { x: X.s2 - 1, y: n1.y + 5 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n3' });
    // In the gap between the rows.
    expect(dropTarget(layout, { x: n2x, y: ROW2 - G / 2 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n3' });
  });

  it('above the first row means before the first note', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: n2x + 100, y: H + 2 }, none)).toStrictEqual({ ...cell, beforeNoteId: 'n1' });
  });

  it('after the last note (right of it, or below every row) gives just the cell: the end', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: n2x + 10, y: ROW2 + 50 }, none)).toStrictEqual(cell);
    expect(dropTarget(layout, { x: n1.x, y: Y.l1 - 2 }, none)).toStrictEqual(cell);
  });

  it('skips the dragged notes', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: n1.x + 10, y: n1.y + 50 }, new Set(['n1']))).toStrictEqual({ ...cell, beforeNoteId: 'n2' });
    expect(dropTarget(layout, { x: n1.x + 10, y: n1.y + 50 }, new Set(['n1', 'n2']))).toStrictEqual({ ...cell, beforeNoteId: 'n3' });
    // Dropping the last note onto its own place: the end of the cell.
    expect(dropTarget(layout, { x: n1.x + 10, y: ROW2 + 50 }, new Set(['n3']))).toStrictEqual(cell);
  });

  it('an empty cell gives just the cell', () => {
    expect(dropTarget(fixture(), { x: X.s0 + 20, y: Y.l1 + 20 }, none)).toStrictEqual({ stageId: 's0', laneId: 'l1' });
  });

  it('is null outside the grid', () => {
    const layout = fixture();
    expect(dropTarget(layout, { x: 10, y: Y.l1 + 10 }, none)).toBeNull();
    expect(dropTarget(layout, { x: X.s1 + 10, y: 10 }, none)).toBeNull();
    expect(dropTarget(layout, { x: X.end + 10, y: Y.l1 }, none)).toBeNull();
    expect(dropTarget(layout, { x: X.s1, y: layout.height + 10 }, none)).toBeNull();
  });
});

describe('notesInRect', () => {
  it('selects the notes a rectangle meets, even partly', () => {
    const layout = fixture();
    expect(notesInRect(layout, { x: X.s1, y: H, width: 20, height: 20 })).toEqual(['n1']);
    expect(notesInRect(layout, { x: X.s1 + P + 10, y: H, width: 10, height: ROW2 - H + 10 }).sort()).toEqual(['n1', 'n3']);
    expect(notesInRect(layout, { x: X.s1 + 100, y: H + 100, width: 200, height: 200 }).sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('a rectangle that only touches an edge, or lies in a gap, selects nothing', () => {
    const layout = fixture();
    expect(notesInRect(layout, { x: n1Right(layout), y: H + P, width: G, height: 50 })).toEqual([]);
    expect(notesInRect(layout, { x: X.s0, y: Y.l1, width: 280, height: 100 })).toEqual([]);
  });

  it('the whole board selects every placed note', () => {
    const layout = fixture();
    expect(notesInRect(layout, { x: 0, y: 0, width: layout.width, height: layout.height }).sort()).toEqual(['big', 'n1', 'n2', 'n3', 'tall']);
  });
});

function n1Right(layout: BoardLayout): number {
  const box = layout.notes.get('n1')!;
  return box.x + box.width;
}

describe('fitRect', () => {
  const limits = { min: 0.1, max: 4, margin: 16 };

  it('shows the whole rectangle, centred, inside the margins', () => {
    const view = { width: 800, height: 600 };
    const rect = { x: 0, y: 0, width: 1000, height: 500 };
    const vp = fitRect(rect, view, limits);
    expect(vp.scale).toBeCloseTo((800 - 32) / 1000);
    expect(vp.x).toBeCloseTo(16);
    expect(vp.y).toBeCloseTo((600 - 500 * vp.scale) / 2);
  });

  it('centres a rectangle that does not start at the origin', () => {
    const view = { width: 800, height: 600 };
    const rect = { x: 470, y: 72, width: 400, height: 870 };
    const vp = fitRect(rect, view, limits);
    expect(vp.scale).toBeCloseTo((600 - 32) / 870);
    expect(vp.x + (rect.x + rect.width / 2) * vp.scale).toBeCloseTo(400);
    expect(vp.y + (rect.y + rect.height / 2) * vp.scale).toBeCloseTo(300);
    // Fits: both edges of the tighter side sit on the margins.
    expect(vp.y + rect.y * vp.scale).toBeCloseTo(16);
    expect(vp.y + (rect.y + rect.height) * vp.scale).toBeCloseTo(600 - 16);
  });

  it('clamps the scale, and still centres', () => {
    const view = { width: 800, height: 600 };
    const small = fitRect({ x: 10, y: 10, width: 10, height: 10 }, view, limits);
    expect(small.scale).toBe(4);
    expect(small.x + 15 * 4).toBeCloseTo(400);
    expect(small.y + 15 * 4).toBeCloseTo(300);
    const huge = fitRect({ x: 0, y: 0, width: 100_000, height: 100_000 }, view, limits);
    expect(huge.scale).toBe(0.1);
    expect(huge.x + 50_000 * 0.1).toBeCloseTo(400);
  });
});
