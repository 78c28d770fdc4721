/**
 * Journals and merges at the Yjs level: what crash recovery and File ▸ Merge… need from the doc.
 * (The renderer reaches Yjs only through shared/doc; these are the helpers for whole states.)
 */
import * as Y from 'yjs';
import { COLLECTIONS, type WorkspaceSnapshot } from '../model';
import { collectionMap, newRecordMap } from './ydoc';

/** Calls `listener` with every update the doc emits; returns the unsubscribe function. */
export function onDocUpdate(doc: Y.Doc, listener: (update: Uint8Array, origin: unknown) => void): () => void {
  doc.on('update', listener);
  return () => doc.off('update', listener);
}

/** A doc holding the updates (a journal's records, in order). Throws on a damaged update. */
export function docFromUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  // One merged update applies in one pass, and a missing dependency cannot leave items pending.
  Y.applyUpdate(doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates]));
  return doc;
}

/**
 * Merge `source` (another copy of this workspace, e.g. one a sync client put on disk) into
 * `target` through their Yjs histories: each side's edits are kept exactly once. Returns whether
 * the target changed.
 */
export function mergeDocState(target: Y.Doc, source: Y.Doc, origin: unknown): boolean {
  const missing = Y.encodeStateAsUpdate(source, Y.encodeStateVector(target));
  const before = Y.encodeStateVector(target);
  Y.applyUpdate(target, missing, origin);
  const after = Y.encodeStateVector(target);
  return before.length !== after.length || before.some((byte, i) => byte !== after[i]);
}

/**
 * Merge a workspace that has no usable Yjs history (hand-made, or its history was damaged) by
 * record ids: records it has that `target` lacks are added; records both have keep `target`'s
 * version. Returns how many records were added.
 */
export function mergeSnapshotByIds(target: Y.Doc, snapshot: WorkspaceSnapshot, origin: unknown): number {
  let added = 0;
  target.transact(() => {
    for (const collection of COLLECTIONS) {
      const map = collectionMap(target, collection);
      for (const record of snapshot[collection]) {
        if (map.has(record.id)) continue;
        map.set(record.id, newRecordMap(collection, record as Record<string, unknown>));
        added++;
      }
    }
  }, origin);
  return added;
}
