import * as Y from 'yjs';
import { LOAD_ORIGIN, applySnapshot, readSnapshot, type Clock } from '../../../shared/doc';
import { byOrder, newWorkspace, type Lane, type LaneKind, type Stage, type WorkspaceSnapshot } from '../../../shared/model';

export const NOW = '2025-03-01T09:00:00.000Z';

/** A clock that moves one second per reading, so every command writes a new, known time. */
export function tickingClock(start = NOW): Clock {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** A doc opened the way the app opens a file: the snapshot written with the load origin. */
export function loadedDoc(snapshot: WorkspaceSnapshot = newWorkspace('en', NOW), clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  applySnapshot(doc, snapshot, LOAD_ORIGIN);
  return doc;
}

/** A second peer that has received everything `doc` has. */
export function peerOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const peer = new Y.Doc();
  if (clientID !== undefined) peer.clientID = clientID;
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** Exchange everything both ways (what a provider's sync step does). */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

export function snapshotOf(doc: Y.Doc): WorkspaceSnapshot {
  const snapshot = readSnapshot(doc);
  if (!snapshot) throw new Error('doc has no workspace');
  return snapshot;
}

export interface JourneyGrid {
  boardId: string;
  stages: Stage[];
  lanes: Lane[];
  lane(kind: LaneKind): Lane;
  /** The cell at a stage and lane index, as commands take it. */
  cellOf(stage: number, lane: number): { boardId: string; stageId: string; laneId: string };
}

/** The first journey board's stages (left to right) and lanes (top to bottom). */
export function grid(doc: Y.Doc, boardIndex = 0): JourneyGrid {
  const snapshot = snapshotOf(doc);
  const board = snapshot.boards.filter((b) => b.kind === 'journey')[boardIndex];
  if (!board) throw new Error('no journey board');
  const lanes = snapshot.lanes.filter((l) => l.boardId === board.id).sort(byOrder);
  return {
    boardId: board.id,
    stages: snapshot.stages.filter((s) => s.boardId === board.id).sort(byOrder),
    lanes,
    cellOf(stage, lane) {
      return { boardId: board.id, stageId: this.stages[stage]!.id, laneId: lanes[lane]!.id };
    },
    lane(kind) {
      const lane = lanes.find((l) => l.kind === kind);
      if (!lane) throw new Error(`no ${kind} lane`);
      return lane;
    },
  };
}

/** Ids of the notes of one cell, top to bottom. */
export function cellIds(doc: Y.Doc, stageId: string, laneId: string): string[] {
  return snapshotOf(doc)
    .notes.filter((n) => n.stageId === stageId && n.laneId === laneId)
    .sort(byOrder)
    .map((n) => n.id);
}

/** Count transactions and updates a piece of code makes on a doc. */
export function countTransactions(doc: Y.Doc, fn: () => void): { transactions: number; updates: number; origins: unknown[] } {
  let transactions = 0;
  let updates = 0;
  const origins: unknown[] = [];
  const onTx = (tr: Y.Transaction) => {
    transactions++;
    origins.push(tr.origin);
  };
  const onUpdate = () => {
    updates++;
  };
  doc.on('afterTransaction', onTx);
  doc.on('update', onUpdate);
  try {
    fn();
  } finally {
    doc.off('afterTransaction', onTx);
    doc.off('update', onUpdate);
  }
  return { transactions, updates, origins };
}

/** True when a string has no lone UTF-16 surrogate (a broken emoji) and no U+FFFD Yjs puts in their place. */
export function isWellFormedText(s: string): boolean {
  if (s.includes('\uFFFD')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
