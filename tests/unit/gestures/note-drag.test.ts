import { describe, expect, it } from 'vitest';
import { gestureRig } from './rig';

describe('the note-drag gesture', () => {
  it('a click selects the note; Shift-click toggles it in the selection; nothing is written', () => {
    const r = gestureRig();
    const a = r.add(0, 'actions', 'a');
    const b = r.add(1, 'actions', 'b');
    const before = r.snap();
    const g = r.press(r.noteCentre(a))!;
    expect(g.kind).toBe('note-drag');
    g.up(r.at(r.noteCentre(a)));
    expect(r.app.selection.selectedNoteIds).toEqual([a]);
    r.press(r.noteCentre(b), { additive: true })!.up(r.at(r.noteCentre(b), { additive: true }));
    expect(r.app.selection.selectedNoteIds).toEqual([a, b]);
    r.press(r.noteCentre(a), { additive: true })!.up(r.at(r.noteCentre(a), { additive: true }));
    expect(r.app.selection.selectedNoteIds).toEqual([b]);
    expect(r.snap()).toEqual(before);
  });

  it('dragging draws the notes under the pointer at frame rate and writes the move once, at the drop, as one undo step', () => {
    const r = gestureRig();
    const a = r.add(1, 'actions', 'a');
    const b = r.add(1, 'actions', 'b');
    r.app.select([a, b]);
    r.ready();
    const from = r.noteCentre(b);
    const to = r.cellCentre(3, 'touchpoints');
    const g = r.press(from)!;
    const boxA = r.layout().notes.get(a)!;
    r.moveAlong(g, from, { x: from.x + 40, y: from.y + 20 }, 4);
    // Both selected notes follow the pointer by the same offset; the doc has not changed.
    expect(r.drawn.dragNotes?.get(a)).toEqual({ x: boxA.x + 40, y: boxA.y + 20 });
    expect(r.cellOf(a).stage).toBe(1);
    r.moveAlong(g, { x: from.x + 40, y: from.y + 20 }, to, 8);
    expect(r.cellOf(b).stage).toBe(1);
    g.up(r.at(to));
    expect(r.drawn.dragNotes).toBeNull();
    const touch = r.grid().lane('touchpoints').id;
    expect([r.cellOf(a), r.cellOf(b)]).toEqual([{ stage: 3, laneId: touch }, { stage: 3, laneId: touch }]);
    // Landed in selection order.
    expect(r.layout().cells.get(`${r.grid().stage(3).id}|${touch}`)).toEqual([a, b]);
    r.app.undo();
    expect([r.cellOf(a).stage, r.cellOf(b).stage]).toEqual([1, 1]);
  });

  it('grabbing an unselected note drags it alone and selects it; a drop before another note reorders the cell', () => {
    const r = gestureRig();
    const first = r.add(2, 'painPoints', 'first');
    const second = r.add(2, 'painPoints', 'second');
    const other = r.add(0, 'actions', 'other');
    r.app.select([other]);
    const box = r.layout().notes.get(first)!;
    const from = r.noteCentre(second);
    r.drag(from, { x: box.x + 10, y: box.y + box.height / 2 });
    expect(r.app.selection.selectedNoteIds).toEqual([second]);
    expect(r.layout().cells.get(`${r.grid().stage(2).id}|${r.grid().lane('painPoints').id}`)).toEqual([second, first]);
    expect(r.cellOf(other).stage).toBe(0);
  });

  it('a drop outside the grid, or Escape, leaves everything where it was', () => {
    const r = gestureRig();
    const a = r.add(0, 'actions', 'a');
    const before = r.snap();
    const from = r.noteCentre(a);
    r.drag(from, { x: r.layout().width + 300, y: from.y });
    expect(r.snap()).toEqual(before);
    const g = r.press(from)!;
    r.moveAlong(g, from, r.cellCentre(2, 'kpis'));
    g.cancel();
    expect(r.drawn.dragNotes).toBeNull();
    expect(r.snap()).toEqual(before);
  });

  it('the second press of a double-click leaves the selection to the double-click (which opens the note)', () => {
    const r = gestureRig();
    const a = r.add(0, 'actions', 'a');
    r.app.typeInto(a);
    r.press(r.noteCentre(a), { clicks: 2 })!.up(r.at(r.noteCentre(a), { clicks: 2 }));
    expect(r.editing()).toBe(a);
  });
});
