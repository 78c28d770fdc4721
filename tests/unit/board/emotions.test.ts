import { describe, expect, it } from 'vitest';
import { addJourneyBoard, blankPersona, collectionMap, deleteEmotion, newRecordMap, setEmotion } from '../../../shared/doc';
import { snapshotOf } from '../doc/helpers';
import { boardSetup } from './setup';

function setup() {
  const s = boardSetup();
  // The personas whose curves the tests draw (points of a persona that does not exist are dropped on read).
  for (const [id, order] of [['tim', 'a0'], ['trudy', 'a1']] as const) {
    collectionMap(s.doc, 'personas').set(id, newRecordMap('personas', { ...blankPersona(id, '#1c7ed6'), id, order }));
  }
  const points = () => snapshotOf(s.doc).emotions;
  const at = (stage: number, personaId?: string) => ({ boardId: s.g.boardId, stageId: s.g.stages[stage]!.id, ...(personaId ? { personaId } : {}) });
  return { ...s, points, at };
}

describe('setEmotion', () => {
  it('creates the point on first use, then updates that same point', () => {
    const s = setup();
    const id = setEmotion(s.doc, s.at(1), { score: -1, label: 'doubtful' }, s.clock)!;
    expect(s.points()).toEqual([{ id, boardId: s.g.boardId, stageId: s.g.stages[1]!.id, score: -1, label: 'doubtful' }]);
    expect(setEmotion(s.doc, s.at(1), { score: 1 }, s.clock)).toBe(id);
    expect(setEmotion(s.doc, s.at(1), { label: 'relieved' }, s.clock)).toBe(id);
    expect(s.points()).toEqual([{ id, boardId: s.g.boardId, stageId: s.g.stages[1]!.id, score: 1, label: 'relieved' }]);
  });

  it('keeps one point per stage and persona: the board’s own curve and each persona’s are separate', () => {
    const s = setup();
    const board = setEmotion(s.doc, s.at(0), { score: 1 }, s.clock);
    const tim = setEmotion(s.doc, s.at(0, 'tim'), { score: -2 }, s.clock);
    const trudy = setEmotion(s.doc, s.at(0, 'trudy'), { score: 2 }, s.clock);
    const nextStage = setEmotion(s.doc, s.at(1, 'tim'), { score: 0.5 }, s.clock);
    expect(new Set([board, tim, trudy, nextStage]).size).toBe(4);
    setEmotion(s.doc, s.at(0, 'tim'), { score: -1 }, s.clock);
    setEmotion(s.doc, s.at(0), { score: 0 }, s.clock);
    const byId = new Map(s.points().map((p) => [p.id, p]));
    expect(byId.size).toBe(4);
    expect(byId.get(tim!)).toMatchObject({ personaId: 'tim', score: -1 });
    expect(byId.get(trudy!)).toMatchObject({ personaId: 'trudy', score: 2 });
    expect(byId.get(board!)!.score).toBe(0);
    expect('personaId' in byId.get(board!)!).toBe(false);
  });

  it('a new point with only a label starts at neutral; a new point with only a score has no label', () => {
    const s = setup();
    const labelled = setEmotion(s.doc, s.at(2), { label: 'unsure' }, s.clock);
    const scored = setEmotion(s.doc, s.at(3), { score: 1.5 }, s.clock);
    const byId = new Map(s.points().map((p) => [p.id, p]));
    expect(byId.get(labelled!)).toMatchObject({ score: 0, label: 'unsure' });
    expect(byId.get(scored!)).toMatchObject({ score: 1.5, label: '' });
  });

  it.each([
    [5, 2],
    [2.2, 2],
    [-3, -2],
    [-100, -2],
    [0.7, 0.5],
    [0.8, 1],
    [1.3, 1.5],
    [-1.2, -1],
    [-0.6, -0.5],
    [0, 0],
  ])('score %s is stored as %s (clamped to −2…+2, snapped to halves)', (given, stored) => {
    const s = setup();
    const created = setEmotion(s.doc, s.at(0, 'tim'), { score: given }, s.clock);
    expect(s.points().find((p) => p.id === created)!.score).toBe(stored);
    // Updating an existing point clamps and snaps too.
    const updated = setEmotion(s.doc, s.at(1, 'tim'), { label: 'x' }, s.clock);
    setEmotion(s.doc, s.at(1, 'tim'), { score: given }, s.clock);
    expect(s.points().find((p) => p.id === updated)!.score).toBe(stored);
  });

  it('is one undo step, creating or updating', () => {
    const s = setup();
    s.ready();
    setEmotion(s.doc, s.at(0), { score: 1, label: 'curious' }, s.clock);
    s.undo.stopCapturing();
    setEmotion(s.doc, s.at(0), { score: -2, label: 'angry' }, s.clock);
    expect(s.undo.undoStack).toHaveLength(2);
    s.undo.undo();
    expect(s.points()).toMatchObject([{ score: 1, label: 'curious' }]);
    s.undo.undo();
    expect(s.points()).toEqual([]);
  });

  it('refuses a stage of another board', () => {
    const s = setup();
    const other = addJourneyBoard(s.doc, 'buying3', 'en', s.clock);
    expect(setEmotion(s.doc, { boardId: other, stageId: s.g.stages[0]!.id }, { score: 1 }, s.clock)).toBeNull();
    expect(s.points()).toEqual([]);
  });
});

describe('deleteEmotion', () => {
  it('removes the point; the stage can get a new one later', () => {
    const s = setup();
    const id = setEmotion(s.doc, s.at(0, 'tim'), { score: 1 }, s.clock)!;
    expect(deleteEmotion(s.doc, id, s.clock)).toBe(true);
    expect(s.points()).toEqual([]);
    expect(deleteEmotion(s.doc, id, s.clock)).toBe(false);
    const again = setEmotion(s.doc, s.at(0, 'tim'), { score: -1 }, s.clock);
    expect(again).not.toBe(id);
    expect(s.points()).toHaveLength(1);
  });
});
