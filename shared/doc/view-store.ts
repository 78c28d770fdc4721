import { produce, type Draft } from 'immer';
import * as Y from 'yjs';
import { COLLECTIONS, type Collection, type RecordOf, type WorkspaceMeta, type WorkspaceSnapshot } from '../model';
import { settleSnapshot } from './repair-rules';
import { keepRepaired, type RepairReport } from './repairer';
import { collectionMap, metaMap, readMeta, readRecord, readSnapshot, sortSnapshot } from './ydoc';

/**
 * The view: an immutable picture of the doc for React. Each transaction replaces only the
 * records it touched (immer structural sharing), so a memoized component per record
 * re-renders only when its own record changed.
 */
export type RecordTable<C extends Collection> = { readonly [id: string]: RecordOf[C] };

export interface WorkspaceView {
  readonly meta: WorkspaceMeta | null;
  readonly boards: RecordTable<'boards'>;
  readonly stages: RecordTable<'stages'>;
  readonly lanes: RecordTable<'lanes'>;
  readonly notes: RecordTable<'notes'>;
  readonly personas: RecordTable<'personas'>;
  readonly emotions: RecordTable<'emotions'>;
}

export interface ViewStore {
  getView(): WorkspaceView;
  /**
   * Repairs this peer wrote back since the view was made (docs/RELIABILITY.md): the UI can say
   * "records a peer left damaged were repaired" instead of hiding anything.
   */
  repairs(): RepairReport;
  /** Called after each repair written back. */
  onRepair(listener: (report: RepairReport) => void): () => void;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** The view read from scratch: the repaired snapshot (`readSnapshot`), as tables. */
export function readView(doc: Y.Doc): WorkspaceView {
  const snapshot = readSnapshot(doc);
  if (snapshot) return viewOfSnapshot(snapshot);
  return { meta: null, boards: {}, stages: {}, lanes: {}, notes: {}, personas: {}, emotions: {} };
}

/** A view built from a snapshot already validated against the same schemas (no doc reads). */
export function viewOfSnapshot(snapshot: WorkspaceSnapshot): WorkspaceView {
  const table = <T extends { id: string }>(records: readonly T[]) => {
    const out: Record<string, T> = {};
    for (const record of records) out[record.id] = record;
    return out;
  };
  return {
    meta: snapshot.workspace,
    boards: table(snapshot.boards),
    stages: table(snapshot.stages),
    lanes: table(snapshot.lanes),
    notes: table(snapshot.notes),
    personas: table(snapshot.personas),
    emotions: table(snapshot.emotions),
  };
}

/**
 * `known`: the validated snapshot the doc holds exactly (just loaded from a file), so the first
 * view skips reading and re-validating every record — the bulk of opening a large workspace.
 */
export function createViewStore(doc: Y.Doc, known?: WorkspaceSnapshot): ViewStore {
  // Installed first, so that when this store reads after a transaction the repair of that
  // transaction is already in the doc (it writes from its own afterTransaction handler).
  const repairer = keepRepaired(doc);
  // A file's snapshot may still hold a note whose stage is gone (a hand-edited file): the
  // view shows it where readSnapshot does.
  let view = known ? viewOfSnapshot(settleSnapshot(known)) : readView(doc);
  const listeners = new Set<() => void>();
  const dirty = new Map<Collection, Set<string>>();
  let metaDirty = false;

  const observers = COLLECTIONS.map((collection) => {
    const map = collectionMap(doc, collection);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      let ids = dirty.get(collection);
      if (!ids) dirty.set(collection, (ids = new Set()));
      for (const event of events) {
        if (event.target === map) for (const key of event.changes.keys.keys()) ids.add(key);
        else {
          const id = event.path[0];
          if (typeof id === 'string') ids.add(id);
        }
      }
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });
  const onMeta = () => {
    metaDirty = true;
  };
  metaMap(doc).observeDeep(onMeta);

  const afterTransaction = () => {
    if (!metaDirty && dirty.size === 0) return;
    const next = produce(view, (draft) => {
      if (metaDirty) draft.meta = readMeta(doc) as Draft<WorkspaceMeta> | null;
      for (const [collection, ids] of dirty) {
        const table = draft[collection] as Record<string, unknown>;
        const map = collectionMap(doc, collection);
        for (const id of ids) {
          const record = readRecord(collection, id, map.get(id));
          if (record) table[id] = record;
          else delete table[id];
        }
      }
    });
    metaDirty = false;
    dirty.clear();
    if (next !== view) {
      view = next;
      for (const listener of [...listeners]) listener();
    }
  };
  doc.on('afterTransaction', afterTransaction);

  return {
    getView: () => view,
    repairs: () => ({ ...repairer.total }),
    onRepair: (listener) => repairer.onRepair(listener),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      repairer.destroy();
      for (const off of observers) off();
      metaMap(doc).unobserveDeep(onMeta);
      doc.off('afterTransaction', afterTransaction);
      listeners.clear();
    },
  };
}

/** The view as a readable snapshot (same records and order as `readSnapshot`), without touching the doc. */
export function snapshotOfView(view: WorkspaceView): WorkspaceSnapshot | null {
  if (!view.meta) return null;
  return sortSnapshot({
    workspace: view.meta,
    boards: Object.values(view.boards),
    stages: Object.values(view.stages),
    lanes: Object.values(view.lanes),
    notes: Object.values(view.notes),
    personas: Object.values(view.personas),
    emotions: Object.values(view.emotions),
  });
}
