import * as Y from 'yjs';
import { COLLECTIONS, type Collection, type RecordOf } from '../model';
import { REPAIR_ORIGIN } from './origins';
import { contextOf, repairMeta, repairRecordLoose, resolveWorkspace, type RecordTables } from './repair-rules';
import { collectionMap, isEmptyDoc, metaFields, metaMap, newRecordMap, readRecordFields, TEXT_FIELDS, writeField } from './ydoc';

/**
 * Writing the repairs back (docs/RELIABILITY.md). Every peer reads the doc through the same
 * rules (repair-rules.ts), so reads agree without any writing; writing the result back keeps
 * the doc and the readable snapshot of a saved file equal, and lets commands see valid records.
 *
 * Why this converges and never loops: a repair is a function of the doc state alone, so
 * peers that hold the same state write the same values; writes to the same key of a Y.Map
 * resolve to one of them, all equal; a repaired doc needs no repair, so nothing is written
 * again. Peers at different states may write different values; the merged state is then
 * repaired once more, and the process ends when edits stop.
 *
 * A reference is only rewritten once it is settled: the record it names exists (on another
 * board) or is known deleted (this peer saw it and its deletion). A record this peer has not
 * received yet may still arrive (updates from different peers arrive in any order): such a
 * note is read in its board's first cell but keeps its reference in the doc, so it lands in
 * its own cell when the stage arrives, instead of being moved there for everyone.
 */

/** What one repair wrote. */
export interface RepairReport {
  /** Fields given their default or made valid (a removed `modifiedAt`, a too-long title, a lone surrogate). */
  fields: number;
  /** Notes moved to a visible cell because their stage, lane or board was deleted. */
  moved: number;
  /** Boards, stages and lanes brought back for notes that still pointed at them. */
  recovered: number;
  /** Records dropped: dangling emotion points and stages, records a peer left unreadable. */
  dropped: number;
}

const STRUCTURE: readonly Collection[] = ['boards', 'stages', 'lanes', 'personas', 'emotions'];
/** Fields whose change can leave other records dangling. */
const STRUCTURE_FIELDS = new Set(['id', 'boardId', 'kind']);
const REFERENCE_FIELDS = new Set(['boardId', 'stageId', 'laneId', 'personaIds', 'personaId']);

/** Any shared type (Yjs's own generic parameter is the event type). */
type AnyType = Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- internal, never at a boundary

const emptyReport = (): RepairReport => ({ fields: 0, moved: 0, recovered: 0, dropped: 0 });

/** True when this peer saw the record with this id and its deletion. */
function knownDeleted(map: Y.Map<Y.Map<unknown>>, id: string): boolean {
  const item = (map as unknown as { _map: Map<string, { deleted: boolean }> })._map.get(id);
  return item !== undefined && item.deleted;
}

/** A reference that waiting will not change: none, a record that exists, or one known deleted. */
function settled(doc: Y.Doc, collection: Collection, id: unknown): boolean {
  if (typeof id !== 'string') return true;
  const map = collectionMap(doc, collection);
  return map.get(id) !== undefined || knownDeleted(map, id);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The stored value as JSON, lone surrogates and all (plain() in ydoc.ts, without the cleaning). */
function stored(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/**
 * Repair the doc in one transaction (`origin`, never recorded for undo). `notes`: the note ids
 * to look at; all when absent. Boards, stages, lanes, personas and emotion points are always
 * all looked at (a workspace holds few of them).
 */
export function repairDoc(doc: Y.Doc, notes?: ReadonlySet<string>, origin: unknown = REPAIR_ORIGIN, cache?: ReadCache): RepairReport {
  const report = emptyReport();
  if (isEmptyDoc(doc)) return report;
  doc.transact(() => {
    // Records brought back or dropped can leave others to repair: go again (a few rounds at most).
    for (let round = 0; round < 3; round++) {
      const structural = repairOnce(doc, round === 0 ? notes : undefined, report, round === 0 ? cache : undefined);
      if (!structural) break;
    }
  }, origin);
  return report;
}

/** One pass; true when it added or removed structure (another pass may then find more). */
function repairOnce(doc: Y.Doc, noteIds: ReadonlySet<string> | undefined, report: RepairReport, cache: ReadCache | undefined): boolean {
  const meta = metaMap(doc);
  const rawMeta = metaFields(doc);
  const workspace = repairMeta(rawMeta);
  for (const [key, value] of Object.entries(workspace)) {
    if (!jsonEqual(stored(meta.get(key)), value)) {
      meta.set(key, value);
      report.fields++;
    }
  }
  for (const key of [...meta.keys()]) {
    if (!Object.hasOwn(workspace, key)) {
      meta.delete(key);
      report.fields++;
    }
  }
  const ctx = contextOf(workspace);

  const tables = { boards: new Map(), stages: new Map(), lanes: new Map(), notes: new Map(), personas: new Map(), emotions: new Map() } as RecordTables;
  const raw = new Map<Collection, Map<string, Record<string, unknown>>>();
  for (const collection of COLLECTIONS) {
    const map = collectionMap(doc, collection);
    const ids = collection === 'notes' && noteIds ? [...noteIds].filter((id) => map.has(id)) : [...map.keys()];
    const fieldsOf = new Map<string, Record<string, unknown>>();
    raw.set(collection, fieldsOf);
    const table = tables[collection] as Map<string, RecordOf[typeof collection]>;
    for (const id of ids) {
      const record = map.get(id);
      const cached = record instanceof Y.Map ? cache?.get(record) : undefined;
      const fields = cached ? cached.fields : record instanceof Y.Map ? readRecordFields(record) : null;
      const value = (cached && cached.locale === ctx.locale && cached.createdAt === ctx.createdAt ? cached.value : fields ? repairRecordLoose(collection, id, fields, ctx) : null) as RecordOf[typeof collection] | null;
      if (record instanceof Y.Map && fields && value && !cached) cache?.set(record, { fields, value, locale: ctx.locale, createdAt: ctx.createdAt });
      if (!value) {
        // Unreadable (not a record, or its key is not an id): nothing can show it.
        map.delete(id);
        report.dropped++;
        continue;
      }
      fieldsOf.set(id, fields!);
      table.set(id, value);
    }
  }
  const resolved = resolveWorkspace(tables, ctx);
  let structural = false;

  // Notes first: which recovered records a settled note needs.
  const neededStructure = new Set<string>();
  const notesMap = collectionMap(doc, 'notes');
  for (const [id, note] of resolved.notes) {
    const before = raw.get('notes')!.get(id)!;
    const final =
      settled(doc, 'boards', before.boardId) &&
      settled(doc, 'stages', before.stageId) &&
      settled(doc, 'lanes', before.laneId) &&
      (Array.isArray(before.personaIds) ? before.personaIds : []).every((p) => settled(doc, 'personas', p));
    if (final) {
      neededStructure.add(`boards|${note.boardId}`).add(`stages|${note.stageId}`).add(`lanes|${note.laneId}`);
      if (before.stageId !== note.stageId || before.laneId !== note.laneId || before.boardId !== note.boardId) report.moved++;
    }
    // Valid as stored and unchanged by resolution: nothing to write (the common case).
    if ((note as unknown) === before) continue;
    writeRecord('notes', notesMap.get(id)!, before, note as unknown as Record<string, unknown>, final, report);
  }

  for (const collection of STRUCTURE) {
    const map = collectionMap(doc, collection);
    const wanted = resolved[collection] as Map<string, Record<string, unknown>>;
    const fieldsOf = raw.get(collection)!;
    for (const [id, before] of fieldsOf) {
      const want = wanted.get(id);
      if (want) continue;
      // Dropped by resolution: only once what it pointed at is settled (or it is a duplicate).
      const final = collection === 'emotions' ? pointDropIsFinal(doc, resolved, before) : settled(doc, 'boards', before.boardId);
      if (!final) continue;
      map.delete(id);
      report.dropped++;
      structural = true;
    }
    for (const [id, want] of wanted) {
      const before = fieldsOf.get(id);
      const existing = map.get(id);
      if (before && existing instanceof Y.Map) {
        if (want === before) continue;
        const final = collection !== 'boards' || (Array.isArray(before.personaIds) ? before.personaIds : []).every((p) => settled(doc, 'personas', p));
        writeRecord(collection, existing, before, want, final, report);
        continue;
      }
      // Brought back for notes that still point here.
      if (!neededStructure.has(`${collection}|${id}`)) continue;
      map.set(id, newRecordMap(collection, want));
      report.recovered++;
      structural = true;
    }
  }
  return structural;
}

/** An emotion point's drop is written when it is a duplicate, or what it points at is settled (gone for good). */
function pointDropIsFinal(doc: Y.Doc, resolved: RecordTables, point: Record<string, unknown>): boolean {
  if (isDuplicatePoint(resolved, point)) return true;
  if (!settled(doc, 'personas', point.personaId)) return false;
  if (typeof point.personaId === 'string' && !resolved.personas.has(point.personaId)) return true;
  const stage = typeof point.stageId === 'string' ? resolved.stages.get(point.stageId) : undefined;
  const board = typeof point.boardId === 'string' ? resolved.boards.get(point.boardId) : undefined;
  const misplaced = !stage || stage.boardId !== point.boardId || !board || board.kind !== 'journey';
  return misplaced && settled(doc, 'boards', point.boardId) && settled(doc, 'stages', point.stageId);
}

/**
 * Records read and repaired, per Y.Map, until a transaction changes them: a pass after each
 * keystroke re-reads only what changed, not every stage, lane and persona (photos and all).
 */
export type ReadCache = WeakMap<Y.Map<unknown>, { fields: Record<string, unknown>; value: unknown; locale: string; createdAt: string }>;

/** Forget the cached reading of every record a transaction touched (any origin). */
function invalidate(cache: ReadCache, doc: Y.Doc, transaction: Y.Transaction, touched: WeakSet<Y.Map<unknown>> | null): void {
  const roots = new Set<AnyType>(COLLECTIONS.map((c) => collectionMap(doc, c) as AnyType));
  for (const type of transaction.changed.keys()) {
    let record: AnyType | null = type;
    while (record?._item && !roots.has(record._item.parent as AnyType)) record = record._item.parent as AnyType;
    if (record instanceof Y.Map) {
      cache.delete(record);
      touched?.add(record);
    }
  }
}

/** A point dropped because an older one (smaller id) holds the same curve at the same stage. */
function isDuplicatePoint(resolved: RecordTables, point: Record<string, unknown>): boolean {
  for (const other of resolved.emotions.values()) {
    if (other.stageId === point.stageId && other.boardId === point.boardId && (other.personaId ?? undefined) === (point.personaId ?? undefined)) return true;
  }
  return false;
}

/** Write the fields of `want` that differ from what is stored; references only when `final`. */
function writeRecord(collection: Collection, map: Y.Map<unknown>, before: Record<string, unknown>, want: Record<string, unknown>, final: boolean, report: RepairReport): void {
  for (const [key, value] of Object.entries(want)) {
    if (!final && REFERENCE_FIELDS.has(key)) continue;
    const current = map.get(key);
    const isText = TEXT_FIELDS[collection].has(key);
    if (isText ? current instanceof Y.Text && current.toString() === value : jsonEqual(stored(current), value)) continue;
    writeField(collection, map, key, value);
    report.fields++;
  }
  for (const key of [...map.keys()]) {
    if (Object.hasOwn(want, key) || (!final && REFERENCE_FIELDS.has(key) && Object.hasOwn(before, key))) continue;
    map.delete(key);
    report.fields++;
  }
}

/**
 * Notes a transaction changed, and whether it changed what notes depend on: boards, stages,
 * lanes or personas added or removed, or a board, stage or lane given another board or kind.
 */
function changedIn(doc: Y.Doc, transaction: Y.Transaction): { notes: Set<string>; structural: boolean; any: boolean } {
  const notes = new Set<string>();
  let structural = false;
  let any = false;
  const roots = new Map<AnyType, Collection>(COLLECTIONS.map((c) => [collectionMap(doc, c) as AnyType, c]));
  for (const [type, keys] of transaction.changed) {
    const rootCollection = roots.get(type);
    if (rootCollection === 'notes') {
      for (const key of keys) if (key !== null) notes.add(key);
      continue;
    }
    if (rootCollection) {
      any = true;
      if (rootCollection !== 'emotions') structural = true;
      continue;
    }
    // A record's own map, or a Y.Text inside one.
    let record: AnyType | null = type;
    while (record?._item && !roots.has(record._item.parent as AnyType)) record = record._item.parent as AnyType;
    const item = record?._item;
    if (!item || typeof item.parentSub !== 'string') {
      any = true; // the workspace's own fields
      continue;
    }
    const collection = roots.get(item.parent as AnyType)!;
    if (collection === 'notes') {
      notes.add(item.parentSub);
      continue;
    }
    any = true;
    if (record === type && collection !== 'emotions' && collection !== 'personas' && [...keys].some((k) => k !== null && STRUCTURE_FIELDS.has(k))) structural = true;
  }
  return { notes, structural, any };
}

export interface Repairer {
  /** Every repair this peer wrote since it started, summed (for a notice: "3 records a peer left damaged were repaired"). */
  readonly total: RepairReport;
  /** Called after each repair that wrote something. */
  onRepair(listener: (report: RepairReport) => void): () => void;
  destroy(): void;
}

/**
 * Keep `doc` repaired: a full pass now (unless `initialPass` is false), then after every transaction a pass over what it
 * touched (all notes when it touched structure). Repairs are written with REPAIR_ORIGIN:
 * never undoable, and the repairer does not look at its own transactions.
 */
export function keepRepaired(doc: Y.Doc, options: { readonly initialPass?: boolean; readonly known?: RecordTables } = {}): Repairer {
  const total = emptyReport();
  const listeners = new Set<(report: RepairReport) => void>();
  const publish = (report: RepairReport) => {
    if (report.fields + report.moved + report.recovered + report.dropped === 0) return;
    total.fields += report.fields;
    total.moved += report.moved;
    total.recovered += report.recovered;
    total.dropped += report.dropped;
    for (const listener of [...listeners]) listener(report);
  };
  const cache: ReadCache = new WeakMap();
  // The doc holds exactly `known` (a file just opened): the first full pass reads those records
  // from it instead of from the doc, once, when structure first changes.
  let known = options.known ?? null;
  const seed = () => {
    if (!known) return;
    const meta = repairMeta(metaFields(doc));
    for (const collection of COLLECTIONS) {
      const map = collectionMap(doc, collection);
      for (const [id, record] of known[collection] as Map<string, Record<string, unknown>>) {
        const stored = map.get(id);
        if (stored instanceof Y.Map && !touched.has(stored)) cache.set(stored, { fields: record, value: record, locale: meta.locale, createdAt: meta.createdAt });
      }
    }
    known = null;
  };
  /** Records changed since `known` was read: their known copy is stale. */
  const touched = new WeakSet<Y.Map<unknown>>();
  const onTransaction = (transaction: Y.Transaction) => {
    invalidate(cache, doc, transaction, known ? touched : null);
    if (transaction.origin === REPAIR_ORIGIN || transaction.changed.size === 0) return;
    const { notes, structural, any } = changedIn(doc, transaction);
    if (!structural && !any && notes.size === 0) return;
    if (structural) seed();
    publish(repairDoc(doc, structural ? undefined : notes, REPAIR_ORIGIN, cache));
  };
  // Skipped only for a doc known to hold a valid, settled snapshot (a file just opened), so
  // opening a large workspace needs no second schema pass.
  if (options.initialPass !== false) publish(repairDoc(doc));
  doc.on('afterTransaction', onTransaction);
  return {
    total,
    onRepair(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
