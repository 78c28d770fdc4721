import { fromBase64 } from './base64';
import * as Y from 'yjs';
import { LOAD_ORIGIN } from '../doc/origins';
import { applySnapshot, collectionMap, metaMap } from '../doc/ydoc';
import { allWellFormed, wellFormedDeep } from '../doc/repair-rules';
import { z } from 'zod';
import { COLLECTIONS, RECORD_SCHEMAS, WorkspaceMetaSchema, type Collection, type WorkspaceSnapshot } from '../model';
import { formatPath, MAX_ISSUES, type LoadError, type LoadIssue, type LoadWarning } from './errors';
import { CURRENT_FORMAT_VERSION, ENVELOPE_KEYS, FILE_FORMAT, FILE_LIMITS, type JourneyFile } from './format';
import { migrateFile, OLDEST_FORMAT_VERSION, type JsonObject } from './migrations';
import { scanJsonText } from './scan';
import { classifyParseError, toText } from './text-decode';

export type LoadResult =
  | {
      readonly ok: true;
      /** A fresh doc holding the workspace (written with LOAD_ORIGIN, so nothing is undoable). */
      readonly doc: Y.Doc;
      /**
       * What the doc holds, validated, records in the file's order (files Journey writes are
       * in `sortSnapshot` order; sorting again would cost 10k-note files ~50 ms).
       */
      readonly snapshot: WorkspaceSnapshot;
      /** Unknown top-level fields: pass them back to `serializeWorkspace` to keep them. */
      readonly extras: Record<string, unknown>;
      readonly warnings: readonly LoadWarning[];
      /** The file's format version when it had to be migrated, else null. */
      readonly migratedFrom: number | null;
    }
  | { readonly ok: false; readonly error: LoadError };

const ENVELOPE_KEY_SET: ReadonlySet<string> = new Set(ENVELOPE_KEYS);

type Failure = { readonly ok: false; readonly error: LoadError };
const fail = (error: LoadError): Failure => ({ ok: false, error });

/**
 * Open a `.journey` file from its bytes or its text. Never throws: every problem comes back
 * as a typed error (errors.ts), and problems the file survives come back as warnings.
 *
 * The readable snapshot is the authority: the Yjs state is used when it holds exactly that
 * snapshot (so the edit history, and merging with peers, carry on), the snapshot is applied
 * on top of it when they differ (the file was edited outside Journey), and the doc is built
 * from the snapshot alone when the Yjs state is missing or damaged.
 */
export function loadWorkspaceFile(input: string | Uint8Array): LoadResult {
  try {
    return load(input);
  } catch (error) {
    return fail({ code: 'unexpected', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

/**
 * Whether `text` would open: every check `loadWorkspaceFile` makes except rebuilding the
 * doc from the Yjs state (Save checks what it is about to write with this, so the app never
 * writes a file it would refuse). Null when it would open.
 */
export function checkWorkspaceText(text: string): LoadError | null {
  try {
    const read = readFile(text);
    return read.ok ? null : read.error;
  } catch (error) {
    return { code: 'unexpected', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

type Read = { readonly ok: true; readonly file: JourneyFile; readonly version: number } | Failure;

/** Bytes to a validated envelope: everything before the doc is built. */
function readFile(input: string | Uint8Array): Read {
  const text = toText(input);
  if (typeof text !== 'string') return fail(text);
  if (/^\s*$/.test(text)) return fail({ code: 'empty' });

  // Before JSON.parse builds anything: limits, duplicate keys, prototype-reaching keys.
  const unsafe = scanJsonText(text);
  if (unsafe) return fail(unsafe);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(classifyParseError(text, error));
  }

  if (!isObject(json) || json.format !== FILE_FORMAT) return fail({ code: 'not-journey' });

  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < OLDEST_FORMAT_VERSION) {
    const message =
      typeof version === 'number' && Number.isSafeInteger(version)
        ? `format ${version} is older than any this app reads (${OLDEST_FORMAT_VERSION})`
        : 'must be a whole number';
    return fail({ code: 'invalid', issues: [{ path: 'formatVersion', message }], total: 1 });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const app = json.app;
    const appVersion = isObject(app) && typeof app.version === 'string' ? app.version.slice(0, 100) : null;
    return fail({ code: 'newer-version', fileVersion: version, supportedVersion: CURRENT_FORMAT_VERSION, appVersion });
  }

  let migrated: JsonObject = json;
  if (version < CURRENT_FORMAT_VERSION) {
    const result = migrateFile(json, version);
    if (!result.ok) {
      return fail({ code: 'invalid', issues: [{ path: '', message: `${result.migration} failed: ${result.detail}` }], total: 1 });
    }
    migrated = result.file;
  }

  const validated = validateFile(migrated);
  if (!validated.ok) return validated;
  const file = validated.file;
  const duplicates = duplicateIds(file.snapshot);
  if (duplicates.length > 0) return fail({ code: 'invalid', issues: duplicates.slice(0, MAX_ISSUES), total: duplicates.length });

  // Yjs keeps several times its state's size in memory: bound it before decoding.
  if (typeof file.yjs === 'string' && base64Length(file.yjs) > FILE_LIMITS.yjsBytes) {
    return fail({ code: 'over-limit', what: 'yjs', limit: FILE_LIMITS.yjsBytes, path: 'yjs' });
  }
  return { ok: true, file, version };
}

function load(input: string | Uint8Array): LoadResult {
  const read = readFile(input);
  if (!read.ok) return read;
  const { file, version } = read;

  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) if (!ENVELOPE_KEY_SET.has(key)) extras[key] = value;

  // A lone surrogate written into the file (by hand, by another tool) becomes U+FFFD here, as
  // it does in the doc and on every peer, so the snapshot and the Yjs state compare equal.
  const snapshot = allWellFormed(file.snapshot) ? file.snapshot : (wellFormedDeep(file.snapshot) as WorkspaceSnapshot);
  const warnings: LoadWarning[] = [];
  let doc: Y.Doc;
  if (file.yjs === undefined) {
    // The draft format never had a Yjs state; `migratedFrom` already tells the UI.
    if (version === CURRENT_FORMAT_VERSION) warnings.push({ code: 'yjs-missing' });
    doc = docFromSnapshot(snapshot);
  } else {
    const restored = docFromState(file.yjs, snapshot);
    if (restored.ok) {
      doc = restored.doc;
      if (restored.applied) warnings.push({ code: 'snapshot-applied' });
    } else {
      warnings.push({ code: 'yjs-damaged', reason: restored.reason });
      doc = docFromSnapshot(snapshot);
    }
  }
  return { ok: true, doc, snapshot, extras, warnings, migratedFrom: version === CURRENT_FORMAT_VERSION ? null : version };
}

/** "required, but missing" reads better than "expected object, received undefined". */
function missingFieldMessage(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'required, but missing' : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// ─── Validation ─────────────────────────────────────────────────────────────────────────

/** The envelope with the collections' records left for `validateFile` to check one by one. */
const EnvelopeSchema = z.looseObject({
  format: z.literal(FILE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  app: z.looseObject({ name: z.string().max(200), version: z.string().max(200) }).optional(),
  savedAt: z.string().max(100).optional(),
  snapshot: z.object({
    workspace: WorkspaceMetaSchema,
    ...(Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(z.unknown())])) as Record<Collection, z.ZodArray<z.ZodUnknown>>),
  }),
  yjs: z.unknown().optional(),
});

/**
 * Invalid records looked at before giving up: enough to describe the file, and bounded (a
 * file of 200,000 empty records would otherwise make millions of issue objects).
 */
const MAX_INVALID_RECORDS = 1000;

type Validated = { readonly ok: true; readonly file: JourneyFile } | Failure;

/**
 * `JourneyFileSchema` (format.ts), record by record: the same result on a valid file, but on a
 * hostile one the work stops after MAX_INVALID_RECORDS bad records (`total` then counts the
 * problems of those).
 */
function validateFile(input: JsonObject): Validated {
  const envelope = EnvelopeSchema.safeParse(input, { error: missingFieldMessage });
  if (!envelope.success) {
    const issues = envelope.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return fail({ code: 'invalid', issues: issues.slice(0, MAX_ISSUES), total: issues.length });
  }
  const issues: LoadIssue[] = [];
  let total = 0;
  let invalidRecords = 0;
  const snapshot: Record<string, unknown> = { workspace: envelope.data.snapshot.workspace };
  for (const collection of COLLECTIONS) {
    const schema = RECORD_SCHEMAS[collection] as unknown as z.ZodType<object>;
    const records = envelope.data.snapshot[collection];
    const out: object[] = [];
    for (let index = 0; index < records.length && invalidRecords < MAX_INVALID_RECORDS; index++) {
      const result = schema.safeParse(records[index], { error: missingFieldMessage });
      if (result.success) {
        out.push(result.data);
        continue;
      }
      invalidRecords++;
      total += result.error.issues.length;
      for (const issue of result.error.issues) {
        if (issues.length >= MAX_ISSUES) break;
        issues.push({ path: formatPath(['snapshot', collection, index, ...issue.path]), message: issue.message });
      }
    }
    snapshot[collection] = out;
  }
  if (total > 0) return fail({ code: 'invalid', issues, total });
  return { ok: true, file: { ...envelope.data, snapshot: snapshot as WorkspaceSnapshot } };
}

function duplicateIds(snapshot: WorkspaceSnapshot): LoadIssue[] {
  const issues: LoadIssue[] = [];
  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    snapshot[collection].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else issues.push({ path: `snapshot.${collection}[${index}].id`, message: `the id "${record.id}" is also used by snapshot.${collection}[${first}]` });
    });
  }
  return issues;
}

// ─── Building the doc ───────────────────────────────────────────────────────────────────

/** Bytes that padded base64 of this length decodes to. */
function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

function docFromSnapshot(snapshot: WorkspaceSnapshot): Y.Doc {
  const doc = new Y.Doc();
  applySnapshot(doc, snapshot, LOAD_ORIGIN);
  return doc;
}

type Restored = { readonly ok: true; readonly doc: Y.Doc; readonly applied: boolean } | { readonly ok: false; readonly reason: string };

/**
 * The doc from the file's Yjs state, made to hold exactly the file's snapshot. Garbage may
 * make `applyUpdate` throw, or be accepted in part (structs waiting for missing ones):
 * both count as damaged, as does a state without a workspace.
 */
function docFromState(yjs: unknown, snapshot: WorkspaceSnapshot): Restored {
  if (typeof yjs !== 'string') return { ok: false, reason: 'not a string' };
  let update: Uint8Array;
  try {
    update = fromBase64(yjs);
  } catch {
    return { ok: false, reason: 'not base64' }; // browsers' atob
  }
  // Node's decoder skips characters that are not base64 instead of failing.
  if (update.length !== base64Length(yjs)) return { ok: false, reason: 'not base64' };
  const doc = new Y.Doc();
  const damaged = (reason: string): Restored => {
    doc.destroy();
    return { ok: false, reason };
  };
  try {
    Y.applyUpdate(doc, update, LOAD_ORIGIN);
  } catch (error) {
    return damaged(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return damaged('incomplete');
  if (metaMap(doc).size === 0) return damaged('no workspace'); // a few keys: cheap
  if (docHolds(doc, snapshot)) return { ok: true, doc, applied: false };
  try {
    applySnapshot(doc, snapshot, LOAD_ORIGIN);
  } catch (error) {
    return damaged(`snapshot could not be applied: ${error instanceof Error ? error.message : String(error)}`);
  }
  return docHolds(doc, snapshot) ? { ok: true, doc, applied: true } : damaged('snapshot could not be applied');
}

/** A stored value as the readable snapshot shows it. */
function plainValue(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/**
 * Whether a record's Y.Map holds exactly `wanted`'s fields. A key the snapshot does not own
 * (including `__proto__` and friends, which the file scan refused) makes it differ, so a doc
 * that passes can be read into plain objects safely.
 */
function mapHolds(map: Y.Map<unknown>, wanted: object): boolean {
  const fields = wanted as Record<string, unknown>;
  let wantedCount = 0;
  for (const key in fields) if (fields[key] !== undefined) wantedCount++;
  // Counted here: `Y.Map#size` walks the whole map through an iterator on every call.
  let count = 0;
  let same = true;
  map.forEach((value, key) => {
    count++;
    if (same && !(Object.hasOwn(fields, key) && jsonEqual(plainValue(value), fields[key]))) same = false;
  });
  return same && count === wantedCount;
}

/**
 * Whether the doc holds exactly `snapshot`: the same workspace fields and the same records,
 * no more. Stricter than comparing `readSnapshot` (which skips invalid records), cheaper
 * (no schema pass over the doc), and safe on hostile values.
 */
function docHolds(doc: Y.Doc, snapshot: WorkspaceSnapshot): boolean {
  if (!mapHolds(metaMap(doc), snapshot.workspace)) return false;
  for (const collection of COLLECTIONS) {
    const map = collectionMap(doc, collection);
    const records = snapshot[collection];
    let count = 0;
    map.forEach(() => count++);
    if (count !== records.length) return false;
    for (const record of records) {
      const stored = map.get(record.id);
      if (!(stored instanceof Y.Map) || !mapHolds(stored, record)) return false;
    }
  }
  return true;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => jsonEqual(item, list[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype && Object.getPrototypeOf(a) !== null) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}
