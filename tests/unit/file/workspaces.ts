import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins';
import { applySnapshot, readSnapshot } from '../../../shared/doc/ydoc';
import { serializeWorkspace } from '../../../shared/file';
import { makeNote, newWorkspace, ordersBetween, sampleWorkspace, type Note, type WorkspaceSnapshot } from '../../../shared/model';

/** Test data for the file tests (not a test file itself). */

export const NOW = '2025-05-01T09:00:00.000Z';
export const APP_VERSION = '0.1.0';

export function docOf(snapshot: WorkspaceSnapshot): Y.Doc {
  const doc = new Y.Doc();
  applySnapshot(doc, snapshot, LOCAL_ORIGIN);
  return doc;
}

export function sampleDoc(): Y.Doc {
  return docOf(sampleWorkspace('en', NOW));
}

/** A new 5-stage workspace with `count` notes spread evenly over its 40 cells. */
export function workspaceWithNotes(count: number): WorkspaceSnapshot {
  const workspace = newWorkspace('en', NOW);
  const board = workspace.boards[0]!;
  const cells = workspace.stages.flatMap((stage) => workspace.lanes.map((lane) => ({ stage, lane })));
  const perCell = Math.ceil(count / cells.length);
  const orders = ordersBetween(null, null, perCell);
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const { stage, lane } = cells[i % cells.length]!;
    notes.push(
      makeNote({
        boardId: board.id,
        stageId: stage.id,
        laneId: lane.id,
        laneKind: lane.kind,
        order: orders[Math.floor(i / cells.length)]!,
        text: `Note ${i}: ${lane.title} in ${stage.title} — “quoted”, ünïcödé, ёжик, 👍`,
        author: i % 3 === 0 ? 'Ana' : 'Budi',
        now: NOW,
      }),
    );
  }
  return { ...workspace, notes };
}

/**
 * The sample workspace with a real editing history: two peers edit apart (typing, moving,
 * deleting) and merge, so the state has several clients and a delete set.
 */
export function sampleDocWithHistory(): Y.Doc {
  const a = sampleDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const notesA = a.getMap<Y.Map<unknown>>('notes');
  const notesB = b.getMap<Y.Map<unknown>>('notes');
  const ids = [...notesA.keys()].sort();
  a.transact(() => {
    (notesA.get(ids[0]!)!.get('text') as Y.Text).insert(0, 'Ana: ');
    notesA.get(ids[1]!)!.set('color', 'green');
  }, LOCAL_ORIGIN);
  b.transact(() => {
    (notesB.get(ids[0]!)!.get('text') as Y.Text).insert(3, '[b]');
    notesB.delete(ids[2]!);
    b.getMap('meta').set('title', 'Edited by Budi');
  }, LOCAL_ORIGIN);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  return a;
}

export function save(doc: Y.Doc, extras?: Record<string, unknown>, now = new Date(NOW)): string {
  return serializeWorkspace(doc, { appVersion: APP_VERSION, now, ...(extras ? { extras } : {}) });
}

export function snapshotOf(doc: Y.Doc): WorkspaceSnapshot {
  const snapshot = readSnapshot(doc);
  if (!snapshot) throw new Error('doc holds no workspace');
  return snapshot;
}

/** The file's JSON, for tests that edit a saved file the way a person or another tool would. */
export function parseFile(text: string): Record<string, unknown> & { snapshot: WorkspaceSnapshot; yjs: string } {
  return JSON.parse(text) as Record<string, unknown> & { snapshot: WorkspaceSnapshot; yjs: string };
}

/** A seeded PRNG (mulberry32), so "random" tests fail the same way every time. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
