import * as Y from 'yjs';
import {
  COLLECTIONS,
  FORBIDDEN_KEYS,
  toWellFormed,
  byOrder,
  type Collection,
  type RecordOf,
  type WorkspaceMeta,
  type WorkspaceSnapshot,
} from '../model';
import {
  contextOf,
  DEFAULT_CONTEXT,
  repairMeta,
  repairRecord,
  repairRecordLoose,
  resolveWorkspace,
  tablesToSnapshot,
  wellFormedDeep,
  type RecordTables,
  type RepairContext,
} from './repair-rules';

/**
 * The Y.Doc layout: one top-level Y.Map per record collection, keyed by id, each record a
 * Y.Map of its fields; the workspace's own fields in the `meta` map. Fields that two people
 * may type into at once are Y.Text so that neither loses characters.
 */
export const META_MAP = 'meta';

/** Fields stored as Y.Text, per collection. */
export const TEXT_FIELDS: { readonly [C in Collection]: ReadonlySet<string> } = {
  boards: new Set(),
  stages: new Set(),
  lanes: new Set(),
  notes: new Set(['text']),
  // Persona cards are edited by several people at once in a workshop: text merges by character.
  personas: new Set(['name', 'role', 'age', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations']),
  emotions: new Set(),
};

export function collectionMap(doc: Y.Doc, collection: Collection): Y.Map<Y.Map<unknown>> {
  return doc.getMap(collection);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_MAP);
}

/** Plain JSON copy of a stored value (Yjs hands out its internal arrays/objects by reference). */
function plain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.parse(JSON.stringify(value)) as unknown;
    } catch {
      // A peer stored something that is not JSON (a BigInt deep inside): treat it as absent,
      // so one bad record cannot break reading and saving for everyone.
      return undefined;
    }
  }
  return value;
}

/** A record's fields as a plain object (not validated). */
export function readRecordFields(record: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  record.forEach((value, key) => {
    // A key like "__proto__" would set the object's prototype and fake fields for the schema check.
    if (FORBIDDEN_KEYS.has(key)) return;
    const v = plain(value);
    if (v !== undefined) out[key] = v;
  });
  return out;
}

/**
 * A record read from the doc, made valid on its own (repair-rules.ts: missing or spoilt
 * fields get their deterministic defaults). Null when its key is not an id, or it lacks a
 * board, stage or lane only the whole workspace can give it (`readSnapshot` does).
 */
export function readRecord<C extends Collection>(collection: C, id: string, record: Y.Map<unknown> | undefined): RecordOf[C] | null {
  if (!(record instanceof Y.Map)) return null;
  return repairRecord(collection, id, readRecordFields(record), lazyContext(record));
}

/** The workspace's fields a record's defaults derive from, read only when a record needs them. */
function lazyContext(record: Y.Map<unknown>): RepairContext {
  let ctx: RepairContext | null = null;
  const get = () => (ctx ??= record.doc ? contextOf(readMeta(record.doc) ?? repairMeta({})) : DEFAULT_CONTEXT);
  return {
    get locale() {
      return get().locale;
    },
    get createdAt() {
      return get().createdAt;
    },
  };
}

/** The workspace's stored fields as plain values (not validated). */
export function metaFields(doc: Y.Doc): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  metaMap(doc).forEach((value, key) => {
    if (FORBIDDEN_KEYS.has(key)) return;
    const v = plain(value);
    if (v !== undefined) fields[key] = v;
  });
  return fields;
}

/** True when the doc holds nothing at all (a guest that has not received the workspace yet). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  for (const _ of metaMap(doc).keys()) return false;
  for (const collection of COLLECTIONS) for (const _ of collectionMap(doc, collection).keys()) return false;
  return true;
}

/**
 * The workspace's own fields, repaired: a field an undo or a peer removed reads as its
 * deterministic default (repair-rules.ts), so the workspace can always be saved. Null only
 * for an empty doc.
 */
export function readMeta(doc: Y.Doc): WorkspaceMeta | null {
  const fields = metaFields(doc);
  if (Object.keys(fields).length === 0 && isEmptyDoc(doc)) return null;
  return repairMeta(fields);
}

/** Stable order for the readable snapshot: files diff cleanly and compare equal. */
export function sortSnapshot(snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  const key = (...parts: (string | undefined)[]) => parts.map((p) => p ?? '').join('\u0000');
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    workspace: snapshot.workspace,
    boards: [...snapshot.boards].sort(byOrder),
    stages: [...snapshot.stages].sort((a, b) => cmp(a.boardId, b.boardId) || byOrder(a, b)),
    lanes: [...snapshot.lanes].sort((a, b) => cmp(a.boardId, b.boardId) || byOrder(a, b)),
    notes: [...snapshot.notes].sort(
      (a, b) => cmp(key(a.boardId, a.stageId, a.laneId), key(b.boardId, b.stageId, b.laneId)) || byOrder(a, b),
    ),
    personas: [...snapshot.personas].sort(byOrder),
    emotions: [...snapshot.emotions].sort(
      (a, b) => cmp(key(a.boardId, a.personaId, a.stageId), key(b.boardId, b.personaId, b.stageId)) || cmp(a.id, b.id),
    ),
  };
}

/** Every record of the doc repaired on its own, references not yet resolved; counts what could not be read. */
export function readTables(doc: Y.Doc, ctx: RepairContext): { tables: RecordTables; unreadable: number } {
  const tables = { boards: new Map(), stages: new Map(), lanes: new Map(), notes: new Map(), personas: new Map(), emotions: new Map() } as RecordTables;
  let unreadable = 0;
  for (const collection of COLLECTIONS) {
    const table = tables[collection] as Map<string, RecordOf[typeof collection]>;
    collectionMap(doc, collection).forEach((record, id) => {
      const value = record instanceof Y.Map ? repairRecordLoose(collection, id, readRecordFields(record), ctx) : null;
      if (value) table.set(id, value);
      else unreadable++;
    });
  }
  return { tables, unreadable };
}

/**
 * The whole workspace as its readable snapshot, read defensively (docs/RELIABILITY.md):
 * every record repaired, references resolved, the same on every peer that holds the same
 * doc state. Null only for an empty doc (nothing received yet).
 */
export function readSnapshot(doc: Y.Doc): WorkspaceSnapshot | null {
  const workspace = readMeta(doc);
  if (!workspace) return null;
  const ctx = contextOf(workspace);
  const { tables } = readTables(doc, ctx);
  return sortSnapshot(tablesToSnapshot(workspace, resolveWorkspace(tables, ctx)));
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Replace a Y.Text's content with `next`, touching only the changed middle part. */
export function setText(text: Y.Text, value: string): void {
  // Half an emoji would stay itself here and reach peers as U+FFFD (text.ts).
  const next = toWellFormed(value);
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never split a surrogate pair (emoji) between the kept and the replaced part. Step back
  // before scanning the common suffix, so the suffix can still keep the neighbouring emoji
  // (most share their high surrogate): rewriting it would revive it, or double it, when a
  // peer deletes or rewrites it at the same time.
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  if (endPrev < prev.length && isLowSurrogate(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  if (endPrev > start) text.delete(start, endPrev - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Write one field of a record, as Y.Text where the collection says so. */
export function writeField(collection: Collection, record: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (record.has(key)) record.delete(key);
    return;
  }
  if (TEXT_FIELDS[collection].has(key) && typeof value === 'string') {
    const existing = record.get(key);
    if (existing instanceof Y.Text) setText(existing, value);
    else record.set(key, new Y.Text(toWellFormed(value)));
    return;
  }
  const clean = wellFormedDeep(value);
  if (!jsonEqual(plain(record.get(key)), clean)) record.set(key, clean);
}

/** A new record Y.Map from plain fields. */
export function newRecordMap(collection: Collection, fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    map.set(key, TEXT_FIELDS[collection].has(key) && typeof value === 'string' ? new Y.Text(toWellFormed(value)) : wellFormedDeep(value));
  }
  return map;
}

/**
 * Make the doc hold exactly `snapshot`, changing only what differs (one transaction).
 * On an empty doc this builds the workspace; on a loaded one it applies a hand-edited
 * readable snapshot on top of the Yjs history, so copies still merge with their peers.
 */
export function applySnapshot(doc: Y.Doc, snapshot: WorkspaceSnapshot, origin: unknown): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    const wantedMeta = snapshot.workspace as Record<string, unknown>;
    for (const key of [...meta.keys()]) if (!Object.hasOwn(wantedMeta, key) || wantedMeta[key] === undefined) meta.delete(key);
    for (const [key, raw] of Object.entries(wantedMeta)) {
      if (raw === undefined) continue;
      const value = wellFormedDeep(raw);
      if (!jsonEqual(plain(meta.get(key)), value)) meta.set(key, value);
    }
    for (const collection of COLLECTIONS) {
      const map = collectionMap(doc, collection);
      const wanted = new Map<string, Record<string, unknown>>();
      for (const record of snapshot[collection]) wanted.set(record.id, record as Record<string, unknown>);
      for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
      for (const [id, fields] of wanted) {
        const existing = map.get(id);
        if (!(existing instanceof Y.Map)) {
          map.set(id, newRecordMap(collection, fields));
          continue;
        }
        for (const key of [...existing.keys()]) if (!Object.hasOwn(fields, key) || fields[key] === undefined) existing.delete(key);
        for (const [key, value] of Object.entries(fields)) writeField(collection, existing, key, value);
      }
    }
  }, origin);
}

/** The Yjs state of the whole workspace, as saved in files. */
export function encodeState(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}
