import { describe, expect, it } from 'vitest';
import {
  addJourneyBoard,
  addPersonaBoard,
  deleteBoard,
  duplicateBoard,
  moveBoard,
  renameLane,
  renameStage,
  resizeStage,
  setBoardGoal,
  setEmotion,
  setNoteText,
  deleteStage,
} from '../../../shared/doc';
import type { WorkspaceSnapshot } from '../../../shared/model';
import { snapshotOf } from '../doc/helpers';
import { boardIdsOf, boardSetup } from './setup';

/** Everything on one board, with ids left out, so a copy can be compared with its original. */
function boardContents(snapshot: WorkspaceSnapshot, boardId: string) {
  const stages = snapshot.stages.filter((s) => s.boardId === boardId);
  const lanes = snapshot.lanes.filter((l) => l.boardId === boardId);
  const stageIndex = (id: string) => stages.findIndex((s) => s.id === id);
  const laneIndex = (id: string) => lanes.findIndex((l) => l.id === id);
  return {
    stages: stages.map(({ id: _id, boardId: _b, ...rest }) => rest),
    lanes: lanes.map(({ id: _id, boardId: _b, ...rest }) => rest),
    notes: snapshot.notes
      .filter((n) => n.boardId === boardId)
      .map(({ id: _id, boardId: _b, stageId, laneId, ...rest }) => ({ ...rest, stage: stageIndex(stageId), lane: laneIndex(laneId) }))
      .sort((a, b) => a.stage - b.stage || a.lane - b.lane || (a.order < b.order ? -1 : 1)),
    emotions: snapshot.emotions
      .filter((e) => e.boardId === boardId)
      .map(({ id: _id, boardId: _b, stageId, ...rest }) => ({ ...rest, stage: stageIndex(stageId) }))
      .sort((a, b) => a.stage - b.stage || String(a.personaId).localeCompare(String(b.personaId))),
  };
}

function idsOnBoard(snapshot: WorkspaceSnapshot, boardId: string): string[] {
  return [
    ...snapshot.stages.filter((s) => s.boardId === boardId),
    ...snapshot.lanes.filter((l) => l.boardId === boardId),
    ...snapshot.notes.filter((n) => n.boardId === boardId),
    ...snapshot.emotions.filter((e) => e.boardId === boardId),
  ].map((r) => r.id);
}

describe('board goal and persona board', () => {
  it('setBoardGoal sets the goal of that board only', () => {
    const s = boardSetup('sample');
    expect(setBoardGoal(s.doc, s.g.boardId, 'Halve support calls in week one', s.clock)).toBe(true);
    const boards = snapshotOf(s.doc).boards;
    expect(boards.find((b) => b.id === s.g.boardId)!.goal).toBe('Halve support calls in week one');
    expect(boards.find((b) => b.id !== s.g.boardId)!.goal).toBe('');
  });

  it('addPersonaBoard adds an empty persona board last', () => {
    const s = boardSetup();
    const id = addPersonaBoard(s.doc, 'Our personas', s.clock);
    expect(boardIdsOf(s.doc).at(-1)).toBe(id);
    expect(snapshotOf(s.doc).boards.find((b) => b.id === id)).toMatchObject({ kind: 'persona', title: 'Our personas', goal: '', personaIds: [] });
  });
});

describe('moveBoard', () => {
  it('puts a board before another, or last', () => {
    const s = boardSetup();
    const a = s.g.boardId;
    const b = addJourneyBoard(s.doc, 'buying3', 'en', s.clock);
    const c = addPersonaBoard(s.doc, 'Personas', s.clock);
    expect(boardIdsOf(s.doc)).toEqual([a, b, c]);
    expect(moveBoard(s.doc, c, a, s.clock)).toBe(true);
    expect(boardIdsOf(s.doc)).toEqual([c, a, b]);
    expect(moveBoard(s.doc, c, null, s.clock)).toBe(true);
    expect(boardIdsOf(s.doc)).toEqual([a, b, c]);
    expect(moveBoard(s.doc, a, c, s.clock)).toBe(true);
    expect(boardIdsOf(s.doc)).toEqual([b, a, c]);
  });
});

describe('deleteBoard', () => {
  it('removes the board with its stages, lanes, notes and curves, and nothing of the other boards', () => {
    const s = boardSetup('sample');
    const other = addJourneyBoard(s.doc, 'buying3', 'en', s.clock);
    const otherStage = snapshotOf(s.doc).stages.find((x) => x.boardId === other)!;
    setEmotion(s.doc, { boardId: other, stageId: otherStage.id }, { score: 1 }, s.clock);
    const before = snapshotOf(s.doc);
    s.ready();
    expect(deleteBoard(s.doc, s.g.boardId, s.clock)).toBe(true);
    const after = snapshotOf(s.doc);
    expect(after.boards.map((b) => b.id)).not.toContain(s.g.boardId);
    expect(idsOnBoard(after, s.g.boardId)).toEqual([]);
    expect(after.boards).toEqual(before.boards.filter((b) => b.id !== s.g.boardId));
    expect(boardContents(after, other)).toEqual(boardContents(before, other));
    expect(idsOnBoard(after, other)).toEqual(idsOnBoard(before, other));
    // Personas are the workspace's, not the board's.
    expect(after.personas).toEqual(before.personas);
  });

  it('one undo brings the whole board back, exactly', () => {
    const s = boardSetup('sample');
    const before = snapshotOf(s.doc);
    s.ready();
    deleteBoard(s.doc, s.g.boardId, s.clock);
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});

describe('duplicateBoard', () => {
  it('copies stages, lanes, notes and curves under new ids, right after the original', () => {
    const s = boardSetup('sample');
    const last = addJourneyBoard(s.doc, 'blank', 'en', s.clock);
    const before = snapshotOf(s.doc);
    const copy = duplicateBoard(s.doc, s.g.boardId, 'Electronics shop (copy)', s.clock)!;
    const after = snapshotOf(s.doc);
    const order = boardIdsOf(s.doc);
    expect(order.indexOf(copy)).toBe(order.indexOf(s.g.boardId) + 1);
    expect(order.at(-1)).toBe(last);
    const original = before.boards.find((b) => b.id === s.g.boardId)!;
    expect(after.boards.find((b) => b.id === copy)).toEqual({ ...original, id: copy, title: 'Electronics shop (copy)', order: expect.any(String) });
    expect(boardContents(after, copy)).toEqual(boardContents(before, s.g.boardId));
    expect(boardContents(after, copy).notes).toHaveLength(before.notes.length);
    expect(boardContents(after, copy).emotions).toHaveLength(10);
    // Every copied record has a new id.
    const fresh = idsOnBoard(after, copy);
    expect(new Set(fresh).size).toBe(fresh.length);
    const old = new Set(idsOnBoard(before, s.g.boardId));
    expect(fresh.filter((id) => old.has(id))).toEqual([]);
    // The original is untouched.
    expect(boardContents(after, s.g.boardId)).toEqual(boardContents(before, s.g.boardId));
  });

  it('the copy is independent: editing, resizing or deleting in it leaves the original alone', () => {
    const s = boardSetup('sample');
    const copy = duplicateBoard(s.doc, s.g.boardId, 'Copy', s.clock)!;
    const original = () => boardContents(snapshotOf(s.doc), s.g.boardId);
    const before = original();
    const copied = snapshotOf(s.doc);
    const copyStage = copied.stages.filter((x) => x.boardId === copy).find((x) => x.title === 'Purchase')!;
    const copyNote = copied.notes.find((n) => n.boardId === copy && n.text === 'Referral discount')!;
    const copyLane = copied.lanes.find((l) => l.boardId === copy && l.kind === 'kpis')!;
    setNoteText(s.doc, copyNote.id, 'Loyalty points', s.clock);
    renameStage(s.doc, copyStage.id, 'Buy', s.clock);
    resizeStage(s.doc, copyStage.id, 600, s.clock);
    renameLane(s.doc, copyLane.id, 'Metrics', s.clock);
    setEmotion(s.doc, { boardId: copy, stageId: copyStage.id, personaId: s.snapshot.personas[0]!.id }, { score: 2, label: 'thrilled' }, s.clock);
    setBoardGoal(s.doc, copy, 'Another goal', s.clock);
    expect(original()).toEqual(before);
    expect(snapshotOf(s.doc).boards.find((b) => b.id === s.g.boardId)!.goal).toBe(s.snapshot.boards.find((b) => b.id === s.g.boardId)!.goal);
    deleteStage(s.doc, copyStage.id, s.clock);
    expect(original()).toEqual(before);
    deleteBoard(s.doc, copy, s.clock);
    expect(original()).toEqual(before);
  });

  it('editing the original leaves the copy alone', () => {
    const s = boardSetup('sample');
    const copy = duplicateBoard(s.doc, s.g.boardId, 'Copy', s.clock)!;
    const copyBefore = boardContents(snapshotOf(s.doc), copy);
    setNoteText(s.doc, s.snapshot.notes[0]!.id, 'changed in the original', s.clock);
    deleteStage(s.doc, s.g.stages[0]!.id, s.clock);
    expect(boardContents(snapshotOf(s.doc), copy)).toEqual(copyBefore);
  });

  it('one undo removes the whole copy', () => {
    const s = boardSetup('sample');
    const before = snapshotOf(s.doc);
    s.ready();
    duplicateBoard(s.doc, s.g.boardId, 'Copy', s.clock);
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});
