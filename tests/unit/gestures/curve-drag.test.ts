import { describe, expect, it } from 'vitest';
import { emotionBand } from '../../../shared/layout/emotion-curve';
import { WRITE_INTERVAL_MS } from '../../../renderer/src/board/gestures/step-writer';
import { gestureRig } from './rig';

describe('the curve-point gesture', () => {
  it('dragging a ghost up starts the board’s curve at +2; the point follows inside the lane; one undo step', () => {
    const r = gestureRig();
    r.ready();
    const lane = r.grid().lane('emotions');
    const band = emotionBand(lane);
    const stage = r.grid().stage(0);
    const ghost = { x: stage.x + stage.width / 2, y: band.yOf(0) };
    const g = r.press(ghost)!;
    expect(g.kind).toBe('curve-drag');
    r.moveAlong(g, ghost, { x: ghost.x, y: lane.y - 50 });
    expect(r.drawn.curvePoint).toEqual({ curveKey: '', stageId: stage.id, y: band.top });
    g.up(r.at({ x: ghost.x, y: lane.y - 50 }));
    expect(r.drawn.curvePoint).toBeNull();
    expect(r.snap().emotions).toEqual([expect.objectContaining({ stageId: stage.id, score: 2 })]);
    expect(r.snap().emotions[0]!.personaId).toBeUndefined();
    // Now a real point: drag it down to −1.5.
    r.drag({ x: ghost.x, y: band.yOf(2) }, { x: ghost.x, y: band.yOf(-1.5) + 2 });
    expect(r.snap().emotions[0]!.score).toBe(-1.5);
    r.app.undo();
    expect(r.snap().emotions[0]!.score).toBe(2);
    r.app.undo();
    expect(r.snap().emotions).toEqual([]);
  });

  it('a ghost clicked in place sets 0; a real point clicked in place stays; Escape takes back a drag', () => {
    const r = gestureRig();
    const band = emotionBand(r.grid().lane('emotions'));
    const s = r.grid().stage(2);
    const p = { x: s.x + s.width / 2, y: band.yOf(0) };
    r.press(p)!.up(r.at(p));
    expect(r.snap().emotions).toEqual([expect.objectContaining({ stageId: s.id, score: 0 })]);
    const before = r.snap();
    r.press(p)!.up(r.at(p));
    expect(r.snap()).toEqual(before);
    const g = r.press(p)!;
    r.moveAlong(g, p, { x: p.x, y: band.yOf(1) });
    r.tick(WRITE_INTERVAL_MS);
    g.move(r.at({ x: p.x, y: band.yOf(1.5) }));
    expect(r.snap().emotions[0]!.score).toBe(1.5);
    g.cancel();
    expect(r.snap()).toEqual(before);
  });

  it('draws a persona’s curve: its ghosts write points of that persona', () => {
    const r = gestureRig('sample');
    const tim = Object.values(r.snap().personas).find((p) => p.name.includes('Tim'))!;
    const band = emotionBand(r.grid().lane('emotions'));
    const timStages = new Set(r.snap().emotions.filter((e) => e.personaId === tim.id).map((e) => e.stageId));
    const free = r.layout().stages.find((s) => !timStages.has(s.id));
    const stage = free ?? r.layout().stages[0]!;
    const x = stage.x + stage.width / 2;
    const g = r.press({ x, y: band.yOf(free ? 0 : r.snap().emotions.find((e) => e.personaId === tim.id && e.stageId === stage.id)!.score) }, { ghostCurveKey: tim.id })!;
    expect(g.kind).toBe('curve-drag');
    r.moveAlong(g, { x, y: band.yOf(0) }, { x, y: band.yOf(-2) });
    g.up(r.at({ x, y: band.yOf(-2) }));
    expect(r.snap().emotions.find((e) => e.personaId === tim.id && e.stageId === stage.id)?.score).toBe(-2);
  });
});
