import { describe, expect, it } from 'vitest';
import { NOTE_MAX_SIZE, NOTE_MIN_SIZE } from '../../../shared/model';
import { gestureRig } from './rig';

describe('the note-resize gesture', () => {
  it('the selected note’s handle resizes it, snapped to 10 and kept within the schema’s sizes, one undo step', () => {
    const r = gestureRig();
    const a = r.add(0, 'actions', 'a');
    // Without a selection there is no handle: a press there is the cell's.
    const box = r.layout().notes.get(a)!;
    const corner = { x: box.x + box.width, y: box.y + box.height };
    expect(r.press(corner)!.kind).toBe('marquee');
    r.app.select([a]);
    r.ready();
    const g = r.press(corner)!;
    expect(g.kind).toBe('note-resize');
    r.moveAlong(g, corner, { x: corner.x + 43, y: corner.y + 17 });
    expect(r.drawn.noteSize).toEqual({ id: a, width: box.width + 40, height: box.height + 20 });
    g.up(r.at({ x: corner.x + 43, y: corner.y + 17 }));
    expect(r.drawn.noteSize).toBeNull();
    const size = () => {
      const n = r.snap().notes.find((x) => x.id === a)!;
      return [n.width, n.height];
    };
    expect(size()).toEqual([box.width + 40, box.height + 20]);
    r.app.undo();
    expect(size()).toEqual([box.width, box.height]);
    r.drag(corner, { x: box.x - 500, y: box.y + 5000 });
    expect(size()).toEqual([NOTE_MIN_SIZE, NOTE_MAX_SIZE]);
  });
});
