import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  collectionMap,
  createViewStore,
  deleteNotes,
  moveNote,
  readView,
  setNoteText,
  setWorkspaceFields,
  updateNote,
} from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import { NOW, grid, loadedDoc, peerOf, tickingClock } from './helpers';

function setup() {
  const sample = sampleWorkspace('en', NOW);
  const doc = loadedDoc(sample);
  const store = createViewStore(doc);
  let notified = 0;
  store.subscribe(() => notified++);
  return { sample, doc, store, clock: tickingClock(), g: grid(doc), notified: () => notified };
}

describe('view store', () => {
  it('starts as the doc, records keyed by id', () => {
    const { sample, store, doc } = setup();
    const view = store.getView();
    expect(view).toEqual(readView(doc));
    expect(Object.keys(view.notes).sort()).toEqual(sample.notes.map((n) => n.id).sort());
    expect(view.notes[sample.notes[0]!.id]).toEqual(sample.notes[0]);
    expect(view.meta?.title).toBe('Sample: electronics shop');
  });

  it('a text edit replaces that note only: every other record is the same object', () => {
    const { sample, store, doc, clock } = setup();
    const before = store.getView();
    const edited = sample.notes[2]!.id;
    setNoteText(doc, edited, 'Shop window with a QR code', clock);
    const after = store.getView();
    expect(after).not.toBe(before);
    expect(after.notes).not.toBe(before.notes);
    expect(after.notes[edited]).not.toBe(before.notes[edited]);
    expect(after.notes[edited]!.text).toBe('Shop window with a QR code');
    for (const note of sample.notes) if (note.id !== edited) expect(after.notes[note.id]).toBe(before.notes[note.id]);
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    expect(after.boards).toBe(before.boards);
    expect(after.personas).toBe(before.personas);
    expect(after.emotions).toBe(before.emotions);
  });

  it('a move replaces only the moved note', () => {
    const { sample, store, doc, clock, g } = setup();
    const before = store.getView();
    const moved = sample.notes[0]!.id;
    moveNote(doc, moved, { stageId: g.stages[4]!.id, laneId: g.lane('opportunities').id }, clock);
    const after = store.getView();
    expect(after.notes[moved]!.stageId).toBe(g.stages[4]!.id);
    for (const note of sample.notes) if (note.id !== moved) expect(after.notes[note.id]).toBe(before.notes[note.id]);
  });

  it('notifies once per transaction, and not for a transaction that changed nothing', () => {
    const { sample, store, doc, clock, notified } = setup();
    updateNote(doc, sample.notes[0]!.id, { color: 'white', width: 200, impact: 2 }, clock);
    expect(notified()).toBe(1);
    doc.transact(() => {
      setNoteText(doc, sample.notes[1]!.id, 'one');
      setNoteText(doc, sample.notes[2]!.id, 'two');
      deleteNotes(doc, [sample.notes[3]!.id]);
    });
    expect(notified()).toBe(2);
    doc.transact(() => {});
    expect(notified()).toBe(2);
    const view = store.getView();
    expect(view.notes[sample.notes[1]!.id]!.text).toBe('one');
    expect(view.notes[sample.notes[2]!.id]!.text).toBe('two');
  });

  it('notifies once for a remote update carrying many changes, and shows them', () => {
    const { sample, store, doc, notified, g } = setup();
    const peer = peerOf(doc);
    const added = addNote(peer, { boardId: g.boardId, stageId: g.stages[0]!.id, laneId: g.lane('actions').id, text: 'from Budi', author: 'Budi' })!;
    setNoteText(peer, sample.notes[0]!.id, 'edited by Budi');
    deleteNotes(peer, [sample.notes[1]!.id]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(notified()).toBe(1);
    const view = store.getView();
    expect(view.notes[added]?.text).toBe('from Budi');
    expect(view.notes[sample.notes[0]!.id]!.text).toBe('edited by Budi');
    expect(view.notes[sample.notes[1]!.id]).toBeUndefined();
    expect(view).toEqual(readView(doc));
  });

  it('a deleted note disappears from the view', () => {
    const { sample, store, doc, clock } = setup();
    const id = sample.notes[5]!.id;
    deleteNotes(doc, [id], clock);
    expect(store.getView().notes[id]).toBeUndefined();
    expect(id in store.getView().notes).toBe(false);
  });

  it('shows workspace field changes', () => {
    const { store, doc, clock } = setup();
    const before = store.getView();
    setWorkspaceFields(doc, { title: 'Renamed' }, clock);
    expect(store.getView().meta?.title).toBe('Renamed');
    expect(store.getView().notes).toBe(before.notes);
  });

  it('repairs a record a peer made invalid (counted, never hidden), and follows later fixes', () => {
    const { sample, store, doc } = setup();
    const id = sample.notes[0]!.id;
    const peer = peerOf(doc);
    const sendToDoc = () => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    collectionMap(peer, 'notes').get(id)!.set('color', 42);
    expect(sendToDoc).not.toThrow();
    expect(store.getView().notes[id]).toMatchObject({ color: 'yellow', text: sample.notes[0]!.text });
    expect(Object.keys(store.getView().notes)).toHaveLength(sample.notes.length);
    expect(store.repairs().fields).toBe(1);
    // Written back: the doc itself holds the repaired value now.
    expect(collectionMap(doc, 'notes').get(id)!.get('color')).toBe('yellow');
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    expect(collectionMap(peer, 'notes').get(id)!.get('color')).toBe('yellow');
    collectionMap(peer, 'notes').get(id)!.set('color', 'green');
    sendToDoc();
    expect(store.getView().notes[id]).toMatchObject({ color: 'green', text: sample.notes[0]!.text });
  });

  it('ignores a record a peer stored under a forbidden key', () => {
    const { sample, store, doc } = setup();
    const peer = peerOf(doc);
    const evil = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ ...sample.notes[0]!, id: '__proto__', polluted: true })) evil.set(k, v);
    collectionMap(peer, 'notes').set('__proto__', evil);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    const notes = store.getView().notes;
    expect(Object.keys(notes)).toHaveLength(sample.notes.length);
    expect(Object.prototype.hasOwnProperty.call(notes, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unsubscribe stops one listener; destroy stops all', () => {
    const { sample, store, doc, clock, notified } = setup();
    let second = 0;
    const off = store.subscribe(() => second++);
    setNoteText(doc, sample.notes[0]!.id, 'one', clock);
    off();
    setNoteText(doc, sample.notes[0]!.id, 'two', clock);
    expect(second).toBe(1);
    expect(notified()).toBe(2);
    const last = store.getView();
    store.destroy();
    setNoteText(doc, sample.notes[0]!.id, 'three', clock);
    expect(notified()).toBe(2);
    expect(store.getView()).toBe(last);
  });
});
