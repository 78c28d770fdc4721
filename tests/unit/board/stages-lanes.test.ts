import { describe, expect, it } from 'vitest';
import {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  renameLane,
  renameStage,
  resizeStage,
} from '../../../shared/doc';
import { DEFAULT_STAGE_WIDTH, LANE_TITLES, STAGE_MIN_WIDTH, StageSchema } from '../../../shared/model';
import { peerOf, snapshotOf, sync } from '../doc/helpers';
import { boardSetup, laneIdsOf, stageIdsOf } from './setup';

const stage = (s: ReturnType<typeof boardSetup>, id: string) => snapshotOf(s.doc).stages.find((x) => x.id === id);
const lane = (s: ReturnType<typeof boardSetup>, id: string) => snapshotOf(s.doc).lanes.find((x) => x.id === id);

describe('stages', () => {
  it('addStage appends a stage of the default width, or puts it before a given stage', () => {
    const s = boardSetup();
    const start = s.g.stages.map((x) => x.id);
    const last = addStage(s.doc, s.g.boardId, 'Onboarding', null, s.clock)!;
    const second = addStage(s.doc, s.g.boardId, 'Research', start[1]!, s.clock)!;
    const first = addStage(s.doc, s.g.boardId, 'Trigger', start[0]!, s.clock)!;
    expect(stageIdsOf(s.doc, s.g.boardId)).toEqual([first, start[0], second, ...start.slice(1), last]);
    expect(stage(s, second)).toMatchObject({ boardId: s.g.boardId, title: 'Research', width: DEFAULT_STAGE_WIDTH });
  });

  it('addStage before a stage of another board puts it at the end of its own board', () => {
    const s = boardSetup('sample');
    const other = boardSetup();
    const id = addStage(s.doc, s.g.boardId, 'X', other.g.stages[0]!.id, s.clock)!;
    expect(stageIdsOf(s.doc, s.g.boardId).at(-1)).toBe(id);
  });

  it('renameStage changes the title only', () => {
    const s = boardSetup();
    const id = s.g.stages[2]!.id;
    expect(renameStage(s.doc, id, 'Checkout', s.clock)).toBe(true);
    expect(stage(s, id)).toEqual({ ...s.g.stages[2], title: 'Checkout' });
  });

  it('resizeStage rounds and clamps the width to what the file format allows', () => {
    const s = boardSetup();
    const id = s.g.stages[0]!.id;
    const widthAfter = (w: number) => {
      expect(resizeStage(s.doc, id, w, s.clock)).toBe(true);
      return stage(s, id)?.width;
    };
    expect(widthAfter(333.6)).toBe(334);
    expect(widthAfter(12)).toBe(STAGE_MIN_WIDTH);
    expect(widthAfter(-50)).toBe(STAGE_MIN_WIDTH);
    expect(widthAfter(99_999)).toBe(4000);
    // 4000 is the schema's own limit: the stage is still a valid record.
    expect(StageSchema.safeParse(stage(s, id)).success).toBe(true);
  });

  it('moveStage puts a stage before another, or last', () => {
    const s = boardSetup();
    const [a, b, c, d, e] = s.g.stages.map((x) => x.id) as [string, string, string, string, string];
    expect(moveStage(s.doc, e, b, s.clock)).toBe(true);
    expect(stageIdsOf(s.doc, s.g.boardId)).toEqual([a, e, b, c, d]);
    expect(moveStage(s.doc, a, null, s.clock)).toBe(true);
    expect(stageIdsOf(s.doc, s.g.boardId)).toEqual([e, b, c, d, a]);
    expect(moveStage(s.doc, d, e, s.clock)).toBe(true);
    expect(stageIdsOf(s.doc, s.g.boardId)).toEqual([d, e, b, c, a]);
  });

  it('a stage moves with its notes: they stay in it', () => {
    const s = boardSetup();
    const n = s.add(4, 'actions', 'advocacy note');
    moveStage(s.doc, s.g.stages[4]!.id, s.g.stages[0]!.id, s.clock);
    expect(s.note(n)!.stageId).toBe(s.g.stages[4]!.id);
  });

  it('moveStage still works next to two stages that peers added at the same moment', () => {
    const s = boardSetup();
    const peer = peerOf(s.doc);
    addStage(s.doc, s.g.boardId, 'Mine', null, s.clock);
    addStage(peer, s.g.boardId, 'Theirs', null, s.clock);
    sync(s.doc, peer);
    const order = stageIdsOf(s.doc, s.g.boardId);
    const [t1, t2] = order.slice(-2) as [string, string];
    // Both went "last" at once: they share an order key.
    expect(stage(s, t1)!.order).toBe(stage(s, t2)!.order);
    const first = order[0]!;
    expect(moveStage(s.doc, first, t2, s.clock)).toBe(true);
    const after = stageIdsOf(s.doc, s.g.boardId);
    // No key sorts between two equal keys: the stage goes before the tied pair, not to the far end.
    expect(after.indexOf(first)).toBeLessThan(after.indexOf(t2));
    expect(after.slice(0, 4)).toEqual(order.slice(1, 5));
  });

  it('deleteStage takes its notes and emotion points; one undo brings all of them back', () => {
    const s = boardSetup('sample');
    const target = s.g.stages[2]!.id;
    const before = snapshotOf(s.doc);
    expect(before.notes.some((n) => n.stageId === target)).toBe(true);
    expect(before.emotions.filter((e) => e.stageId === target)).toHaveLength(2);
    s.ready();
    expect(deleteStage(s.doc, target, s.clock)).toBe(true);
    const after = snapshotOf(s.doc);
    expect(after.stages.map((x) => x.id)).not.toContain(target);
    expect(after.notes.filter((n) => n.stageId === target)).toEqual([]);
    expect(after.emotions.filter((e) => e.stageId === target)).toEqual([]);
    // Everything else stays.
    expect(after.notes).toEqual(before.notes.filter((n) => n.stageId !== target));
    expect(after.emotions).toEqual(before.emotions.filter((e) => e.stageId !== target));
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});

describe('lanes', () => {
  it('addLane of a kind gets that kind’s title in the workspace language', () => {
    const s = boardSetup();
    const en = addLane(s.doc, s.g.boardId, 'goals', 'en', null, s.clock)!;
    const id = addLane(s.doc, s.g.boardId, 'painPoints', 'id', null, s.clock)!;
    const ru = addLane(s.doc, s.g.boardId, 'momentsOfTruth', 'ru', null, s.clock)!;
    expect(lane(s, en)).toMatchObject({ kind: 'goals', title: 'Goals', boardId: s.g.boardId });
    expect(lane(s, id)).toMatchObject({ kind: 'painPoints', title: 'Titik masalah' });
    expect(lane(s, ru)).toMatchObject({ kind: 'momentsOfTruth', title: 'Моменты истины' });
    expect(lane(s, ru)!.title).toBe(LANE_TITLES.ru.momentsOfTruth);
  });

  it('addLane appends, or goes before a given lane', () => {
    const s = boardSetup();
    const start = s.g.lanes.map((l) => l.id);
    const last = addLane(s.doc, s.g.boardId, 'custom', 'en', null, s.clock)!;
    const top = addLane(s.doc, s.g.boardId, 'goals', 'en', start[0]!, s.clock)!;
    const third = addLane(s.doc, s.g.boardId, 'insights', 'en', start[2]!, s.clock)!;
    expect(laneIdsOf(s.doc, s.g.boardId)).toEqual([top, start[0], start[1], third, ...start.slice(2), last]);
  });

  it('renameLane changes the title and keeps the kind', () => {
    const s = boardSetup();
    const l = s.g.lane('kpis');
    expect(renameLane(s.doc, l.id, 'Metrics', s.clock)).toBe(true);
    expect(lane(s, l.id)).toEqual({ ...l, title: 'Metrics' });
  });

  it('moveLane puts a lane before another, or last', () => {
    const s = boardSetup();
    const ids = s.g.lanes.map((l) => l.id);
    expect(moveLane(s.doc, ids[7]!, ids[0]!, s.clock)).toBe(true);
    expect(laneIdsOf(s.doc, s.g.boardId)).toEqual([ids[7], ...ids.slice(0, 7)]);
    expect(moveLane(s.doc, ids[7]!, null, s.clock)).toBe(true);
    expect(laneIdsOf(s.doc, s.g.boardId)).toEqual(ids);
    expect(moveLane(s.doc, ids[1]!, ids[4]!, s.clock)).toBe(true);
    expect(laneIdsOf(s.doc, s.g.boardId)).toEqual([ids[0], ids[2], ids[3], ids[1], ...ids.slice(4)]);
  });

  it('deleteLane takes its notes across every stage; one undo brings them back', () => {
    const s = boardSetup('sample');
    const target = s.g.lane('touchpoints').id;
    const before = snapshotOf(s.doc);
    expect(before.notes.filter((n) => n.laneId === target).length).toBeGreaterThan(1);
    s.ready();
    expect(deleteLane(s.doc, target, s.clock)).toBe(true);
    const after = snapshotOf(s.doc);
    expect(after.lanes.map((l) => l.id)).not.toContain(target);
    expect(after.notes).toEqual(before.notes.filter((n) => n.laneId !== target));
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
  });
});
