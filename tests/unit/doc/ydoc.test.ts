import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOAD_ORIGIN,
  applySnapshot,
  collectionMap,
  encodeState,
  metaMap,
  readSnapshot,
  setNoteText,
  setText,
  sortSnapshot,
} from '../../../shared/doc';
import { sampleWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { NOW, countTransactions, isWellFormedText, loadedDoc, peerOf, snapshotOf, sync } from './helpers';

const clone = <T>(value: T): T => structuredClone(value);

describe('applySnapshot / readSnapshot', () => {
  it('an empty doc has no workspace', () => {
    expect(readSnapshot(new Y.Doc())).toBeNull();
  });

  it('a snapshot written into an empty doc reads back the same, sorted', () => {
    const sample = sampleWorkspace('ru', NOW);
    const shuffled: WorkspaceSnapshot = { ...sample, notes: [...sample.notes].reverse(), emotions: [...sample.emotions].reverse(), stages: [...sample.stages].reverse() };
    const doc = loadedDoc(shuffled);
    const read = readSnapshot(doc);
    expect(read).toEqual(sortSnapshot(sample));
    // Sorted: stages come back left to right whatever order the file listed them in.
    expect(read!.stages.map((s) => s.title)).toEqual(['Осведомленность', 'Рассмотрение', 'Покупка', 'Удержание', 'Адвокация']);
  });

  it('writes the whole snapshot as one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const counted = countTransactions(doc, () => applySnapshot(doc, sampleWorkspace('en', NOW), LOAD_ORIGIN));
    expect(counted).toEqual({ transactions: 1, updates: 1, origins: [LOAD_ORIGIN] });
  });

  it('stores note text as Y.Text and other fields as plain values', () => {
    const sample = sampleWorkspace('en', NOW);
    const doc = loadedDoc(sample);
    const note = collectionMap(doc, 'notes').get(sample.notes[0]!.id)!;
    expect(note).toBeInstanceOf(Y.Map);
    expect(note.get('text')).toBeInstanceOf(Y.Text);
    expect((note.get('text') as Y.Text).toString()).toBe(sample.notes[0]!.text);
    expect(note.get('color')).toBe(sample.notes[0]!.color);
    expect(collectionMap(doc, 'stages').get(sample.stages[0]!.id)!.get('title')).toBe(sample.stages[0]!.title);
  });

  it('keeps fields it does not know through the doc, and across peers', () => {
    const sample = sampleWorkspace('en', NOW);
    const withExtra = clone(sample);
    Object.assign(withExtra.notes[0]!, { votes: 3, reactions: { '👍': 2 } });
    Object.assign(withExtra.workspace, { theme: 'dark' });
    const peer = peerOf(loadedDoc(withExtra));
    const read = snapshotOf(peer);
    expect(read.notes.find((n) => n.id === sample.notes[0]!.id)).toMatchObject({ votes: 3, reactions: { '👍': 2 } });
    expect(read.workspace).toMatchObject({ theme: 'dark' });
  });

  it('applying a changed snapshot on top changes only what differs', () => {
    const sample = sampleWorkspace('en', NOW);
    const doc = loadedDoc(sample);
    const notes = collectionMap(doc, 'notes');
    const [edited, recoloured, removed, untouched] = sample.notes as [typeof sample.notes[0], typeof sample.notes[0], typeof sample.notes[0], typeof sample.notes[0]];
    const touchpoint = sample.notes.find((n) => n.impact !== undefined)!;
    const before = {
      editedMap: notes.get(edited.id),
      editedText: notes.get(edited.id)!.get('text'),
      recolouredMap: notes.get(recoloured.id),
      untouchedMap: notes.get(untouched.id),
      untouchedText: notes.get(untouched.id)!.get('text'),
      touchpointMap: notes.get(touchpoint.id),
    };

    const changed = clone(sample);
    changed.notes.find((n) => n.id === edited.id)!.text = edited.text + '!';
    changed.notes.find((n) => n.id === recoloured.id)!.color = 'white';
    delete changed.notes.find((n) => n.id === touchpoint.id)!.impact;
    changed.notes = changed.notes.filter((n) => n.id !== removed.id);
    const added = { ...clone(untouched), id: 'addedByHand', text: 'Added in a text editor' };
    changed.notes.push(added);
    changed.stages[1]!.title = 'Research';

    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    applySnapshot(doc, changed, LOAD_ORIGIN);

    expect(readSnapshot(doc)).toEqual(sortSnapshot(changed));
    expect(notes.get(untouched.id)).toBe(before.untouchedMap);
    expect(notes.get(untouched.id)!.get('text')).toBe(before.untouchedText);
    expect(notes.get(recoloured.id)).toBe(before.recolouredMap);
    expect(notes.get(touchpoint.id)).toBe(before.touchpointMap);
    expect(notes.get(touchpoint.id)!.has('impact')).toBe(false);
    // The edited note keeps its Y.Text: the "!" is an edit of the same text, not a new one.
    expect(notes.get(edited.id)).toBe(before.editedMap);
    expect(notes.get(edited.id)!.get('text')).toBe(before.editedText);
    expect((before.editedText as Y.Text).toString()).toBe(edited.text + '!');
    expect(notes.has(removed.id)).toBe(false);

    // One small update: a rewrite of every record would be hundreds of items.
    expect(updates).toHaveLength(1);
    const { structs } = Y.decodeUpdate(updates[0]!);
    expect(structs.length).toBeLessThan(30);
  });

  it('applying the same snapshot again changes nothing and sends nothing', () => {
    const sample = sampleWorkspace('en', NOW);
    const doc = loadedDoc(sample);
    const counted = countTransactions(doc, () => applySnapshot(doc, snapshotOf(doc), LOAD_ORIGIN));
    expect(counted.updates).toBe(0);
  });

  it('removes a workspace field the snapshot no longer has', () => {
    const sample = sampleWorkspace('en', NOW);
    const doc = loadedDoc({ ...sample, workspace: { ...sample.workspace, theme: 'dark' } });
    applySnapshot(doc, sample, LOAD_ORIGIN);
    expect(metaMap(doc).has('theme')).toBe(false);
    expect(snapshotOf(doc).workspace).toEqual(sample.workspace);
  });

  it('a snapshot applied on a copy merges with a peer who kept typing', () => {
    const sample = sampleWorkspace('en', NOW);
    const original = loadedDoc(sample);
    const copy = peerOf(original);
    // A peer types into note 0 while someone hand-edits note 1 in the copy's readable snapshot.
    setNoteText(original, sample.notes[0]!.id, sample.notes[0]!.text + ' (seen twice)');
    const edited = snapshotOf(copy);
    edited.notes.find((n) => n.id === sample.notes[1]!.id)!.text = 'Hand edited';
    applySnapshot(copy, edited, LOAD_ORIGIN);
    sync(original, copy);
    for (const doc of [original, copy]) {
      const notes = snapshotOf(doc).notes;
      expect(notes.find((n) => n.id === sample.notes[0]!.id)!.text).toBe(sample.notes[0]!.text + ' (seen twice)');
      expect(notes.find((n) => n.id === sample.notes[1]!.id)!.text).toBe('Hand edited');
    }
    expect(snapshotOf(original)).toEqual(snapshotOf(copy));
  });

  it('encodeState carries the whole workspace to a new doc', () => {
    const sample = sampleWorkspace('id', NOW);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, encodeState(loadedDoc(sample)));
    expect(readSnapshot(doc)).toEqual(sortSnapshot(sample));
  });

  it('repairs a record a peer left invalid instead of hiding it or failing the whole read', () => {
    const sample = sampleWorkspace('en', NOW);
    const doc = loadedDoc(sample);
    collectionMap(doc, 'notes').get(sample.notes[0]!.id)!.set('color', 42);
    const read = snapshotOf(doc);
    expect(read.notes).toHaveLength(sample.notes.length);
    expect(read.notes.find((n) => n.id === sample.notes[0]!.id)).toMatchObject({ color: 'yellow', text: sample.notes[0]!.text });
  });
});

describe('setText', () => {
  function textOf(initial: string): Y.Text {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, initial);
    return text;
  }

  it('writes only the changed middle', () => {
    const text = textOf('Hello world');
    const deltas: unknown[] = [];
    text.observe((e) => deltas.push(e.delta));
    setText(text, 'Hello brave world');
    expect(text.toString()).toBe('Hello brave world');
    expect(deltas).toEqual([[{ retain: 6 }, { insert: 'brave ' }]]);
    setText(text, 'Hello world');
    expect(deltas[1]).toEqual([{ retain: 6 }, { delete: 6 }]);
  });

  it('does nothing when the text is the same', () => {
    const text = textOf('same');
    let events = 0;
    text.observe(() => events++);
    setText(text, 'same');
    expect(events).toBe(0);
  });

  it.each([
    ['😀', '😁'], // same high surrogate, different low
    ['😀', '𠘀'], // same low surrogate, different high
    ['a😀b', 'a😁b'],
    ['👍🏽', '👍🏿'], // skin tone modifiers are surrogate pairs too
    ['x😀😀y', 'x😀y'],
    ['😀', '😀😀'],
    ['😀', ''],
    ['', '🎉 launch'],
    ['Осведомленность 😀', 'Осведомленность 😁!'],
    ['👨‍👩‍👧', '👨‍👩‍👦'],
  ])('keeps emoji intact: %j → %j', (from, to) => {
    const text = textOf(from);
    setText(text, to);
    expect(text.toString()).toBe(to);
    expect(isWellFormedText(text.toString())).toBe(true);
    // And the stored items survive encoding: a split pair would come back as U+FFFD.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(text.doc!));
    expect(copy.getText('t').toString()).toBe(to);
  });

  it('typing an emoji next to another emoji writes only the new one', () => {
    // 😀 and 😁 share their high surrogate, like most emoji.
    const text = textOf('a😀b');
    const deltas: unknown[] = [];
    text.observe((e) => deltas.push(e.delta));
    setText(text, 'a😁😀b');
    setText(text, 'a😁b');
    expect(deltas).toEqual([[{ retain: 1 }, { insert: '😁' }], [{ retain: 3 }, { delete: 2 }]]);
  });

  it('an emoji a peer deletes stays deleted when I type another emoji next to it', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, '😀😂');
    const b = peerOf(a);
    setText(a.getText('t'), '😁😀😂'); // I type 😁 before 😀
    setText(b.getText('t'), '😂'); // meanwhile a peer deletes 😀
    sync(a, b);
    expect(a.getText('t').toString()).toBe('😁😂');
    expect(b.getText('t').toString()).toBe('😁😂');
  });

  it('an emoji is not doubled when two peers each type an emoji before it', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'x😀');
    const b = peerOf(a);
    setText(a.getText('t'), 'x😁😀');
    setText(b.getText('t'), 'x😂😀');
    sync(a, b);
    const merged = a.getText('t').toString();
    expect(merged).toBe(b.getText('t').toString());
    expect(['x😁😂😀', 'x😂😁😀']).toContain(merged);
  });

  it('merges two people typing into the same note at once (via setNoteText)', () => {
    const sample = sampleWorkspace('en', NOW);
    const id = sample.notes[0]!.id;
    const a = loadedDoc({ ...sample, notes: sample.notes.map((n) => (n.id === id ? { ...n, text: 'Sees an ad' } : n)) });
    const b = peerOf(a);
    setNoteText(a, id, 'Sees an ad on Instagram');
    setNoteText(b, id, 'Tim sees an ad');
    sync(a, b);
    expect(snapshotOf(a).notes.find((n) => n.id === id)!.text).toBe('Tim sees an ad on Instagram');
    expect(snapshotOf(b)).toEqual(snapshotOf(a));
  });

  it('merges concurrent insertions at the same spot without losing either', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'Hi');
    const b = peerOf(a);
    setText(a.getText('t'), 'Hi Ana');
    setText(b.getText('t'), 'Hi Budi');
    sync(a, b);
    const merged = a.getText('t').toString();
    expect(merged).toBe(b.getText('t').toString());
    expect(['Hi Ana Budi', 'Hi Budi Ana']).toContain(merged);
  });

  it.each([
    [1, 2],
    [2, 1],
  ])('an emoji changed on one side while the other types next to it stays whole (client ids %i, %i)', (idA, idB) => {
    const a = new Y.Doc();
    a.clientID = idA;
    a.getText('t').insert(0, '😀');
    const b = peerOf(a, idB);
    setText(a.getText('t'), '𠘀'); // shares the low surrogate with 😀
    setText(b.getText('t'), 'X😀');
    setText(b.getText('t'), 'X😀Y');
    sync(a, b);
    const merged = a.getText('t').toString();
    expect(merged).toBe(b.getText('t').toString());
    expect(isWellFormedText(merged)).toBe(true);
    // Where the new emoji lands next to concurrent typing is the CRDT's choice; that it is whole is ours.
    expect(['X𠘀Y', 'XY𠘀', '𠘀XY']).toContain(merged);
  });
});
