import { toBase64 } from './base64';
import type * as Y from 'yjs';
import { encodeState, readSnapshot } from '../doc/ydoc';
import { COLLECTIONS, FORBIDDEN_KEYS, type Collection, RECORD_SCHEMAS, WorkspaceMetaSchema, type WorkspaceSnapshot } from '../model';
import type { SaveProblem } from './errors';
import { CURRENT_FORMAT_VERSION, ENVELOPE_KEYS, FILE_FORMAT } from './format';
import { checkWorkspaceText } from './load';
import { utf8Length } from './text-decode';

export interface SerializeOptions {
  /** The running app's version, written to `app.version`. */
  readonly appVersion: string;
  /** Written to `savedAt`. Passed in so that saving stays a pure function. */
  readonly now: Date;
  /** Unknown top-level fields of the file that was opened (`LoadResult.extras`), written back unchanged. */
  readonly extras?: Readonly<Record<string, unknown>>;
  /**
   * The doc's readable snapshot when the caller already has it (the renderer's view store holds
   * exactly what `readSnapshot` would return, already validated): saves re-reading every record.
   */
  readonly snapshot?: WorkspaceSnapshot;
}

export const APP_NAME = 'Journey';

const ENVELOPE_KEY_SET: ReadonlySet<string> = new Set(ENVELOPE_KEYS);

/**
 * A record with a stable key order: the schema's fields in schema order, then unknown fields
 * sorted. The doc's own key order depends on which peer's edit arrived first, and files
 * should not change (or diff) when nothing in them did. Records already in that order (the
 * usual case: the schema library lists known fields first) are returned as they are.
 */
function canonical<T extends object>(record: T, known: ReadonlyMap<string, number>): T {
  const source = record as Record<string, unknown>;
  const keys = Object.keys(source);
  let lastKnown = -1;
  let lastUnknown: string | null = null;
  let ordered = true;
  for (const key of keys) {
    const index = known.get(key);
    if (source[key] === undefined) ordered = false;
    else if (index !== undefined) {
      if (lastUnknown !== null || index < lastKnown) ordered = false;
      lastKnown = index;
    } else {
      if (lastUnknown !== null && key < lastUnknown) ordered = false;
      lastUnknown = key;
    }
    if (!ordered) break;
  }
  if (ordered) return record;
  const out: Record<string, unknown> = {};
  for (const key of known.keys()) if (source[key] !== undefined) out[key] = source[key];
  const rest = keys.filter((key) => !known.has(key) && source[key] !== undefined);
  for (const key of rest.sort()) out[key] = source[key];
  return out as T;
}

const keyOrder = (shape: object): ReadonlyMap<string, number> => new Map(Object.keys(shape).map((key, i) => [key, i]));
const META_KEYS = keyOrder(WorkspaceMetaSchema.shape);
const RECORD_KEYS = Object.fromEntries(COLLECTIONS.map((c) => [c, keyOrder(RECORD_SCHEMAS[c].shape)])) as Record<
  Collection,
  ReadonlyMap<string, number>
>;

/** The snapshot as written: collections in file order, records with canonical key order. */
export function canonicalSnapshot(snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  const out = { workspace: canonical(snapshot.workspace, META_KEYS) } as WorkspaceSnapshot;
  for (const collection of COLLECTIONS) {
    const known = RECORD_KEYS[collection];
    (out as unknown as Record<string, unknown[]>)[collection] = (snapshot[collection] as object[]).map((r) => canonical(r, known));
  }
  return out;
}

/**
 * The `.journey` text of a doc: the readable snapshot (pretty-printed, 2-space indent, in
 * `sortSnapshot` order) and the Yjs state as one base64 line at the end.
 * Throws only on a doc without workspace fields (never a doc the app has open).
 */
export function serializeWorkspace(doc: Y.Doc, options: SerializeOptions): string {
  const snapshot = options.snapshot ?? readSnapshot(doc);
  if (!snapshot) throw new Error('serializeWorkspace: the doc holds no workspace (no meta fields)');
  const envelope: Record<string, unknown> = {
    format: FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    app: { name: APP_NAME, version: options.appVersion },
    savedAt: options.now.toISOString(),
    snapshot: canonicalSnapshot(snapshot),
  };
  for (const [key, value] of Object.entries(options.extras ?? {})) {
    if (value !== undefined && !ENVELOPE_KEY_SET.has(key) && !FORBIDDEN_KEYS.has(key)) envelope[key] = value;
  }
  // Base64 never needs escaping: splice it in rather than have JSON.stringify scan 4+ MB.
  const head = JSON.stringify(envelope, null, 2);
  return `${head.slice(0, -2)},\n  "yjs": "${toBase64(encodeState(doc))}"\n}\n`;
}

/**
 * Whether `text` (what `serializeWorkspace` made) may be written: it must open again, so
 * it is run through every check opening makes except rebuilding the doc from its Yjs state
 * (which the doc being saved produced). Null when it may be written. Costs about as much
 * as serializing (docs/PERFORMANCE.md, "save").
 */
export function checkSaveable(text: string): SaveProblem | null {
  const error = checkWorkspaceText(text);
  if (error === null) return null;
  // Opening counts characters once a text is surely too large; the user is told its size.
  if (error.code === 'too-large') return { code: 'too-large-to-open', bytes: utf8Length(text), limit: error.limit };
  return { code: 'would-not-open', error };
}
