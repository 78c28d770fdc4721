import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  collectionMap,
  duplicateNotes,
  insertNotes,
  moveNotes,
  noteContent,
  setNoteText,
  updateNotes,
  type NoteContent,
} from '../../../shared/doc';
import { NOTE_MAX_SIZE, NOTE_MIN_SIZE } from '../../../shared/model';
import { countTransactions, snapshotOf } from '../doc/helpers';
import { boardSetup } from './setup';

const content = (text: string, extra: Partial<NoteContent> = {}): NoteContent => ({ text, color: 'green', width: 160, height: 110, ...extra });

describe('moveNotes (dragging several notes)', () => {
  it('lands the dragged notes before the target note, in their order in the cell they came from', () => {
    const s = boardSetup();
    const [a, b, c, d] = [s.add(0, 'actions', 'a'), s.add(0, 'actions', 'b'), s.add(0, 'actions', 'c'), s.add(0, 'actions', 'd')];
    const [x, y] = [s.add(2, 'painPoints', 'x'), s.add(2, 'painPoints', 'y')];
    // Selected in click order d, a, c: they still land as a, c, d.
    expect(moveNotes(s.doc, [d, a, c], { ...s.cell(2, 'painPoints'), beforeNoteId: y }, s.clock)).toBe(3);
    expect(s.ids(2, 'painPoints')).toEqual([x, a, c, d, y]);
    expect(s.ids(0, 'actions')).toEqual([b]);
  });

  it('goes to the end of the cell when no target note is given', () => {
    const s = boardSetup();
    const [a, b] = [s.add(0, 'actions'), s.add(0, 'actions')];
    const z = s.add(1, 'actions');
    expect(moveNotes(s.doc, [b, a], s.cell(1, 'actions'), s.clock)).toBe(2);
    expect(s.ids(1, 'actions')).toEqual([z, a, b]);
  });

  it('reorders inside one cell: the dragged pair goes before the first note', () => {
    const s = boardSetup();
    const [a, b, c, d] = [s.add(0, 'actions'), s.add(0, 'actions'), s.add(0, 'actions'), s.add(0, 'actions')];
    moveNotes(s.doc, [c, d], { ...s.cell(0, 'actions'), beforeNoteId: a }, s.clock);
    expect(s.ids(0, 'actions')).toEqual([c, d, a, b]);
  });

  it('ignores a target note that is itself being dragged: the notes go to the end, none lost', () => {
    const s = boardSetup();
    const [a, b, c, d] = [s.add(0, 'actions'), s.add(0, 'actions'), s.add(0, 'actions'), s.add(0, 'actions')];
    expect(moveNotes(s.doc, [b, c], { ...s.cell(0, 'actions'), beforeNoteId: c }, s.clock)).toBe(2);
    expect(s.ids(0, 'actions')).toEqual([a, d, b, c]);
  });

  it('notes from several cells keep their order within each cell, whatever the click order', () => {
    const s = boardSetup();
    const [a0, a1] = [s.add(0, 'actions', 'a0'), s.add(0, 'actions', 'a1')];
    const [b0, b1] = [s.add(1, 'touchpoints', 'b0'), s.add(1, 'touchpoints', 'b1')];
    // Clicked a1, b1, a0, b0: interleaving cells must not swap a0/a1 or b0/b1.
    expect(moveNotes(s.doc, [a1, b1, a0, b0], s.cell(3, 'kpis'), s.clock)).toBe(4);
    // Grouped by cell, the first-picked cell first, each in its own order.
    expect(s.ids(3, 'kpis')).toEqual([a0, a1, b0, b1]);
  });

  it('moved notes keep their text, colour and lane-kind fields', () => {
    const s = boardSetup();
    const t = s.add(0, 'touchpoints', 'Shop window');
    const before = s.note(t)!;
    moveNotes(s.doc, [t], s.cell(4, 'opportunities'), s.clock);
    expect(s.note(t)).toEqual({ ...before, stageId: s.cell(4, 'opportunities').stageId, laneId: s.cell(4, 'opportunities').laneId, order: s.note(t)!.order });
  });

  it('skips ids that are gone and counts only the notes it moved', () => {
    const s = boardSetup();
    const a = s.add(0, 'actions');
    expect(moveNotes(s.doc, ['goneNote', a], s.cell(1, 'actions'), s.clock)).toBe(1);
    expect(s.ids(1, 'actions')).toEqual([a]);
  });

  it('is one undo step that puts every note back where it was', () => {
    const s = boardSetup();
    const [a, b, c] = [s.add(0, 'actions'), s.add(0, 'actions'), s.add(1, 'painPoints')];
    s.ready();
    const before = snapshotOf(s.doc);
    const counted = countTransactions(s.doc, () => moveNotes(s.doc, [a, b, c], s.cell(4, 'kpis'), s.clock));
    expect(counted).toEqual({ transactions: 1, updates: 1, origins: [LOCAL_ORIGIN] });
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});

describe('noteContent', () => {
  it('keeps what travels with a copy (text, colour, size, kind fields, unknown fields), not the place or author', () => {
    const s = boardSetup('sample');
    const kpi = s.snapshot.notes.find((n) => n.metric)!;
    const withExtra = { ...kpi, futureField: 'kept' };
    const copied = noteContent(withExtra);
    expect(copied).toEqual({
      text: kpi.text,
      color: kpi.color,
      width: kpi.width,
      height: kpi.height,
      metric: kpi.metric,
      target: kpi.target,
      current: kpi.current,
      futureField: 'kept',
    });
    for (const key of ['id', 'boardId', 'stageId', 'laneId', 'order', 'author', 'createdAt']) expect(copied).not.toHaveProperty(key);
  });
});

describe('insertNotes (paste)', () => {
  it('inserts after a given note, in the given order, before the notes that followed it', () => {
    const s = boardSetup();
    const [a, b, c] = [s.add(0, 'actions', 'a'), s.add(0, 'actions', 'b'), s.add(0, 'actions', 'c')];
    const ids = insertNotes(s.doc, [content('x'), content('y')], { ...s.cell(0, 'actions'), afterNoteId: a }, 'Budi', s.clock);
    expect(ids).toHaveLength(2);
    expect(s.ids(0, 'actions')).toEqual([a, ...ids, b, c]);
    expect(ids.map((id) => s.note(id)!.text)).toEqual(['x', 'y']);
  });

  it('appends at the end without a note to follow, after the last note, or when that note is in another cell', () => {
    const s = boardSetup();
    const [a, b] = [s.add(0, 'actions'), s.add(0, 'actions')];
    const elsewhere = s.add(1, 'actions');
    const [x] = insertNotes(s.doc, [content('x')], s.cell(0, 'actions'), 'Ana', s.clock);
    const [y] = insertNotes(s.doc, [content('y')], { ...s.cell(0, 'actions'), afterNoteId: x! }, 'Ana', s.clock);
    const [z] = insertNotes(s.doc, [content('z')], { ...s.cell(0, 'actions'), afterNoteId: elsewhere }, 'Ana', s.clock);
    expect(s.ids(0, 'actions')).toEqual([a, b, x, y, z]);
  });

  it('fills an empty cell', () => {
    const s = boardSetup();
    const ids = insertNotes(s.doc, [content('1'), content('2'), content('3')], s.cell(2, 'insights'), 'Ana', s.clock);
    expect(s.ids(2, 'insights')).toEqual(ids);
  });

  it('gives the copies new ids, the target place, the author and the time; content is kept', () => {
    const s = boardSetup();
    const [id] = insertNotes(s.doc, [content('KPI', { metric: 'NPS', target: '50', current: '31', color: 'teal' })], s.cell(3, 'kpis'), 'Budi', s.clock);
    expect(s.note(id!)).toMatchObject({
      ...s.cell(3, 'kpis'),
      text: 'KPI',
      color: 'teal',
      metric: 'NPS',
      target: '50',
      current: '31',
      author: 'Budi',
      createdAt: '2025-03-01T09:00:01.000Z',
    });
    expect(collectionMap(s.doc, 'notes').get(id!)!.get('text')).toBeInstanceOf(Y.Text);
  });

  it('clamps sizes to what a note may be, so a pasted note is never invalid (and never vanishes)', () => {
    const s = boardSetup();
    const ids = insertNotes(s.doc, [content('tiny', { width: 10, height: 1 }), content('huge', { width: 5000, height: 9999 })], s.cell(0, 'actions'), 'Ana', s.clock);
    expect(ids.map((id) => [s.note(id)?.width, s.note(id)?.height])).toEqual([
      [NOTE_MIN_SIZE, NOTE_MIN_SIZE],
      [NOTE_MAX_SIZE, NOTE_MAX_SIZE],
    ]);
  });

  it('is one undo step for all the pasted notes', () => {
    const s = boardSetup();
    s.ready();
    const before = snapshotOf(s.doc);
    insertNotes(s.doc, [content('1'), content('2')], s.cell(0, 'actions'), 'Ana', s.clock);
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});

describe('duplicateNotes', () => {
  it('places each copy right after its original', () => {
    const s = boardSetup();
    const [a, b, c] = [s.add(0, 'actions', 'a'), s.add(0, 'actions', 'b'), s.add(0, 'actions', 'c')];
    const d = s.add(1, 'touchpoints', 'd');
    const copies = duplicateNotes(s.doc, [a, b, d], 'Budi', s.clock);
    expect(copies).toHaveLength(3);
    const [ac, bc, dc] = copies as [string, string, string];
    expect(s.ids(0, 'actions')).toEqual([a, ac, b, bc, c]);
    expect(s.ids(1, 'touchpoints')).toEqual([d, dc]);
  });

  it('copies the content, with new ids and the given author', () => {
    const s = boardSetup();
    const t = s.add(1, 'touchpoints', 'Hotline');
    const [copy] = duplicateNotes(s.doc, [t], 'Budi', s.clock);
    const original = s.note(t)!;
    expect(copy).not.toBe(t);
    expect(noteContent(s.note(copy!)!)).toEqual(noteContent(original));
    expect(s.note(copy!)!.author).toBe('Budi');
  });

  it('a copy is its own note: editing it leaves the original alone', () => {
    const s = boardSetup();
    const a = s.add(0, 'actions', 'original');
    const [copy] = duplicateNotes(s.doc, [a], 'Ana', s.clock);
    setNoteText(s.doc, copy!, 'edited copy', s.clock);
    updateNotes(s.doc, [copy!], { color: 'purple' }, s.clock);
    expect(s.note(a)).toMatchObject({ text: 'original', color: 'yellow' });
    expect(s.note(copy!)).toMatchObject({ text: 'edited copy', color: 'purple' });
  });

  it('skips notes that are gone, and is one undo step', () => {
    const s = boardSetup();
    const [a, b] = [s.add(0, 'actions'), s.add(0, 'actions')];
    s.ready();
    const before = snapshotOf(s.doc);
    expect(duplicateNotes(s.doc, [a, 'goneNote', b], 'Ana', s.clock)).toHaveLength(2);
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});

describe('updateNotes', () => {
  it('applies one change to every given note, counting those it found', () => {
    const s = boardSetup();
    const [a, b, c] = [s.add(0, 'actions'), s.add(1, 'painPoints'), s.add(2, 'kpis')];
    expect(updateNotes(s.doc, [a, b, 'goneNote'], { color: 'white' }, s.clock)).toBe(2);
    expect([s.note(a)!.color, s.note(b)!.color, s.note(c)!.color]).toEqual(['white', 'white', 'teal']);
  });

  it('is one transaction and one undo step', () => {
    const s = boardSetup();
    const ids = [s.add(0, 'actions'), s.add(1, 'actions'), s.add(2, 'actions')];
    s.ready();
    const before = snapshotOf(s.doc);
    const counted = countTransactions(s.doc, () => updateNotes(s.doc, ids, { color: 'blue', width: 200 }, s.clock));
    expect(counted).toEqual({ transactions: 1, updates: 1, origins: [LOCAL_ORIGIN] });
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});
