import { CURRENT_FORMAT_VERSION } from './format';

/**
 * Old file formats are brought up to date one version at a time, by named migrations over
 * the parsed JSON (before any validation). Each migration:
 * - takes the envelope of version `from` and returns one of version `to` (it sets
 *   `formatVersion` itself),
 * - never mutates its input (it copies what it changes),
 * - keeps every field it does not know about,
 * - tolerates odd shapes (leaves them for validation to report) rather than throwing.
 * To change the format: bump CURRENT_FORMAT_VERSION, append a migration, add a fixture of
 * the old version under tests/fixtures/ and a test that opens it.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Stable, descriptive name, e.g. `v0-to-v1-rename-fields`: it appears in reports and tests. */
  readonly name: string;
  readonly migrate: (file: JsonObject) => JsonObject;
}

export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Copy `record` with `from` renamed to `to`, keeping key order; an existing `to` wins. */
function renameKey(record: JsonObject, from: string, to: string): JsonObject {
  if (!Object.hasOwn(record, from)) return record;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === from) {
      if (!Object.hasOwn(record, to)) out[to] = value;
    } else out[key] = value;
  }
  return out;
}

/**
 * Version 0 was the pre-release draft format (development builds before 0.1.0): the records
 * sat under `records`, notes spelled `colour` and pointed at their cell with `stage` and
 * `lane`, and there was no Yjs state (such files load from their snapshot).
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  name: 'v0-to-v1-rename-fields',
  migrate(file) {
    let out = renameKey(file, 'records', 'snapshot');
    const snapshot = out.snapshot;
    if (isObject(snapshot) && Array.isArray(snapshot.notes)) {
      const notes = snapshot.notes.map((note: unknown) =>
        isObject(note) ? renameKey(renameKey(renameKey(note, 'colour', 'color'), 'stage', 'stageId'), 'lane', 'laneId') : note,
      );
      out = { ...out, snapshot: { ...snapshot, notes } };
    }
    return { ...out, formatVersion: 1 };
  },
};

/** Every migration, oldest first; consecutive (`to` of one is `from` of the next). */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The oldest format version this app still opens. */
export const OLDEST_FORMAT_VERSION = MIGRATIONS[0]?.from ?? CURRENT_FORMAT_VERSION;

export type MigrationResult =
  | { readonly ok: true; readonly file: JsonObject; readonly applied: readonly string[] }
  | { readonly ok: false; readonly migration: string; readonly detail: string };

/**
 * Run the migrations from `fromVersion` up to CURRENT_FORMAT_VERSION, step by step.
 * Never throws: a migration that fails is reported by name.
 */
export function migrateFile(file: JsonObject, fromVersion: number, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  let current = file;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < CURRENT_FORMAT_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to <= version) {
      return { ok: false, migration: `v${version}`, detail: `no migration from format ${version}` };
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      return { ok: false, migration: step.name, detail: error instanceof Error ? error.message : String(error) };
    }
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, file: current, applied };
}
