import { z } from 'zod';
import { WorkspaceSnapshotSchema } from '../model';

/**
 * The `.journey` file envelope (docs/FILE_FORMAT.md is the reference for people and other
 * tools). UTF-8 JSON: a readable snapshot of every record plus the Yjs state, so that copies
 * edited apart still merge with their peers.
 */

/** Value of the top-level `format` field; anything else is not a Journey file. */
export const FILE_FORMAT = 'journey';

/**
 * The version this app writes and the newest it reads. Bump it only when an older app would
 * misread a newer file, and add a migration from the previous version (migrations.ts).
 */
export const CURRENT_FORMAT_VERSION = 1;

export const FILE_EXTENSION = '.journey';
export const FILE_MIME_TYPE = 'application/x-journey+json';

/** Top-level fields this app writes; every other top-level field is an extra, kept as is. */
export const ENVELOPE_KEYS = ['format', 'formatVersion', 'app', 'savedAt', 'snapshot', 'yjs'] as const;

/**
 * Deepest nesting a file may have. The app's own records nest 6 levels; the limit keeps
 * unknown fields from overflowing recursive code (JSON.stringify, Yjs encoding) later.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * What a file may hold at most, checked on its text before JSON.parse builds anything
 * (scan.ts), so that any file up to MAX_FILE_BYTES is answered in bounded time and memory.
 * Each is well above what a workspace the app can draw holds (docs/FILE_FORMAT.md, "Limits").
 */
export interface FileLimits {
  /** Nesting depth of objects and arrays. */
  readonly depth: number;
  /** Items in any one array: records per collection, and arrays in unknown fields. */
  readonly items: number;
  /** Keys in any one object. */
  readonly keys: number;
  /** Values in the whole file (every object, array, string, number, true, false, null). */
  readonly values: number;
  /** Characters of any string or key as written (escapes count), except the top-level `yjs`. */
  readonly stringChars: number;
  /** Bytes of the decoded Yjs state. */
  readonly yjsBytes: number;
}

export const FILE_LIMITS: FileLimits = {
  depth: MAX_JSON_DEPTH,
  // 100,000 notes open; twice that is far beyond what a board can draw.
  items: 200_000,
  // Records have about 20 fields; unknown fields of other tools get room to spare.
  keys: 10_000,
  // A 100,000-note workspace holds about 1.25 million values.
  values: 4_000_000,
  // A persona photo is at most 2,000,000 characters; escaped text at most 6 per character.
  stringChars: 4_000_000,
  // A 100,000-note workspace's state is about 45 MB; Yjs holds some 25 times that in memory.
  yjsBytes: 64 * 1024 * 1024,
};

/**
 * The envelope as read. `app` and `savedAt` are informative only: this app always writes
 * them, but a file another tool made without them still opens. `yjs` is not checked here: a
 * missing or damaged Yjs state is not fatal, the file then loads from its readable snapshot
 * (load.ts). Unknown top-level fields are kept.
 */
export const JourneyFileSchema = z.looseObject({
  format: z.literal(FILE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  app: z.looseObject({ name: z.string().max(200), version: z.string().max(200) }).optional(),
  savedAt: z.string().max(100).optional(),
  snapshot: WorkspaceSnapshotSchema,
  yjs: z.unknown().optional(),
});
export type JourneyFile = z.infer<typeof JourneyFileSchema>;
