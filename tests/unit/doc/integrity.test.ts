import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  addPersona,
  collectionMap,
  createUndoManager,
  createViewStore,
  deleteBoard,
  deleteLane,
  deletePersona,
  deleteStage,
  linkPersona,
  metaMap,
  moveNote,
  readSnapshot,
  readView,
  setEmotion,
  setNoteText,
  setWorkspaceFields,
  tagNotes,
  updatePersona,
  type ViewStore,
} from '../../../shared/doc';
import { loadWorkspaceFile, serializeWorkspace } from '../../../shared/file';
import { RECORD_SCHEMAS, WorkspaceMetaSchema, newWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { NOW, grid, isWellFormedText, loadedDoc, peerOf, snapshotOf, sync, tickingClock } from './helpers';

/** Peers as the app runs them: each doc with its view store (which keeps the doc repaired). */
function peers(count: number, snapshot: WorkspaceSnapshot = newWorkspace('en', NOW)) {
  const host = loadedDoc(snapshot, 1);
  const docs = [host, ...Array.from({ length: count - 1 }, (_, i) => peerOf(host, i + 2))];
  const stores: ViewStore[] = docs.map((doc) => createViewStore(doc));
  return { docs, stores, g: grid(host), clock: tickingClock() };
}

function syncAll(docs: readonly Y.Doc[]): void {
  for (let round = 0; round < 2; round++) for (const a of docs) for (const b of docs) if (a !== b) sync(a, b);
}

/** What the user notices: the same workspace everywhere, every note drawn, Save works and reopens cleanly. */
function expectHealthy(docs: readonly Y.Doc[], stores: readonly ViewStore[]): WorkspaceSnapshot {
  const first = snapshotOf(docs[0]!);
  docs.forEach((doc, i) => {
    const snapshot = readSnapshot(doc);
    expect(snapshot, `peer ${i} reads a workspace`).not.toBeNull();
    expect(snapshot).toEqual(first);
    expect(WorkspaceMetaSchema.safeParse(snapshot!.workspace).success).toBe(true);
    const stages = new Map(snapshot!.stages.map((s) => [s.id, s]));
    const lanes = new Map(snapshot!.lanes.map((l) => [l.id, l]));
    const boards = new Set(snapshot!.boards.map((b) => b.id));
    for (const note of snapshot!.notes) {
      expect(RECORD_SCHEMAS.notes.safeParse(note).success).toBe(true);
      expect(boards.has(note.boardId), `note ${note.id} on a board`).toBe(true);
      expect(stages.get(note.stageId)?.boardId, `note ${note.id} in a stage of its board`).toBe(note.boardId);
      expect(lanes.get(note.laneId)?.boardId, `note ${note.id} in a lane of its board`).toBe(note.boardId);
    }
    expect(stores[i]!.getView()).toEqual(readView(doc));
    const text = serializeWorkspace(doc, { appVersion: 'test', now: new Date(NOW) });
    const reopened = loadWorkspaceFile(text);
    expect(reopened.ok).toBe(true);
    if (reopened.ok) {
      expect(reopened.warnings, 'the saved Yjs state and readable snapshot agree').toEqual([]);
      expect(readSnapshot(reopened.doc)).toEqual(first);
    }
  });
  return first;
}

describe('every peer can always save', () => {
  it('an undo of a workspace field that replaced a concurrent value leaves every field in place on every peer', () => {
    const { docs, stores, clock } = peers(2);
    const undos = docs.map((doc) => createUndoManager(doc));
    setWorkspaceFields(docs[0]!, { title: 'From A', goal: 'Goal A' }, clock);
    setWorkspaceFields(docs[1]!, { title: 'From B', goal: 'Goal B' }, clock);
    syncAll(docs);
    // Whichever peer's values won, both undo: the fields they wrote are gone, the ones they replaced were replaced concurrently.
    undos[0]!.undo();
    undos[1]!.undo();
    syncAll(docs);
    for (const doc of docs) {
      for (const key of ['title', 'goal', 'locale', 'createdAt', 'modifiedAt']) expect(metaMap(doc).has(key), key).toBe(true);
    }
    expectHealthy(docs, stores);
  });

  it('a hostile peer deleting the workspace fields (a 43-byte update) cannot stop anyone saving', () => {
    const { docs, stores } = peers(2);
    const hostile = peerOf(docs[0]!, 99);
    const before = Y.encodeStateVector(hostile);
    hostile.transact(() => {
      metaMap(hostile).delete('modifiedAt');
      metaMap(hostile).delete('title');
    });
    const update = Y.encodeStateAsUpdate(hostile, before);
    expect(update.length).toBeLessThan(60);
    for (const doc of docs) Y.applyUpdate(doc, update);
    const read = expectHealthy(docs, stores);
    expect(read.workspace).toMatchObject({ title: 'Untitled workspace', modifiedAt: NOW, createdAt: NOW });
  });

  it('reads the defaults even with nobody writing them back (a doc without a view)', () => {
    const doc = loadedDoc();
    metaMap(doc).delete('modifiedAt');
    metaMap(doc).set('locale', 'not a language!');
    expect(readSnapshot(doc)!.workspace).toMatchObject({ modifiedAt: NOW, locale: 'en' });
    expect(metaMap(doc).has('modifiedAt')).toBe(false);
    // A language this app has no UI for is an open value: kept as it is (the UI reads English).
    metaMap(doc).set('locale', 'pt-BR');
    expect(readSnapshot(doc)!.workspace).toMatchObject({ locale: 'pt-BR' });
  });

  it('repairs written by every peer at once converge, and stop', () => {
    const { docs, stores } = peers(4);
    const hostile = peerOf(docs[0]!, 99);
    const sv = Y.encodeStateVector(hostile);
    const note = addNote(hostile, { ...grid(hostile).cellOf(0, 0), text: 'x', author: 'h' })!;
    collectionMap(hostile, 'notes').get(note)!.set('color', 42);
    collectionMap(hostile, 'notes').get(note)!.delete('createdAt');
    metaMap(hostile).delete('modifiedAt');
    const update = Y.encodeStateAsUpdate(hostile, sv);
    let repairs = 0;
    for (const store of stores) store.onRepair(() => repairs++);
    for (const doc of docs) Y.applyUpdate(doc, update);
    expect(repairs).toBe(4);
    let updates = 0;
    for (const doc of docs) doc.on('update', () => updates++);
    syncAll(docs);
    // Exchanging the four (equal) repairs makes nobody repair again.
    expect(repairs).toBe(4);
    syncAll(docs);
    const settledUpdates = updates;
    syncAll(docs);
    expect(updates).toBe(settledUpdates);
    const read = expectHealthy(docs, stores);
    expect(read.notes.find((n) => n.id === note)).toMatchObject({ color: 'yellow', createdAt: NOW });
  });
});

describe('concurrent deletes: nothing becomes unreachable', () => {
  it('a note added to a stage a peer deletes at the same time moves to the first stage of its board', () => {
    const { docs, stores, g, clock } = peers(3);
    const note = addNote(docs[0]!, { ...g.cellOf(2, 1), text: 'late idea', author: 'A' }, clock)!;
    deleteStage(docs[1]!, g.stages[2]!.id, clock);
    syncAll(docs);
    const read = expectHealthy(docs, stores);
    expect(read.notes.find((n) => n.id === note)).toMatchObject({ stageId: g.stages[0]!.id, laneId: g.lanes[1]!.id, text: 'late idea' });
  });

  it('a note moved into a lane a peer deletes at the same time moves to the first lane', () => {
    const { docs, stores, g, clock } = peers(2);
    const note = addNote(docs[0]!, { ...g.cellOf(1, 0), text: 'moving', author: 'A' }, clock)!;
    syncAll(docs);
    expect(moveNote(docs[0]!, note, { stageId: g.stages[3]!.id, laneId: g.lanes[4]!.id }, clock)).toBe(true);
    deleteLane(docs[1]!, g.lanes[4]!.id, clock);
    syncAll(docs);
    const read = expectHealthy(docs, stores);
    expect(read.notes.find((n) => n.id === note)).toMatchObject({ stageId: g.stages[3]!.id, laneId: g.lanes[0]!.id });
  });

  it('a note added to a board a peer deletes at the same time brings the board back, titled "Recovered notes"', () => {
    const { docs, stores, g, clock } = peers(2);
    const note = addNote(docs[0]!, { ...g.cellOf(1, 2), text: 'keep me', author: 'A' }, clock)!;
    deleteBoard(docs[1]!, g.boardId, clock);
    syncAll(docs);
    const read = expectHealthy(docs, stores);
    const placed = read.notes.find((n) => n.id === note)!;
    expect(placed).toMatchObject({ boardId: g.boardId, stageId: g.stages[1]!.id, laneId: g.lanes[2]!.id, text: 'keep me' });
    expect(read.boards.find((b) => b.id === g.boardId)).toMatchObject({ kind: 'journey', title: 'Recovered notes' });
    expect(read.stages.filter((s) => s.boardId === g.boardId).map((s) => s.title)).toEqual(['Recovered stage']);
    expect(read.lanes.filter((l) => l.boardId === g.boardId).map((l) => l.title)).toEqual(['Recovered lane']);
  });

  it('curve points and persona links of a persona deleted at the same time are dropped', () => {
    const { docs, stores, g, clock } = peers(2);
    const persona = addPersona(docs[0]!, 'Ana', {}, clock);
    const note = addNote(docs[0]!, { ...g.cellOf(0, 0), text: 'n', author: 'A' }, clock)!;
    syncAll(docs);
    linkPersona(docs[0]!, g.boardId, persona, null, clock);
    setEmotion(docs[0]!, { boardId: g.boardId, stageId: g.stages[1]!.id, personaId: persona }, { score: 1 }, clock);
    tagNotes(docs[0]!, [note], persona, true, clock);
    deletePersona(docs[1]!, persona, clock);
    syncAll(docs);
    const read = expectHealthy(docs, stores);
    expect(read.boards[0]!.personaIds).toEqual([]);
    expect(read.emotions).toEqual([]);
    expect(read.notes.find((n) => n.id === note)!.personaIds).toBeUndefined();
  });

  it('two curve points set at once for one stage read as one, the same on every peer', () => {
    const { docs, stores, g, clock } = peers(2);
    setEmotion(docs[0]!, { boardId: g.boardId, stageId: g.stages[1]!.id }, { score: 1 }, clock);
    setEmotion(docs[1]!, { boardId: g.boardId, stageId: g.stages[1]!.id }, { score: -2 }, clock);
    syncAll(docs);
    expect(expectHealthy(docs, stores).emotions).toHaveLength(1);
  });

  it('a note that arrives before the stage it was added to is not moved for everyone (updates from different peers arrive in any order)', () => {
    const a = loadedDoc(newWorkspace('en', NOW), 1);
    const b = peerOf(a, 2);
    const c = peerOf(a, 3);
    const stores = [a, b, c].map((doc) => createViewStore(doc));
    const g = grid(a);
    const clock = tickingClock();
    // A adds a stage; B receives it and adds a note there; C gets B's note first.
    const svA = Y.encodeStateVector(a);
    const stage = collectionMap(a, 'stages');
    const stageId = 'stageNew';
    a.transact(() => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: stageId, boardId: g.boardId, title: 'New', order: 'a9', width: 280 })) map.set(k, v);
      stage.set(stageId, map);
    });
    const stageUpdate = Y.encodeStateAsUpdate(a, svA);
    Y.applyUpdate(b, stageUpdate);
    const svB = Y.encodeStateVector(b);
    const note = addNote(b, { boardId: g.boardId, stageId, laneId: g.lanes[0]!.id, text: 'here', author: 'B' }, clock)!;
    const noteUpdate = Y.encodeStateAsUpdate(b, svB);
    Y.applyUpdate(c, noteUpdate);
    // Meanwhile C draws it in a visible cell …
    expect(snapshotOf(c).notes.find((n) => n.id === note)!.stageId).toBe(g.stages[0]!.id);
    Y.applyUpdate(c, stageUpdate);
    // … and, the stage arrived, in its own.
    syncAll([a, b, c]);
    expect(expectHealthy([a, b, c], stores).notes.find((n) => n.id === note)!.stageId).toBe(stageId);
  });
});

describe('text is well-formed on every path', () => {
  it('a lone surrogate typed into a note reads the same on every peer, and in the file', () => {
    const { docs, stores, g, clock } = peers(2);
    const note = addNote(docs[0]!, { ...g.cellOf(0, 0), text: 'half \uD83D emoji', author: 'A' }, clock)!;
    setNoteText(docs[0]!, note, 'half \uD83D emoji \uDE00', clock);
    updatePersona(docs[0]!, addPersona(docs[0]!, 'P\uDC00', {}, clock), { quote: '\uD800' }, clock);
    setWorkspaceFields(docs[0]!, { title: 'T\uD800' }, clock);
    syncAll(docs);
    const read = expectHealthy(docs, stores);
    expect(read.notes.find((n) => n.id === note)!.text).toBe('half \uFFFD emoji \uFFFD');
    expect(read.workspace.title).toBe('T\uFFFD');
    expect(read.personas[0]).toMatchObject({ name: 'P\uFFFD', quote: '\uFFFD' });
    expect(isWellFormedText(read.notes[0]!.text.replaceAll('\uFFFD', ''))).toBe(true);
  });

  it('an edit that would split an emoji keeps both halves or neither', () => {
    const { docs, stores, g, clock } = peers(2);
    const note = addNote(docs[0]!, { ...g.cellOf(0, 0), text: 'a😀b', author: 'A' }, clock)!;
    syncAll(docs);
    // A textarea can hand over a value with half of the emoji deleted.
    setNoteText(docs[0]!, note, 'a\uD83Db', clock);
    setNoteText(docs[1]!, note, 'a😀bc', clock);
    syncAll(docs);
    const text = expectHealthy(docs, stores).notes.find((n) => n.id === note)!.text;
    expect(text.includes('\uD83D') && !text.includes('😀')).toBe(false);
    expect(text).toMatch(/^a\uFFFDbc$/);
  });

  it('a lone surrogate in a peer\'s update arrives as U+FFFD on every peer (Yjs sends UTF-8)', () => {
    const { docs, stores, g } = peers(2);
    const hostile = peerOf(docs[0]!, 99);
    const sv = Y.encodeStateVector(hostile);
    collectionMap(hostile, 'stages').get(g.stages[0]!.id)!.set('title', 'x\uDBFF');
    Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(hostile, sv));
    syncAll(docs);
    expect(expectHealthy(docs, stores).stages.find((s) => s.id === g.stages[0]!.id)!.title).toBe('x\uFFFD');
  });

  it('a lone surrogate stored past the commands (what Yjs\'s legacy JSON content can carry) is replaced and written back', () => {
    const { docs, stores, g } = peers(2);
    // Set straight on the map, as a peer's JSON-content update would leave it: this peer holds the lone half itself.
    collectionMap(docs[0]!, 'stages').get(g.stages[1]!.id)!.set('title', 'y\uD800');
    expect(collectionMap(docs[0]!, 'stages').get(g.stages[1]!.id)!.get('title')).toBe('y\uFFFD');
    syncAll(docs);
    expect(expectHealthy(docs, stores).stages.find((s) => s.id === g.stages[1]!.id)!.title).toBe('y\uFFFD');
  });

  it('a file whose readable part holds a lone surrogate opens with the same text in the doc and on screen', () => {
    const { docs, g, clock } = peers(1);
    const note = addNote(docs[0]!, { ...g.cellOf(0, 0), text: 'ok', author: 'A' }, clock)!;
    const file = JSON.parse(serializeWorkspace(docs[0]!, { appVersion: 'test', now: new Date(NOW) })) as { snapshot: WorkspaceSnapshot };
    file.snapshot.notes.find((n) => n.id === note)!.text = 'half \uD83D';
    const opened = loadWorkspaceFile(JSON.stringify(file));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(snapshotOf(opened.doc).notes.find((n) => n.id === note)!.text).toBe('half \uFFFD');
    const store = createViewStore(opened.doc, opened.snapshot);
    expect(store.getView()).toEqual(readView(opened.doc));
  });
});

describe('opening a file', () => {
  it('a note whose stage the file does not hold is shown where every reader puts it', () => {
    const snapshot = newWorkspace('en', NOW);
    const [stage] = snapshot.stages;
    snapshot.notes.push({ id: 'lost', boardId: stage!.boardId, stageId: 'gone', laneId: snapshot.lanes[0]!.id, order: 'a0', text: 'here', color: 'yellow', width: 160, height: 110, author: '', createdAt: NOW });
    const doc = loadedDoc(snapshot);
    const store = createViewStore(doc, snapshot);
    expect(store.getView().notes.lost!.stageId).toBe(stage!.id);
    expect(store.getView()).toEqual(readView(doc));
  });
});
