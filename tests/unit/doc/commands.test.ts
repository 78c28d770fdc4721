import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPersona,
  LOCAL_ORIGIN,
  addJourneyBoard,
  addNote,
  boardLanes,
  boardsInOrder,
  collectionMap,
  deleteNotes,
  moveNote,
  renameBoard,
  setNoteText,
  setWorkspaceFields,
  updateNote,
} from '../../../shared/doc';
import { LANE_DEFAULT_COLOR, byOrder } from '../../../shared/model';
import { cellIds, countTransactions, grid, loadedDoc, peerOf, snapshotOf, sync, tickingClock } from './helpers';

function setup() {
  const doc = loadedDoc();
  const g = grid(doc);
  const clock = tickingClock();
  const cell = (stage: number, kind: Parameters<typeof g.lane>[0]) => ({ boardId: g.boardId, stageId: g.stages[stage]!.id, laneId: g.lane(kind).id });
  const add = (stage: number, kind: Parameters<typeof g.lane>[0], text = '', beforeNoteId?: string) => {
    const id = addNote(doc, { ...cell(stage, kind), text, author: 'Ana', ...(beforeNoteId ? { beforeNoteId } : {}) }, clock);
    if (!id) throw new Error('addNote refused');
    return id;
  };
  const note = (id: string) => snapshotOf(doc).notes.find((n) => n.id === id);
  return { doc, g, clock, cell, add, note };
}

describe('addNote', () => {
  it('puts a note in the cell with its lane kind’s colour, text, author and time', () => {
    const { doc, g, cell, clock } = setup();
    const id = addNote(doc, { ...cell(1, 'painPoints'), text: 'Specs are hard to compare', author: 'Ana' }, clock)!;
    const note = snapshotOf(doc).notes.find((n) => n.id === id);
    expect(note).toMatchObject({
      boardId: g.boardId,
      stageId: g.stages[1]!.id,
      laneId: g.lane('painPoints').id,
      text: 'Specs are hard to compare',
      color: 'red',
      author: 'Ana',
      createdAt: '2025-03-01T09:00:01.000Z',
    });
    expect(note!.channel).toBeUndefined();
    expect(collectionMap(doc, 'notes').get(id)!.get('text')).toBeInstanceOf(Y.Text);
  });

  it('a touchpoint gets a channel and an impact to evaluate', () => {
    const { add, note } = setup();
    expect(note(add(0, 'touchpoints', 'Social media ad'))).toMatchObject({ color: LANE_DEFAULT_COLOR.touchpoints, channel: 'online', impact: 3 });
  });

  it('appends after the notes already in the cell', () => {
    const { doc, g, add } = setup();
    const first = add(0, 'actions', 'first');
    const second = add(0, 'actions', 'second');
    const elsewhere = add(1, 'actions', 'other stage');
    const third = add(0, 'actions', 'third');
    expect(cellIds(doc, g.stages[0]!.id, g.lane('actions').id)).toEqual([first, second, third]);
    expect(cellIds(doc, g.stages[1]!.id, g.lane('actions').id)).toEqual([elsewhere]);
  });

  it('inserts before a given note of the cell', () => {
    const { doc, g, add } = setup();
    const a = add(2, 'kpis', 'a');
    const c = add(2, 'kpis', 'c');
    const b = add(2, 'kpis', 'b', c);
    const top = add(2, 'kpis', 'top', a);
    expect(cellIds(doc, g.stages[2]!.id, g.lane('kpis').id)).toEqual([top, a, b, c]);
  });

  it('still inserts between notes after two peers inserted at the same spot at once', () => {
    const { doc, g, add, cell } = setup();
    const a = add(0, 'actions', 'a');
    const b = add(0, 'actions', 'b');
    const peer = peerOf(doc);
    // Both drop a note before b at the same moment: the two new notes get the same order key.
    const mine = add(0, 'actions', 'mine', b);
    const theirs = addNote(peer, { ...cell(0, 'actions'), author: 'Budi', beforeNoteId: b })!;
    sync(doc, peer);
    const notes = snapshotOf(doc).notes;
    expect(notes.find((n) => n.id === mine)!.order).toBe(notes.find((n) => n.id === theirs)!.order);
    const [first, second] = cellIds(doc, g.stages[0]!.id, g.lane('actions').id).slice(1, 3) as [string, string];
    expect([first, second].sort()).toEqual([mine, theirs].sort());

    // Inserting before the second of the tied pair, or moving a note there, must not fail.
    const inserted = add(0, 'actions', 'between', second);
    expect(moveNote(doc, a, { stageId: g.stages[0]!.id, laneId: g.lane('actions').id, beforeNoteId: second })).toBe(true);
    const ids = cellIds(doc, g.stages[0]!.id, g.lane('actions').id);
    expect(ids.indexOf(inserted)).toBeLessThan(ids.indexOf(second));
    expect(ids.indexOf(a)).toBeLessThan(ids.indexOf(second));
    expect(ids.at(-1)).toBe(b);
    expect(ids).toHaveLength(5);
  });

  it('appends when the note to insert before is not in that cell', () => {
    const { doc, g, add } = setup();
    const other = add(1, 'actions', 'other cell');
    const a = add(0, 'actions', 'a');
    const b = add(0, 'actions', 'b', other);
    expect(cellIds(doc, g.stages[0]!.id, g.lane('actions').id)).toEqual([a, b]);
  });

  it('refuses a cell that does not exist or belongs to another board, writing nothing', () => {
    const { doc, cell, clock } = setup();
    const secondBoard = addJourneyBoard(doc, 'buying3', 'en', clock);
    const foreignLane = boardLanes(doc, secondBoard)[0]!;
    const before = snapshotOf(doc);
    const attempts = [
      { ...cell(0, 'actions'), stageId: 'missingStage' },
      { ...cell(0, 'actions'), laneId: 'missingLane' },
      { ...cell(0, 'actions'), laneId: foreignLane.id },
      { ...cell(0, 'actions'), boardId: secondBoard },
    ];
    for (const target of attempts) {
      const counted = countTransactions(doc, () => expect(addNote(doc, { ...target, author: 'Ana' }, clock)).toBeNull());
      expect(counted.updates).toBe(0);
    }
    expect(snapshotOf(doc)).toEqual(before);
  });

  it('marks the workspace modified', () => {
    const { doc, add } = setup();
    const before = snapshotOf(doc).workspace.modifiedAt;
    add(0, 'actions');
    expect(snapshotOf(doc).workspace.modifiedAt > before).toBe(true);
  });
});

describe('setNoteText', () => {
  it('replaces the text by editing the same Y.Text', () => {
    const { doc, add, note, clock } = setup();
    const id = add(0, 'actions', 'Sees an ad');
    const text = collectionMap(doc, 'notes').get(id)!.get('text');
    expect(setNoteText(doc, id, 'Sees an ad 📱', clock)).toBe(true);
    expect(note(id)!.text).toBe('Sees an ad 📱');
    expect(collectionMap(doc, 'notes').get(id)!.get('text')).toBe(text);
  });

  it('returns false for a note that is gone', () => {
    const { doc, clock } = setup();
    expect(setNoteText(doc, 'noSuchNote', 'x', clock)).toBe(false);
  });
});

describe('updateNote', () => {
  it('changes the given fields and leaves the rest', () => {
    const { doc, add, note, clock } = setup();
    const id = add(3, 'touchpoints', 'Support hotline');
    const tim = addPersona(doc, 'Tim', {}, clock);
    expect(updateNote(doc, id, { color: 'purple', channel: 'offline', impact: 5, personaIds: [tim] }, clock)).toBe(true);
    expect(note(id)).toMatchObject({ text: 'Support hotline', color: 'purple', channel: 'offline', impact: 5, personaIds: [tim] });
  });

  it('removes a field patched to undefined', () => {
    const { doc, add, note, clock } = setup();
    const id = add(3, 'touchpoints');
    updateNote(doc, id, { impact: undefined }, clock);
    expect(note(id)).toBeDefined();
    expect('impact' in note(id)!).toBe(false);
  });

  it('returns false for a note that is gone', () => {
    const { doc, clock } = setup();
    expect(updateNote(doc, 'noSuchNote', { color: 'red' }, clock)).toBe(false);
  });
});

describe('moveNote', () => {
  it('moves a note to another stage and lane, before a given note there', () => {
    const { doc, g, add, note, clock } = setup();
    const moving = add(0, 'actions', 'moving');
    const stay = add(0, 'actions', 'stays');
    const x = add(2, 'painPoints', 'x');
    const y = add(2, 'painPoints', 'y');
    expect(moveNote(doc, moving, { stageId: g.stages[2]!.id, laneId: g.lane('painPoints').id, beforeNoteId: y }, clock)).toBe(true);
    expect(note(moving)).toMatchObject({ stageId: g.stages[2]!.id, laneId: g.lane('painPoints').id, text: 'moving' });
    expect(cellIds(doc, g.stages[2]!.id, g.lane('painPoints').id)).toEqual([x, moving, y]);
    expect(cellIds(doc, g.stages[0]!.id, g.lane('actions').id)).toEqual([stay]);
  });

  it('moves to the end of a cell when no note is given', () => {
    const { doc, g, add, clock } = setup();
    const moving = add(0, 'actions');
    const a = add(4, 'opportunities');
    const b = add(4, 'opportunities');
    moveNote(doc, moving, { stageId: g.stages[4]!.id, laneId: g.lane('opportunities').id }, clock);
    expect(cellIds(doc, g.stages[4]!.id, g.lane('opportunities').id)).toEqual([a, b, moving]);
  });

  it('reorders inside the same cell', () => {
    const { doc, g, add, clock } = setup();
    const a = add(0, 'actions');
    const b = add(0, 'actions');
    const c = add(0, 'actions');
    const target = { stageId: g.stages[0]!.id, laneId: g.lane('actions').id };
    moveNote(doc, c, { ...target, beforeNoteId: a }, clock);
    expect(cellIds(doc, target.stageId, target.laneId)).toEqual([c, a, b]);
    moveNote(doc, c, target, clock);
    expect(cellIds(doc, target.stageId, target.laneId)).toEqual([a, b, c]);
    moveNote(doc, a, { ...target, beforeNoteId: c }, clock);
    expect(cellIds(doc, target.stageId, target.laneId)).toEqual([b, a, c]);
  });

  it('a note dropped back on its own place keeps it (not sent to the end)', () => {
    const { doc, g, add, clock } = setup();
    const a = add(0, 'actions');
    const b = add(0, 'actions');
    const c = add(0, 'actions');
    const target = { stageId: g.stages[0]!.id, laneId: g.lane('actions').id };
    expect(moveNote(doc, a, { ...target, beforeNoteId: a }, clock)).toBe(true);
    expect(cellIds(doc, target.stageId, target.laneId)).toEqual([a, b, c]);
  });

  it('keeps the lane kind’s fields: a moved note is the same note', () => {
    const { doc, g, add, note, clock } = setup();
    const id = add(0, 'touchpoints', 'Shop window');
    moveNote(doc, id, { stageId: g.stages[1]!.id, laneId: g.lane('actions').id }, clock);
    expect(note(id)).toMatchObject({ text: 'Shop window', color: 'blue', channel: 'online', impact: 3 });
  });

  it('refuses a cell that is gone or on another board, leaving the note where it was', () => {
    const { doc, g, add, note, clock } = setup();
    const id = add(0, 'actions', 'stay put');
    const before = note(id);
    const otherBoard = addJourneyBoard(doc, 'blank', 'en', clock);
    const foreignLane = boardLanes(doc, otherBoard)[0]!;
    expect(moveNote(doc, id, { stageId: 'deletedStage', laneId: g.lane('actions').id }, clock)).toBe(false);
    expect(moveNote(doc, id, { stageId: g.stages[1]!.id, laneId: foreignLane.id }, clock)).toBe(false);
    expect(note(id)).toEqual(before);
  });

  it('returns false for a note that is gone', () => {
    const { doc, g, clock } = setup();
    expect(moveNote(doc, 'noSuchNote', { stageId: g.stages[0]!.id, laneId: g.lanes[0]!.id }, clock)).toBe(false);
  });
});

describe('deleteNotes', () => {
  it('deletes the given notes and counts them, skipping ids that are gone', () => {
    const { doc, add, clock } = setup();
    const a = add(0, 'actions');
    const b = add(1, 'actions');
    const c = add(2, 'actions');
    expect(deleteNotes(doc, [a, c, 'noSuchNote'], clock)).toBe(2);
    expect(snapshotOf(doc).notes.map((n) => n.id)).toEqual([b]);
  });

  it('sends nothing when nothing was deleted', () => {
    const { doc, clock } = setup();
    const counted = countTransactions(doc, () => expect(deleteNotes(doc, ['noSuchNote'], clock)).toBe(0));
    expect(counted.updates).toBe(0);
  });
});

describe('board and workspace commands', () => {
  it('addJourneyBoard appends a board from a template after the last one', () => {
    const { doc, clock } = setup();
    const first = boardsInOrder(doc)[0]!.id;
    const id = addJourneyBoard(doc, 'buying3', 'id', clock);
    expect(boardsInOrder(doc).map((b) => b.id)).toEqual([first, id]);
    const stages = snapshotOf(doc).stages.filter((s) => s.boardId === id).sort(byOrder);
    expect(stages.map((s) => s.title)).toEqual(['Kesadaran', 'Pertimbangan', 'Keputusan']);
    expect(boardLanes(doc, id).map((l) => l.kind)[0]).toBe('actions');
  });

  it('renameBoard and setWorkspaceFields change what they say', () => {
    const { doc, g, clock } = setup();
    expect(renameBoard(doc, g.boardId, 'Checkout', clock)).toBe(true);
    expect(renameBoard(doc, 'noSuchBoard', 'x', clock)).toBe(false);
    setWorkspaceFields(doc, { title: 'Toko elektronik', goal: 'Naikkan penjualan online', locale: 'id' }, clock);
    const snapshot = snapshotOf(doc);
    expect(snapshot.boards.find((b) => b.id === g.boardId)!.title).toBe('Checkout');
    expect(snapshot.workspace).toMatchObject({ title: 'Toko elektronik', goal: 'Naikkan penjualan online', locale: 'id' });
  });
});

describe('every command is one transaction', () => {
  const cases: [string, (s: ReturnType<typeof setup>, ids: string[]) => unknown][] = [
    ['addNote', (s) => s.add(1, 'touchpoints', 'x')],
    ['addNote before', (s, [a]) => s.add(0, 'actions', 'x', a)],
    ['setNoteText', (s, [a]) => setNoteText(s.doc, a!, 'changed text', s.clock)],
    ['updateNote', (s, [a]) => updateNote(s.doc, a!, { color: 'green', width: 200 }, s.clock)],
    ['moveNote', (s, [a]) => moveNote(s.doc, a!, { stageId: s.g.stages[3]!.id, laneId: s.g.lane('kpis').id }, s.clock)],
    ['deleteNotes', (s, ids) => deleteNotes(s.doc, ids, s.clock)],
    ['addJourneyBoard', (s) => addJourneyBoard(s.doc, 'endToEnd5', 'ru', s.clock)],
    ['renameBoard', (s) => renameBoard(s.doc, s.g.boardId, 'New name', s.clock)],
    ['setWorkspaceFields', (s) => setWorkspaceFields(s.doc, { title: 'T', goal: 'G' }, s.clock)],
  ];

  it.each(cases)('%s: one local transaction, one update', (_name, run) => {
    const s = setup();
    const ids = [s.add(0, 'actions', 'a'), s.add(0, 'actions', 'b'), s.add(1, 'actions', 'c')];
    const counted = countTransactions(s.doc, () => run(s, ids));
    expect(counted).toEqual({ transactions: 1, updates: 1, origins: [LOCAL_ORIGIN] });
  });
});
