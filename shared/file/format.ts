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
