import { describe, expect, it } from 'vitest';
import {
  LOCAL_ORIGIN,
  addJourneyBoard,
  addLane,
  addPersonaBoard,
  addStage,
  deleteBoard,
  deleteEmotion,
  deleteLane,
  deleteStage,
  duplicateBoard,
  duplicateNotes,
  insertNotes,
  moveBoard,
  moveLane,
  moveNotes,
  moveStage,
  renameLane,
  renameStage,
  resizeStage,
  setBoardGoal,
  setEmotion,
  updateNotes,
} from '../../../shared/doc';
import { countTransactions, snapshotOf } from '../doc/helpers';
import { boardSetup, type BoardSetup } from './setup';

const GONE = 'goneRecord';
const content = { text: 'x', color: 'yellow', width: 160, height: 110 } as const;

/** Commands aimed at something a peer just deleted (or never existed), and what they must return. */
const cases: [string, (s: BoardSetup, note: string) => unknown, unknown][] = [
  ['moveNotes: notes gone', (s) => moveNotes(s.doc, [GONE], s.cell(1, 'actions'), s.clock), 0],
  ['moveNotes: stage gone', (s, note) => moveNotes(s.doc, [note], { ...s.cell(1, 'actions'), stageId: GONE }, s.clock), 0],
  ['moveNotes: lane gone', (s, note) => moveNotes(s.doc, [note], { ...s.cell(1, 'actions'), laneId: GONE }, s.clock), 0],
  ['insertNotes: stage gone', (s) => insertNotes(s.doc, [content], { ...s.cell(0, 'actions'), stageId: GONE }, 'Ana', s.clock), []],
  ['insertNotes: lane gone', (s) => insertNotes(s.doc, [content], { ...s.cell(0, 'actions'), laneId: GONE }, 'Ana', s.clock), []],
  ['insertNotes: board gone', (s) => insertNotes(s.doc, [content], { ...s.cell(0, 'actions'), boardId: GONE }, 'Ana', s.clock), []],
  ['insertNotes: nothing to insert', (s) => insertNotes(s.doc, [], s.cell(0, 'actions'), 'Ana', s.clock), []],
  ['duplicateNotes', (s) => duplicateNotes(s.doc, [GONE], 'Ana', s.clock), []],
  ['updateNotes', (s) => updateNotes(s.doc, [GONE], { color: 'red' }, s.clock), 0],
  ['addStage', (s) => addStage(s.doc, GONE, 'Stage', null, s.clock), null],
  ['renameStage', (s) => renameStage(s.doc, GONE, 'x', s.clock), false],
  ['resizeStage', (s) => resizeStage(s.doc, GONE, 300, s.clock), false],
  ['moveStage', (s) => moveStage(s.doc, GONE, null, s.clock), false],
  ['deleteStage', (s) => deleteStage(s.doc, GONE, s.clock), false],
  ['addLane', (s) => addLane(s.doc, GONE, 'actions', 'en', null, s.clock), null],
  ['renameLane', (s) => renameLane(s.doc, GONE, 'x', s.clock), false],
  ['moveLane', (s) => moveLane(s.doc, GONE, null, s.clock), false],
  ['deleteLane', (s) => deleteLane(s.doc, GONE, s.clock), false],
  ['setBoardGoal', (s) => setBoardGoal(s.doc, GONE, 'goal', s.clock), false],
  ['moveBoard', (s) => moveBoard(s.doc, GONE, null, s.clock), false],
  ['deleteBoard', (s) => deleteBoard(s.doc, GONE, s.clock), false],
  ['duplicateBoard', (s) => duplicateBoard(s.doc, GONE, 'Copy', s.clock), null],
  ['setEmotion: stage gone', (s) => setEmotion(s.doc, { boardId: s.g.boardId, stageId: GONE }, { score: 1 }, s.clock), null],
  ['setEmotion: board gone', (s) => setEmotion(s.doc, { boardId: GONE, stageId: s.g.stages[0]!.id }, { score: 1 }, s.clock), null],
  ['deleteEmotion', (s) => deleteEmotion(s.doc, GONE, s.clock), false],
];

describe('commands aimed at something missing', () => {
  it.each(cases)('%s: refuses, changes nothing and sends no update', (_name, run, expected) => {
    const s = boardSetup('sample');
    const note = s.add(0, 'actions', 'mine');
    const before = snapshotOf(s.doc);
    s.ready();
    let result: unknown;
    const counted = countTransactions(s.doc, () => {
      result = run(s, note);
    });
    expect(result).toEqual(expected);
    expect(counted.updates).toBe(0);
    expect(snapshotOf(s.doc)).toEqual(before);
    expect(s.undo.canUndo()).toBe(false);
  });
});

describe('every board command is one local transaction', () => {
  const done: [string, (s: BoardSetup, note: string) => unknown][] = [
    ['moveNotes', (s, note) => moveNotes(s.doc, [note], s.cell(2, 'kpis'), s.clock)],
    ['insertNotes', (s, note) => insertNotes(s.doc, [content, content], { ...s.cell(0, 'actions'), afterNoteId: note }, 'Ana', s.clock)],
    ['duplicateNotes', (s, note) => duplicateNotes(s.doc, [note], 'Ana', s.clock)],
    ['updateNotes', (s, note) => updateNotes(s.doc, [note], { color: 'red' }, s.clock)],
    ['addStage', (s) => addStage(s.doc, s.g.boardId, 'New', s.g.stages[1]!.id, s.clock)],
    ['renameStage', (s) => renameStage(s.doc, s.g.stages[0]!.id, 'Renamed', s.clock)],
    ['resizeStage', (s) => resizeStage(s.doc, s.g.stages[0]!.id, 500, s.clock)],
    ['moveStage', (s) => moveStage(s.doc, s.g.stages[0]!.id, null, s.clock)],
    ['deleteStage', (s) => deleteStage(s.doc, s.g.stages[0]!.id, s.clock)],
    ['addLane', (s) => addLane(s.doc, s.g.boardId, 'goals', 'en', null, s.clock)],
    ['renameLane', (s) => renameLane(s.doc, s.g.lanes[0]!.id, 'Renamed', s.clock)],
    ['moveLane', (s) => moveLane(s.doc, s.g.lanes[0]!.id, null, s.clock)],
    ['deleteLane', (s) => deleteLane(s.doc, s.g.lanes[0]!.id, s.clock)],
    ['setBoardGoal', (s) => setBoardGoal(s.doc, s.g.boardId, 'Goal', s.clock)],
    ['addPersonaBoard', (s) => addPersonaBoard(s.doc, 'Personas', s.clock)],
    ['addJourneyBoard', (s) => addJourneyBoard(s.doc, 'buying3', 'ru', s.clock)],
    ['moveBoard', (s) => moveBoard(s.doc, s.g.boardId, null, s.clock)],
    ['deleteBoard', (s) => deleteBoard(s.doc, s.g.boardId, s.clock)],
    ['duplicateBoard', (s) => duplicateBoard(s.doc, s.g.boardId, 'Copy', s.clock)],
    ['setEmotion', (s) => setEmotion(s.doc, { boardId: s.g.boardId, stageId: s.g.stages[0]!.id }, { score: 1 }, s.clock)],
    ['deleteEmotion', (s) => deleteEmotion(s.doc, s.snapshot.emotions[0]!.id, s.clock)],
  ];

  it.each(done)('%s: one transaction, one update, one undo step', (_name, run) => {
    const s = boardSetup('sample');
    const note = s.add(0, 'actions', 'mine');
    s.ready();
    const counted = countTransactions(s.doc, () => run(s, note));
    expect(counted).toEqual({ transactions: 1, updates: 1, origins: [LOCAL_ORIGIN] });
    expect(s.undo.undoStack).toHaveLength(1);
  });
});
