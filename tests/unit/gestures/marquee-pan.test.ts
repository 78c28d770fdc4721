import { describe, expect, it } from 'vitest';
import { gestureRig } from './rig';

describe('the marquee gesture (a press on empty board)', () => {
  it('a rubber band selects the notes it meets, Shift adds them to the selection, release clears the band', () => {
    const r = gestureRig();
    const a = r.add(2, 'painPoints', 'a');
    const b = r.add(2, 'painPoints', 'b');
    const c = r.add(0, 'actions', 'c');
    const { stage, lane } = r.grid();
    const cell = { x: stage(2).x, y: lane('painPoints').y, width: stage(2).width, height: lane('painPoints').height };
    const g = r.press({ x: cell.x + cell.width - 6, y: cell.y + cell.height - 6 })!;
    expect(g.kind).toBe('marquee');
    r.moveAlong(g, { x: cell.x + cell.width - 6, y: cell.y + cell.height - 6 }, { x: cell.x + 4, y: cell.y + 4 });
    expect(r.drawn.band).toMatchObject({ x: cell.x + 4, y: cell.y + 4 });
    expect([...r.app.selection.selectedNoteIds].sort()).toEqual([a, b].sort());
    g.up(r.at({ x: cell.x + 4, y: cell.y + 4 }));
    expect(r.drawn.band).toBeNull();
    expect([...r.app.selection.selectedNoteIds].sort()).toEqual([a, b].sort());

    r.app.select([c]);
    r.drag({ x: cell.x + cell.width - 6, y: cell.y + cell.height - 6 }, { x: cell.x + 4, y: cell.y + 4 }, { additive: true });
    expect([...r.app.selection.selectedNoteIds].sort()).toEqual([a, b, c].sort());
  });

  it('a click selects the cell under it; the second press of a double-click does not; Escape restores the selection', () => {
    const r = gestureRig();
    const a = r.add(0, 'actions', 'a');
    r.app.select([a]);
    const p = r.cellCentre(3, 'kpis');
    r.press(p)!.up(r.at(p));
    expect(r.app.selection.selectedNoteIds).toEqual([]);
    expect(r.app.selection.selectedCell).toEqual({ stageId: r.grid().stage(3).id, laneId: r.grid().lane('kpis').id });
    r.app.typeInto(a);
    r.press(p, { clicks: 2 })!.up(r.at(p, { clicks: 2 }));
    expect(r.editing()).toBe(a);

    r.app.pick([a]);
    const g = r.press(r.cellCentre(4, 'kpis'))!;
    r.moveAlong(g, r.cellCentre(4, 'kpis'), r.cellCentre(4, 'insights'));
    g.cancel();
    expect(r.app.selection.selectedNoteIds).toEqual([a]);
    expect(r.drawn.band).toBeNull();
  });
});

describe('the pan gesture', () => {
  it('the middle button or Space + drag moves the view with the pointer; Escape puts it back', () => {
    const r = gestureRig('new', { x: 10, y: 20, scale: 0.5 });
    const from = r.cellCentre(1, 'actions');
    const g = r.press(from, { button: 1 })!;
    expect(g.kind).toBe('pan');
    // 100 board units at 50% are 50 view pixels.
    r.moveAlong(g, from, { x: from.x + 100, y: from.y - 40 }, 1);
    expect(r.viewport()).toEqual({ x: 60, y: 0, scale: 0.5 });
    g.cancel();
    expect(r.viewport()).toEqual({ x: 10, y: 20, scale: 0.5 });
    expect(r.press(from, { hand: true })!.kind).toBe('pan');
    // The right button starts nothing (the context menu is the board's).
    expect(r.press(from, { button: 2 })).toBeNull();
  });

  it('a finger on empty board pans, and a tap selects the cell', () => {
    const r = gestureRig();
    const p = r.cellCentre(2, 'emotions');
    const g = r.press({ x: p.x + 80, y: p.y }, { pointer: 'touch' })!;
    expect(g.kind).toBe('pan');
    g.up(r.at({ x: p.x + 80, y: p.y }));
    expect(r.app.selection.selectedCell).toEqual({ stageId: r.grid().stage(2).id, laneId: r.grid().lane('emotions').id });
    expect(r.viewport()).toEqual({ x: 0, y: 0, scale: 1 });
  });
});
