import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../shared/layout/board-layout';
import { hitTest } from '../../../shared/layout/hit-test';
import { doubleClick, hoverCursor, menuTarget } from '../../../renderer/src/board/gestures/pick';
import { gestureRig } from './rig';

describe('what a press, a double-click, a right-click and hovering do where', () => {
  it('maps each place on the board to its gesture, double-click, menu and cursor', () => {
    const r = gestureRig();
    const a = r.add(1, 'actions', 'a');
    const { stage, lane } = r.grid();
    const hit = (p: { x: number; y: number }) => hitTest({ layout: r.layout(), viewport: r.viewport(), curves: [], ghostCurveKey: '' }, p);
    const s1 = stage(1);
    const places = {
      corner: { x: 5, y: 5 },
      stage: { x: s1.x + 30, y: LAYOUT.headerHeight / 2 },
      stageEdge: { x: s1.x + s1.width, y: LAYOUT.headerHeight / 2 },
      lane: { x: 30, y: lane('kpis').y + 20 },
      laneEdge: { x: 30, y: lane('kpis').y + lane('kpis').height },
      note: r.noteCentre(a),
      cell: r.cellCentre(3, 'kpis'),
      ghost: { x: stage(2).x + stage(2).width / 2, y: lane('emotions').y + LAYOUT.curveBandHeight / 2 },
    };
    const kinds = Object.fromEntries(Object.entries(places).map(([name, p]) => [name, r.press(p)?.kind ?? null]));
    expect(kinds).toEqual({ corner: null, stage: 'stage-move', stageEdge: 'stage-resize', lane: 'lane-move', laneEdge: 'lane-resize', note: 'note-drag', cell: 'marquee', ghost: 'curve-drag' });
    expect(doubleClick(hit(places.stage))).toEqual({ kind: 'rename-stage', id: s1.id });
    expect(doubleClick(hit(places.lane))).toEqual({ kind: 'rename-lane', id: lane('kpis').id });
    expect(doubleClick(hit(places.note))).toEqual({ kind: 'edit-note', id: a });
    expect(doubleClick(hit(places.cell))).toEqual({ kind: 'add-note', cell: { stageId: stage(3).id, laneId: lane('kpis').id } });
    expect(doubleClick(hit(places.ghost))).toEqual({ kind: 'rename-feeling', stageId: stage(2).id });
    expect(doubleClick(hit(places.corner))).toBeNull();
    expect(menuTarget(hit(places.note), null)).toEqual({ kind: 'note', noteId: a });
    expect(menuTarget(hit(places.stageEdge), null)).toEqual({ kind: 'stage', stageId: s1.id });
    expect(menuTarget(hit(places.ghost), { stageId: stage(2).id, laneId: lane('emotions').id })).toEqual({ kind: 'cell', stageId: stage(2).id, laneId: lane('emotions').id });
    expect(menuTarget(hit(places.corner), null)).toBeNull();
    expect([places.stageEdge, places.laneEdge, places.stage, places.note].map((p) => hoverCursor(hit(p)))).toEqual(['col-resize', 'row-resize', 'grab', undefined]);
  });
});
