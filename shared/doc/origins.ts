/**
 * Transaction origins. Only LOCAL_ORIGIN is recorded for undo: edits arriving from peers and
 * the records written while opening a file are never undoable.
 */
export const LOCAL_ORIGIN = Symbol('journey.local');
/** Loading a file or template into a fresh doc. Never recorded for undo. */
export const LOAD_ORIGIN = Symbol('journey.load');
