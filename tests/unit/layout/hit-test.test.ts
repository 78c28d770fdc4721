import { describe, expect, it } from 'vitest';
import { LAYOUT, layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import { EDGE_GRAB_PX, RESIZE_HANDLE_SIZE, hitTest, type Hit } from '../../../shared/layout/hit-test';
import { CURVE, emotionBand, type Curve } from '../../../shared/layout/emotion-curve';
import type { EmotionPoint, Lane, LaneKind, Note, Stage } from '../../../shared/model';
import { NOW } from '../doc/helpers';

const B = 'b';
const stage = (id: string, order: string, width: number): Stage => ({ id, boardId: B, title: id, order, width });
const lane = (id: string, kind: LaneKind, order: string): Lane => ({ id, boardId: B, kind, title: id, order });
const note = (id: string, stageId: string, laneId: string, order: string): Note => ({
  id, boardId: B, stageId, laneId, order, text: id, color: 'yellow', width: 160, height: 110, author: 'Ana', createdAt: NOW,
});
const point = (stageId: string, score: number, personaId?: string): EmotionPoint => ({ id: `e-${stageId}-${personaId ?? ''}`, boardId: B, stageId, score, label: '', ...(personaId ? { personaId } : {}) });

/** Two stages (300, 400 wide) × actions and emotions; one note in s0 × actions. */
function board(): BoardLayout {
  return layoutBoard([stage('s0', 'a0', 300), stage('s1', 'a1', 400)], [lane('la', 'actions', 'a0'), lane('le', 'emotions', 'a1')], [note('n1', 's0', 'la', 'a0')]);
}
const home = { x: 0, y: 0, scale: 1 };
const kind = (h: Hit) => h.kind;

describe('the board hit test', () => {
  const layout = board();
  const [s0, s1] = layout.stages;
  const [la, le] = layout.lanes;
  const n1 = layout.notes.get('n1')!;

  it('finds the corner, stage headers and lane labels where they are drawn', () => {
    expect(kind(hitTest({ layout, viewport: home }, { x: 10, y: 10 }))).toBe('corner');
    expect(hitTest({ layout, viewport: home }, { x: s1!.x + 50, y: 30 })).toEqual({ kind: 'stage', stage: s1 });
    expect(hitTest({ layout, viewport: home }, { x: 40, y: le!.y + 30 })).toEqual({ kind: 'lane', lane: le });
    // Past the last stage the header row holds nothing.
    expect(kind(hitTest({ layout, viewport: home }, { x: layout.width + 50, y: 30 }))).toBe('none');
  });

  it('grabs a stage edge or lane edge within a few screen pixels, whatever the zoom', () => {
    const edgeX = s0!.x + s0!.width;
    expect(hitTest({ layout, viewport: home }, { x: edgeX - EDGE_GRAB_PX, y: 30 })).toEqual({ kind: 'stage-edge', stage: s0 });
    expect(kind(hitTest({ layout, viewport: home }, { x: edgeX - EDGE_GRAB_PX - 2, y: 30 }))).toBe('stage');
    // At 50% the same 6 screen pixels are 12 board units.
    const half = { x: 0, y: 0, scale: 0.5 };
    expect(kind(hitTest({ layout, viewport: half }, { x: edgeX - 11, y: 30 }))).toBe('stage-edge');
    const laneEdge = la!.y + la!.height;
    expect(hitTest({ layout, viewport: home }, { x: 40, y: laneEdge + 3 })).toEqual({ kind: 'lane-edge', lane: la });
    // A lane edge inside the grid (not the label column) is just the cell.
    expect(kind(hitTest({ layout, viewport: home }, { x: s1!.x + 20, y: laneEdge }))).toBe('cell');
  });

  it('finds the pinned headers where they are drawn once the board is scrolled', () => {
    // Scrolled 500 units down and 400 right: the header row is at y 500, the labels at x 400.
    const scrolled = { x: -400, y: -500, scale: 1 };
    expect(kind(hitTest({ layout, viewport: scrolled }, { x: 420, y: 520 }))).toBe('corner');
    expect(hitTest({ layout, viewport: scrolled }, { x: s1!.x + 200, y: 530 })).toEqual({ kind: 'stage', stage: s1 });
    // What was the header row at y 30 is now plain board (above the grid: nothing).
    expect(kind(hitTest({ layout, viewport: scrolled }, { x: s1!.x + 200, y: 30 }))).toBe('none');
  });

  it('finds notes, the resize handle of the sole selection, and empty cells', () => {
    expect(hitTest({ layout, viewport: home }, { x: n1.x + 5, y: n1.y + 5 })).toEqual({ kind: 'note', note: n1, cell: { stageId: 's0', laneId: 'la' } });
    const corner = { x: n1.x + n1.width + RESIZE_HANDLE_SIZE / 2 - 1, y: n1.y + n1.height + 2 };
    // Without a selection the handle is not there: the point is the empty cell.
    expect(kind(hitTest({ layout, viewport: home }, corner))).toBe('cell');
    expect(hitTest({ layout, viewport: home, handleNoteId: 'n1' }, corner)).toEqual({ kind: 'resize-handle', note: n1 });
    expect(hitTest({ layout, viewport: home }, { x: s1!.x + 5, y: la!.y + 5 })).toEqual({ kind: 'cell', cell: { stageId: 's1', laneId: 'la' } });
    expect(kind(hitTest({ layout, viewport: home }, { x: layout.width + 10, y: la!.y + 5 }))).toBe('none');
    // Zoomed out, notes are one picture: a press on one is its cell's (a rubber band, a double-click adds).
    expect(hitTest({ layout, viewport: home, notes: false }, { x: n1.x + 5, y: n1.y + 5 })).toEqual({ kind: 'cell', cell: { stageId: 's0', laneId: 'la' } });
  });

  it('finds curve points and the ghosts of the curve being drawn, topmost first', () => {
    const band = emotionBand(le!);
    const curves: Curve[] = [
      { key: '', color: CURVE.boardColor, points: [point('s0', 2)] },
      { key: 'tim', color: '#123456', points: [point('s0', 2, 'tim'), point('s1', -1, 'tim')] },
    ];
    const x0 = s0!.x + s0!.width / 2;
    const x1 = s1!.x + s1!.width / 2;
    // Both curves have +2 at s0: Tim's is drawn later, on top.
    expect(hitTest({ layout, viewport: home, curves }, { x: x0 + 3, y: band.yOf(2) + 3 })).toMatchObject({ kind: 'curve-point', curveKey: 'tim', stageId: 's0', ghost: false });
    expect(hitTest({ layout, viewport: home, curves }, { x: x1, y: band.yOf(-1) - CURVE.pointRadius - CURVE.grabPadding + 1 })).toMatchObject({ curveKey: 'tim', stageId: 's1' });
    // The board's own curve has no point at s1: drawing it shows a ghost at 0 there.
    expect(kind(hitTest({ layout, viewport: home, curves }, { x: x1, y: band.yOf(0) }))).toBe('cell');
    expect(hitTest({ layout, viewport: home, curves, ghostCurveKey: '' }, { x: x1, y: band.yOf(0) })).toMatchObject({ kind: 'curve-point', curveKey: '', stageId: 's1', ghost: true });
    // Away from any point: the emotions cell.
    expect(hitTest({ layout, viewport: home, curves }, { x: x1 + 60, y: band.yOf(0) })).toEqual({ kind: 'cell', cell: { stageId: 's1', laneId: 'le' } });
  });

  it('puts a note above a curve point in the same place, as drawn', () => {
    const withNote = layoutBoard([stage('s0', 'a0', 300)], [lane('le', 'emotions', 'a0')], [note('n', 's0', 'le', 'a0')]);
    const box = withNote.notes.get('n')!;
    const lane0 = withNote.lanes[0]!;
    const curves: Curve[] = [{ key: '', color: CURVE.boardColor, points: [point('s0', 2)] }];
    const band = emotionBand(lane0);
    // The note at the cell's top-left covers the point only if they overlap; pick a point inside the note.
    const onNote = { x: box.x + 10, y: box.y + 10 };
    expect(kind(hitTest({ layout: withNote, viewport: home, curves }, onNote))).toBe('note');
    expect(band.top).toBe(lane0.y + CURVE.bandPadding);
    expect(LAYOUT.minEmotionLaneHeight).toBeGreaterThan(2 * CURVE.bandPadding);
  });
});
