import { produce, type Draft } from 'immer';
import * as Y from 'yjs';
import { COLLECTIONS, type Collection, type Note, type RecordOf, type WorkspaceMeta, type WorkspaceSnapshot } from '../model';
import { contextOf, DEFAULT_CONTEXT, repairRecordLoose, resolveWorkspace, allWellFormed, tablesOf, type RecordTables } from './repair-rules';
import { keepRepaired, type RepairReport } from './repairer';
import { collectionMap, metaMap, readMeta, readRecordFields, readSnapshot, readTables, sortSnapshot } from './ydoc';

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

/** Whether resolution changed nothing: every record resolves to itself. */
function sameTables(raw: RecordTables, resolved: RecordTables): boolean {
  for (const collection of COLLECTIONS) {
    const before = raw[collection] as Map<string, unknown>;
    const after = resolved[collection] as Map<string, unknown>;
    if (before.size !== after.size) return false;
    for (const [id, record] of after) if (before.get(id) !== record) return false;
  }
  return true;
}

function hasMisplaced(raw: RecordTables, resolved: RecordTables): boolean {
  for (const [id, note] of resolved.notes) if (raw.notes.get(id) !== note) return true;
  return false;
}

/** Whether resolution brought back a board, stage or lane the doc does not hold. */
function hasSynthetic(raw: RecordTables, resolved: RecordTables): boolean {
  for (const collection of ['boards', 'stages', 'lanes'] as const) for (const id of resolved[collection].keys()) if (!raw[collection].has(id)) return true;
  return false;
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
  // `known` (valid record by record) is used as it is only when nothing in it needs resolving;
  // a hand-edited file with a note whose stage is gone is repaired and read from the doc.
  const knownTables = known ? tablesOf(known) : null;
  const knownResolved = known && knownTables ? resolveWorkspace(knownTables, contextOf(known.workspace)) : null;
  const trusted = known !== undefined && knownTables !== null && knownResolved !== null && allWellFormed(known) && sameTables(knownTables, knownResolved);
  const repairer = keepRepaired(doc, trusted ? { initialPass: false, known: knownTables! } : {});
  // Each record as the doc holds it, repaired on its own; the view is these with references
  // resolved (repair-rules.ts), exactly what readSnapshot reads.
  let meta = trusted ? known.workspace : readMeta(doc);
  let ctx = meta ? contextOf(meta) : DEFAULT_CONTEXT;
  const raw: RecordTables = trusted ? knownTables! : readTables(doc, ctx).tables;
  let resolved = trusted ? knownResolved! : resolveWorkspace(raw, ctx);
  let view: WorkspaceView = {
    meta,
    boards: Object.fromEntries(resolved.boards),
    stages: Object.fromEntries(resolved.stages),
    lanes: Object.fromEntries(resolved.lanes),
    notes: Object.fromEntries(resolved.notes),
    personas: Object.fromEntries(resolved.personas),
    emotions: Object.fromEntries(resolved.emotions),
  };
  /** True while the view shows structure brought back for notes (not in the doc itself). */
  let synthetic = hasSynthetic(raw, resolved);
  /** True while some note is read in another cell than it names (its stage not received yet). */
  let misplaced = hasMisplaced(raw, resolved);
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

  /** A note that needs no resolution: on a journey board, in a stage and lane of it, tagging only personas that exist. */
  const placed = (note: Note) => {
    const v = view;
    return (
      v.boards[note.boardId]?.kind === 'journey' &&
      v.stages[note.stageId]?.boardId === note.boardId &&
      v.lanes[note.laneId]?.boardId === note.boardId &&
      (note.personaIds ?? []).every((p) => v.personas[p] !== undefined)
    );
  };

  /**
   * A changed board, stage, lane or persona that resolves to itself and changes nothing other
   * records resolve against (a rename, a resize, a move, typing into a persona): no full pass.
   */
  const sameShape = (collection: Collection, id: string): boolean => {
    if (collection === 'emotions') return true;
    if (collection === 'notes') return true;
    const before = view[collection][id] as { boardId?: string; kind?: string; personaIds?: readonly string[] } | undefined;
    const after = raw[collection].get(id) as { boardId?: string; kind?: string; personaIds?: readonly string[] } | undefined;
    // Added or removed; or notes are read elsewhere than they point (they follow the first stage).
    if (!before || !after || synthetic || misplaced) return false;
    if (before.boardId !== after.boardId || before.kind !== after.kind) return false;
    if (collection === 'boards' && (after.personaIds ?? []).some((p) => view.personas[p] === undefined)) return false;
    return true;
  };

  const afterTransaction = () => {
    if (!metaDirty && dirty.size === 0) return;
    let full = false;
    if (metaDirty) {
      const nextMeta = readMeta(doc);
      const nextCtx = nextMeta ? contextOf(nextMeta) : DEFAULT_CONTEXT;
      // Defaults and the titles of recovered structure follow the locale: read everything again.
      if (nextCtx.locale !== ctx.locale || nextCtx.createdAt !== ctx.createdAt) {
        ctx = nextCtx;
        const fresh = readTables(doc, ctx).tables;
        for (const collection of COLLECTIONS) (raw as Record<Collection, unknown>)[collection] = fresh[collection];
        full = true;
      }
      meta = nextMeta;
    }
    for (const [collection, ids] of dirty) {
      const table = raw[collection] as Map<string, RecordOf[typeof collection]>;
      const map = collectionMap(doc, collection);
      for (const id of ids) {
        const record = map.get(id);
        const value = record instanceof Y.Map ? repairRecordLoose(collection, id, readRecordFields(record), ctx) : null;
        if (value) table.set(id, value);
        else table.delete(id);
      }
      if (collection !== 'notes' && ids.size) for (const id of ids) if (!sameShape(collection, id)) full = true;
    }
    // Emotion points resolve among themselves (one per curve and stage), against structure only.
    const emotionsOnly = !full && (dirty.get('emotions')?.size ?? 0) > 0;
    const dirtyNotes = dirty.get('notes');
    if (!full && dirtyNotes) {
      if (synthetic || misplaced) full = true;
      else for (const id of dirtyNotes) if (raw.notes.has(id) && !placed(raw.notes.get(id)!)) full = true;
    }
    const next = produce(view, (draft) => {
      if (metaDirty) draft.meta = meta as Draft<WorkspaceMeta> | null;
      if (full) {
        resolved = resolveWorkspace(raw, ctx);
        synthetic = hasSynthetic(raw, resolved);
        misplaced = hasMisplaced(raw, resolved);
        for (const collection of COLLECTIONS) {
          const table = draft[collection] as Record<string, unknown>;
          const wanted = resolved[collection] as Map<string, unknown>;
          for (const id of Object.keys(table)) if (!wanted.has(id)) delete table[id];
          for (const [id, record] of wanted) if (view[collection][id] !== record) table[id] = record;
        }
        return;
      }
      for (const collection of ['boards', 'stages', 'lanes', 'personas'] as const) {
        const table = draft[collection] as Record<string, unknown>;
        for (const id of dirty.get(collection) ?? []) {
          const record = raw[collection].get(id);
          if (record) table[id] = record;
          else delete table[id];
        }
      }
      if (emotionsOnly) {
        const points = resolveWorkspace({ ...raw, notes: new Map() }, ctx).emotions;
        const table = draft.emotions as Record<string, unknown>;
        for (const id of Object.keys(table)) if (!points.has(id)) delete table[id];
        for (const [id, point] of points) if (view.emotions[id] !== point) table[id] = point;
      }
      const table = draft.notes as Record<string, unknown>;
      for (const id of dirtyNotes ?? []) {
        const record = raw.notes.get(id);
        if (record) table[id] = record;
        else delete table[id];
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
