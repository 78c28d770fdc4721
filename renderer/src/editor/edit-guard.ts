import * as Y from 'yjs';
import { COLLECTIONS, type Collection } from '../../../shared/model';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins';
import { collectionMap, metaMap } from '../../../shared/doc/ydoc';
import type { WorkspaceView } from '../../../shared/doc';

/** One record an edit (or an undo/redo step) added, changed or removed. */
export interface TouchedRecord {
  collection: Collection;
  id: string;
}

/**
 * A veto over edits, consulted for every edit, gesture frame, undo and redo (facilitation's
 * locks). `check` gets what changed with the view before and after, and returns true to
 * refuse (it tells the user why); the change is then taken back as if it never happened.
 */
export interface EditGuard {
  /** Cheap: whether anything can be refused now (no locks: edits run unwatched). */
  active(): boolean;
  check(touched: readonly TouchedRecord[], before: WorkspaceView, after: WorkspaceView): boolean;
}

/** A shared type as Yjs names it in `transaction.changed`. */
type YType = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;

/** The records a transaction touched: collection keys, a record's fields, text inside a field. */
export function touchedRecords(doc: Y.Doc, transaction: Y.Transaction): TouchedRecord[] {
  const tops = new Map<YType, Collection>(COLLECTIONS.map((c) => [collectionMap(doc, c) as unknown as YType, c]));
  const out = new Map<string, TouchedRecord>();
  const add = (collection: Collection, id: string | null | undefined) => {
    if (id) out.set(`${collection}\u0000${id}`, { collection, id });
  };
  transaction.changed.forEach((keys, type) => {
    const top = tops.get(type);
    if (top) return keys.forEach((key) => add(top, key));
    let child: YType = type;
    while (child._item) {
      const parent = child._item.parent as YType;
      const collection = tops.get(parent);
      if (collection) return add(collection, child._item.parentSub);
      child = parent;
    }
  });
  return [...out.values()];
}

/** Run `fn` (an edit made with LOCAL_ORIGIN, or an undo/redo when `origin` says so) and collect what it touched. */
function watch<T>(doc: Y.Doc, origins: readonly unknown[], fn: () => T): { result: T; touched: TouchedRecord[] } {
  const touched = new Map<string, TouchedRecord>();
  const onAfter = (transaction: Y.Transaction) => {
    if (!origins.includes(transaction.origin)) return;
    for (const r of touchedRecords(doc, transaction)) touched.set(`${r.collection}\u0000${r.id}`, r);
  };
  doc.on('afterTransaction', onAfter);
  try {
    return { result: fn(), touched: [...touched.values()] };
  } finally {
    doc.off('afterTransaction', onAfter);
  }
}

/**
 * An edit under the guard. A refused edit is taken back at once (a private undo manager
 * records it), and the session's undo history is left as it was before: no new step, the
 * redo steps kept. Inside an open gesture step only this frame is taken back.
 */
export function guardedEdit<T>(doc: Y.Doc, undo: Y.UndoManager, guard: EditGuard | null, view: () => WorkspaceView, fn: () => T): T {
  if (!guard?.active()) return fn();
  const before = view();
  const probe = new Y.UndoManager([metaMap(doc), ...COLLECTIONS.map((c) => collectionMap(doc, c))], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: Number.POSITIVE_INFINITY,
  });
  const undoDepth = undo.undoStack.length;
  const redoSteps = [...undo.redoStack];
  try {
    const { result, touched } = watch(doc, [LOCAL_ORIGIN], fn);
    if (touched.length > 0 && guard.check(touched, before, view())) {
      while (probe.canUndo()) probe.undo();
      // A step this edit began holds only this edit: drop it (a step begun earlier keeps its frames).
      undo.undoStack.length = Math.min(undo.undoStack.length, undoDepth);
      undo.redoStack.splice(0, undo.redoStack.length, ...redoSteps);
    }
    return result;
  } finally {
    probe.destroy();
  }
}

/** Undo or redo one step under the guard: a refused step is put straight back (redo after undo, undo after redo). */
export function guardedStep(doc: Y.Doc, undo: Y.UndoManager, guard: EditGuard | null, view: () => WorkspaceView, direction: 'undo' | 'redo'): void {
  const step = () => (direction === 'undo' ? undo.undo() : undo.redo());
  if (!guard?.active()) return void step();
  const before = view();
  const { result, touched } = watch(doc, [undo], step);
  if (result && touched.length > 0 && guard.check(touched, before, view())) {
    if (direction === 'undo') undo.redo();
    else undo.undo();
  }
}
