import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  addPersona,
  collectionMap,
  createUndoManager,
  deletePersona,
  duplicatePersona,
  insertPersonas,
  linkPersona,
  movePersona,
  nextPersonaColor,
  PERSONA_COLORS,
  personaContent,
  setEmotion,
  tagNotes,
  unlinkPersona,
  updatePersona,
} from '../../../shared/doc';
import { byOrder, sampleWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { NOW, countTransactions, grid, loadedDoc, peerOf, snapshotOf, sync, tickingClock } from '../doc/helpers';

function setup() {
  const sample = sampleWorkspace('en', NOW);
  const doc = loadedDoc(sample);
  const undo = createUndoManager(doc);
  const [tim, trudy] = sample.personas as [WorkspaceSnapshot['personas'][0], WorkspaceSnapshot['personas'][0]];
  return { sample, doc, undo, tim, trudy, g: grid(doc), clock: tickingClock() };
}
type Setup = ReturnType<typeof setup>;
const names = (doc: Y.Doc) => snapshotOf(doc).personas.sort(byOrder).map((p) => p.name);

describe('persona commands', () => {
  it('adds a persona at the end with every field empty and an unused colour', () => {
    const s = setup();
    const id = addPersona(s.doc, 'Busy Bella', {}, s.clock);
    const bella = snapshotOf(s.doc).personas.find((p) => p.id === id)!;
    expect(names(s.doc)).toEqual(['Tech-Savvy Tim', 'Traditional Trudy', 'Busy Bella']);
    expect(bella).toMatchObject({ name: 'Busy Bella', role: '', quote: '', goals: '', channels: [] });
    expect([s.tim.color, s.trudy.color]).not.toContain(bella.color);
    expect(bella.photo).toBeUndefined();
  });

  it('picks palette colours in turn, cycling when all are used', () => {
    expect(nextPersonaColor([])).toBe(PERSONA_COLORS[0]);
    expect(nextPersonaColor([PERSONA_COLORS[0].toUpperCase()])).toBe(PERSONA_COLORS[1]);
    expect(nextPersonaColor([...PERSONA_COLORS])).toBe(PERSONA_COLORS[0]);
  });

  it('updates fields; long texts are Y.Text and merge by character between two people', () => {
    const s = setup();
    const peer = peerOf(s.doc);
    updatePersona(s.doc, s.tim.id, { goals: 'Get the newest gadget quickly, at a fair price. Fast.' }, s.clock);
    updatePersona(peer, s.tim.id, { goals: 'Really get the newest gadget quickly, at a fair price.' }, s.clock);
    sync(s.doc, peer);
    const field = collectionMap(s.doc, 'personas').get(s.tim.id)!.get('goals');
    expect(field).toBeInstanceOf(Y.Text);
    const goals = snapshotOf(s.doc).personas.find((p) => p.id === s.tim.id)!.goals;
    expect(goals).toBe('Really get the newest gadget quickly, at a fair price. Fast.');
    expect(snapshotOf(peer)).toEqual(snapshotOf(s.doc));
  });

  it('updates channels, colour and photo, and removes the photo', () => {
    const s = setup();
    const photo = 'data:image/webp;base64,UklGRg==';
    updatePersona(s.doc, s.tim.id, { channels: ['online', 'offline'], color: '#2f9e44', photo }, s.clock);
    expect(snapshotOf(s.doc).personas.find((p) => p.id === s.tim.id)).toMatchObject({ channels: ['online', 'offline'], color: '#2f9e44', photo });
    updatePersona(s.doc, s.tim.id, { photo: undefined }, s.clock);
    expect(snapshotOf(s.doc).personas.find((p) => p.id === s.tim.id)!.photo).toBeUndefined();
  });

  it('duplicates a persona right after the original with a new id, not its links or curves', () => {
    const s = setup();
    const id = duplicatePersona(s.doc, s.tim.id, 'Tech-Savvy Tim (copy)', s.clock)!;
    const snap = snapshotOf(s.doc);
    expect(names(s.doc)).toEqual(['Tech-Savvy Tim', 'Tech-Savvy Tim (copy)', 'Traditional Trudy']);
    expect(personaContent(snap.personas.find((p) => p.id === id)!)).toEqual({ ...personaContent(s.tim), name: 'Tech-Savvy Tim (copy)' });
    expect(snap.emotions.filter((e) => e.personaId === id)).toEqual([]);
    expect(snap.boards.find((b) => b.id === s.g.boardId)!.personaIds).toEqual([s.tim.id, s.trudy.id]);
  });

  it('reorders personas, before another or last', () => {
    const s = setup();
    const bella = addPersona(s.doc, 'Busy Bella', {}, s.clock);
    movePersona(s.doc, bella, s.tim.id, s.clock);
    expect(names(s.doc)).toEqual(['Busy Bella', 'Tech-Savvy Tim', 'Traditional Trudy']);
    movePersona(s.doc, bella, null, s.clock);
    expect(names(s.doc)).toEqual(['Tech-Savvy Tim', 'Traditional Trudy', 'Busy Bella']);
    movePersona(s.doc, s.trudy.id, s.tim.id, s.clock);
    expect(names(s.doc)).toEqual(['Traditional Trudy', 'Tech-Savvy Tim', 'Busy Bella']);
  });

  it('deletes a persona with its links, tags and curve points; undo brings them all back', () => {
    const s = setup();
    const before = snapshotOf(s.doc);
    expect(before.emotions.some((e) => e.personaId === s.tim.id)).toBe(true);
    expect(before.notes.some((n) => n.personaIds?.includes(s.tim.id))).toBe(true);
    deletePersona(s.doc, s.tim.id, s.clock);
    const after = snapshotOf(s.doc);
    expect(after.personas.map((p) => p.id)).toEqual([s.trudy.id]);
    expect(after.boards.every((b) => !b.personaIds.includes(s.tim.id))).toBe(true);
    expect(after.boards.find((b) => b.id === s.g.boardId)!.personaIds).toEqual([s.trudy.id]);
    expect(after.notes.some((n) => n.personaIds?.includes(s.tim.id))).toBe(false);
    // A note tagged with Tim only loses the field altogether.
    expect(after.notes.find((n) => n.text === 'Social media ad')!.personaIds).toBeUndefined();
    expect(after.emotions.some((e) => e.personaId === s.tim.id)).toBe(false);
    expect(after.emotions.filter((e) => e.personaId === s.trudy.id)).toHaveLength(5);
    s.undo.undo();
    expect({ ...snapshotOf(s.doc), workspace: null }).toEqual({ ...before, workspace: null });
  });

  it('links personas to a journey board in legend order, never twice, never to a persona board', () => {
    const s = setup();
    const bella = addPersona(s.doc, 'Busy Bella', {}, s.clock);
    expect(linkPersona(s.doc, s.g.boardId, bella, s.tim.id, s.clock)).toBe(true);
    expect(snapshotOf(s.doc).boards.find((b) => b.id === s.g.boardId)!.personaIds).toEqual([bella, s.tim.id, s.trudy.id]);
    expect(linkPersona(s.doc, s.g.boardId, bella, s.tim.id, s.clock)).toBe(false);
    const personaBoard = snapshotOf(s.doc).boards.find((b) => b.kind === 'persona')!;
    expect(linkPersona(s.doc, personaBoard.id, bella, null, s.clock)).toBe(false);
    expect(linkPersona(s.doc, s.g.boardId, 'missing', null, s.clock)).toBe(false);
  });

  it('unlinks a persona: it leaves the legend and its curve on that board goes; undo restores', () => {
    const s = setup();
    const before = snapshotOf(s.doc);
    expect(unlinkPersona(s.doc, s.g.boardId, s.trudy.id, s.clock)).toBe(true);
    const after = snapshotOf(s.doc);
    expect(after.boards.find((b) => b.id === s.g.boardId)!.personaIds).toEqual([s.tim.id]);
    expect(after.emotions.some((e) => e.personaId === s.trudy.id)).toBe(false);
    expect(after.notes.some((n) => n.personaIds?.includes(s.trudy.id))).toBe(true);
    s.undo.undo();
    expect({ ...snapshotOf(s.doc), workspace: null }).toEqual({ ...before, workspace: null });
  });

  it('tags and untags notes with a persona', () => {
    const s = setup();
    const ids = s.sample.notes.slice(0, 3).map((n) => n.id);
    expect(tagNotes(s.doc, ids, s.trudy.id, true, s.clock)).toBe(2); // the third already was
    expect(snapshotOf(s.doc).notes.filter((n) => ids.includes(n.id)).every((n) => n.personaIds?.includes(s.trudy.id))).toBe(true);
    expect(tagNotes(s.doc, ids, s.trudy.id, false, s.clock)).toBe(3);
    expect(snapshotOf(s.doc).notes.filter((n) => ids.includes(n.id)).some((n) => n.personaIds?.includes(s.trudy.id))).toBe(false);
    expect(tagNotes(s.doc, ids, 'missing', true, s.clock)).toBe(0);
  });

  it('inserts copied personas with new ids after the last, photos included', () => {
    const s = setup();
    const photo = 'data:image/jpeg;base64,/9j/';
    const ids = insertPersonas(s.doc, [{ ...personaContent(s.tim), photo }, personaContent(s.trudy)], null, s.clock);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(s.tim.id);
    expect(names(s.doc)).toEqual(['Tech-Savvy Tim', 'Traditional Trudy', 'Tech-Savvy Tim', 'Traditional Trudy']);
    expect(snapshotOf(s.doc).personas.find((p) => p.id === ids[0])!.photo).toBe(photo);
  });

  const cases: [string, (s: Setup) => unknown][] = [
    ['addPersona', (s) => addPersona(s.doc, 'New', {}, s.clock)],
    ['updatePersona', (s) => updatePersona(s.doc, s.tim.id, { quote: 'Changed', channels: ['offline'] }, s.clock)],
    ['duplicatePersona', (s) => duplicatePersona(s.doc, s.tim.id, 'Copy', s.clock)],
    ['movePersona', (s) => movePersona(s.doc, s.trudy.id, s.tim.id, s.clock)],
    ['deletePersona', (s) => deletePersona(s.doc, s.trudy.id, s.clock)],
    ['linkPersona', (s) => linkPersona(s.doc, s.g.boardId, addPersona(s.doc, 'X', {}, s.clock), null, s.clock)],
    ['unlinkPersona', (s) => unlinkPersona(s.doc, s.g.boardId, s.tim.id, s.clock)],
    ['tagNotes', (s) => tagNotes(s.doc, s.sample.notes.map((n) => n.id), s.tim.id, true, s.clock)],
    ['insertPersonas', (s) => insertPersonas(s.doc, [personaContent(s.tim)], s.tim.id, s.clock)],
    ['setEmotion for a persona', (s) => setEmotion(s.doc, { boardId: s.g.boardId, stageId: s.g.stages[0]!.id, personaId: s.trudy.id }, { score: -2 }, s.clock)],
  ];
  it.each(cases)('%s is one local transaction, undone and redone as one step', (_name, run) => {
    const s = setup();
    const before = snapshotOf(s.doc);
    let after!: WorkspaceSnapshot;
    if (_name === 'linkPersona') {
      // Adding the persona first is its own step; the link is the one under test.
      const id = addPersona(s.doc, 'X', {}, s.clock);
      s.undo.stopCapturing();
      const linked = snapshotOf(s.doc);
      const { transactions, origins } = countTransactions(s.doc, () => linkPersona(s.doc, s.g.boardId, id, null, s.clock));
      expect(transactions).toBe(1);
      expect(origins).toEqual([LOCAL_ORIGIN]);
      after = snapshotOf(s.doc);
      s.undo.undo();
      expect(snapshotOf(s.doc).boards).toEqual(linked.boards);
      s.undo.redo();
      expect(snapshotOf(s.doc)).toEqual(after);
      return;
    }
    const { transactions, origins } = countTransactions(s.doc, () => run(s));
    expect(transactions).toBe(1);
    expect(origins).toEqual([LOCAL_ORIGIN]);
    after = snapshotOf(s.doc);
    expect(after).not.toEqual(before);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
    s.undo.redo();
    expect(snapshotOf(s.doc)).toEqual(after);
  });
});
