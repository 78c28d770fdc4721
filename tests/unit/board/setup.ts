import type * as Y from 'yjs';
import { addNote, createUndoManager } from '../../../shared/doc';
import { byOrder, newWorkspace, sampleWorkspace, type LaneKind, type WorkspaceSnapshot } from '../../../shared/model';
import { NOW, cellIds, grid, loadedDoc, snapshotOf, tickingClock } from '../doc/helpers';

/**
 * A loaded workspace with an undo manager, and short ways to add and read notes by
 * (stage index, lane kind). `sample` is the electronics-shop sample (two personas with
 * emotion curves); the default is a new, empty 5-stage journey.
 */
export function boardSetup(kind: 'new' | 'sample' = 'new') {
  const snapshot: WorkspaceSnapshot = kind === 'sample' ? sampleWorkspace('en', NOW) : newWorkspace('en', NOW);
  const doc = loadedDoc(snapshot);
  const g = grid(doc);
  const clock = tickingClock();
  const undo = createUndoManager(doc);
  const cell = (stage: number, lane: LaneKind) => ({ boardId: g.boardId, stageId: g.stages[stage]!.id, laneId: g.lane(lane).id });
  const add = (stage: number, lane: LaneKind, text = '') => {
    const id = addNote(doc, { ...cell(stage, lane), text, author: 'Ana' }, clock);
    if (!id) throw new Error('addNote refused');
    return id;
  };
  const ids = (stage: number, lane: LaneKind) => cellIds(doc, g.stages[stage]!.id, g.lane(lane).id);
  const note = (id: string) => snapshotOf(doc).notes.find((n) => n.id === id);
  /** Forget the arranging edits, so the next command is the first undo step. */
  const ready = () => undo.clear();
  return { snapshot, doc, g, clock, undo, cell, add, ids, note, ready };
}

export type BoardSetup = ReturnType<typeof boardSetup>;

export function stageIdsOf(doc: Y.Doc, boardId: string): string[] {
  return snapshotOf(doc).stages.filter((s) => s.boardId === boardId).sort(byOrder).map((s) => s.id);
}

export function laneIdsOf(doc: Y.Doc, boardId: string): string[] {
  return snapshotOf(doc).lanes.filter((l) => l.boardId === boardId).sort(byOrder).map((l) => l.id);
}

export function boardIdsOf(doc: Y.Doc): string[] {
  return [...snapshotOf(doc).boards].sort(byOrder).map((b) => b.id);
}
