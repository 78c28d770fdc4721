import * as Y from 'yjs';
import { applySnapshot, createUndoManager, createViewStore, LOAD_ORIGIN, type ViewStore } from '../../../shared/doc';
import type { WorkspaceSnapshot } from '../../../shared/model';

/**
 * The renderer's one adapter to Yjs itself: everything else reaches the doc through shared/doc.
 * One open workspace: its doc (the single source of truth), this user's undo history and
 * the immutable view React draws. Replaced whole when another file is opened.
 */
export class WorkspaceSession {
  readonly undo: Y.UndoManager;
  readonly view: ViewStore;
  private changeListeners = new Set<() => void>();

  constructor(
    readonly doc: Y.Doc,
    /** Unknown top-level fields of the opened file, written back on save. */
    readonly extras: Record<string, unknown> = {},
    /** The validated snapshot the doc was just made to hold (opening a file): the first view comes from it. */
    known?: WorkspaceSnapshot,
  ) {
    this.undo = createUndoManager(doc);
    this.view = createViewStore(doc, known);
    doc.on('update', this.onUpdate);
  }

  /** A workspace with nothing in it yet (joining a room: the room fills it). */
  static empty(): WorkspaceSession {
    return new WorkspaceSession(new Y.Doc());
  }

  static fromSnapshot(snapshot: WorkspaceSnapshot): WorkspaceSession {
    const doc = new Y.Doc();
    applySnapshot(doc, snapshot, LOAD_ORIGIN);
    return new WorkspaceSession(doc, {});
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN) return;
    for (const listener of this.changeListeners) listener();
  };

  /** Called on every change that makes the workspace differ from what was loaded or saved. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.undo.destroy();
    this.view.destroy();
    this.doc.destroy();
  }
}
