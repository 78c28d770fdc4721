import * as Y from 'yjs';
import { COLLECTIONS } from '../model';
import { LOCAL_ORIGIN } from './origins';
import { collectionMap, metaMap } from './ydoc';

/**
 * Undo covers this user's own edits only: remote and load changes are never undoable.
 * Edits closer together than `captureTimeout` merge into one step, unless a gesture ends
 * with `stopCapturing()`.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([metaMap(doc), ...COLLECTIONS.map((c) => collectionMap(doc, c))], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 400,
  });
}
