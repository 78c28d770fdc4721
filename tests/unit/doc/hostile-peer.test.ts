import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applySnapshot, collectionMap, LOAD_ORIGIN, metaMap, readSnapshot } from '../../../shared/doc';
import { newWorkspace } from '../../../shared/model';

/** What a misbehaving or malicious peer can write into the shared doc must not break everyone else. */
function workspaceDoc() {
  const doc = new Y.Doc();
  applySnapshot(doc, newWorkspace('en', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
  return doc;
}

describe('values a peer should never have written', () => {
  it('a BigInt inside a record does not make reading the workspace throw', () => {
    const doc = workspaceDoc();
    const board = [...collectionMap(doc, 'boards').values()][0]!;
    board.set('extra', { deep: [1n] } as unknown);
    board.set('top', 2n as unknown);
    metaMap(doc).set('weird', 3n as unknown);
    const snapshot = readSnapshot(doc);
    expect(snapshot?.boards).toHaveLength(1);
    expect(snapshot?.boards[0]).not.toHaveProperty('top');
    expect(() => JSON.stringify(snapshot)).not.toThrow();
  });

  it('a "__proto__" field cannot fake the fields a record is missing', () => {
    const doc = workspaceDoc();
    const lane = [...collectionMap(doc, 'lanes').values()][0]!;
    const stage = [...collectionMap(doc, 'stages').values()][0]!;
    const note = new Y.Map<unknown>();
    collectionMap(doc, 'notes').set('n1', note);
    for (const [k, v] of Object.entries({ id: 'n1', boardId: lane.get('boardId'), stageId: stage.get('id'), laneId: lane.get('id'), order: 'a0', text: 'x', width: 160, height: 110, author: '', createdAt: '2026-01-01T00:00:00.000Z' })) note.set(k, v);
    // "color" is missing; a prototype carrying it must not give the note its colour: the
    // note is repaired with the default instead, and the forbidden key is not read.
    note.set('__proto__', { color: 'green' });
    const [read] = readSnapshot(doc)!.notes;
    expect(read).toMatchObject({ id: 'n1', color: 'yellow' });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.hasOwn(read!, '__proto__')).toBe(false);
  });

  it('applying a snapshot removes fields named like Object.prototype members', () => {
    const doc = workspaceDoc();
    const board = [...collectionMap(doc, 'boards').values()][0]!;
    board.set('constructor', 'x');
    metaMap(doc).set('toString', 'y');
    applySnapshot(doc, readSnapshot(workspaceDoc())!, LOAD_ORIGIN);
    expect(metaMap(doc).has('toString')).toBe(false);
    for (const b of collectionMap(doc, 'boards').values()) expect(b.has('constructor')).toBe(false);
  });
});
