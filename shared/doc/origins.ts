/**
 * Transaction origins. Only LOCAL_ORIGIN is recorded for undo: edits arriving from peers and
 * the records written while opening a file are never undoable.
 */
export const LOCAL_ORIGIN = Symbol('journey.local');
/** Loading a file or template into a fresh doc. Never recorded for undo. */
export const LOAD_ORIGIN = Symbol('journey.load');
/** Repairs every peer writes back the same way (shared/doc/repairer.ts). Never recorded for undo. */
export const REPAIR_ORIGIN = Symbol('journey.repair');
