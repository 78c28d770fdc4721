/**
 * Reading the doc defensively (docs/RELIABILITY.md). A concurrent edit, an undo or a hostile
 * peer can remove or spoil any field of any record, and concurrent deletes can leave a note
 * pointing at a stage nobody has any more. Every reader goes through these pure rules, so
 * every peer reads the same doc state the same way: required fields get defaults derived only
 * from the record's own id and the workspace's fields (never the clock, never randomness),
 * dangling references are resolved, and the repairer (repairer.ts) writes the result back.
 *
 * By topic: repair-text.ts (well-formed text), repair-fields.ts (each record on its own),
 * repair-references.ts (references, with the whole workspace in view).
 */
export * from './repair-text';
export * from './repair-fields';
export * from './repair-references';
