import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOAD_ORIGIN,
  addJourneyBoard,
  addNote,
  applySnapshot,
  createUndoManager,
  deleteNotes,
  moveNote,
  renameBoard,
  setNoteText,
  setWorkspaceFields,
  updateNote,
} from '../../../shared/doc';
import { sampleWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { NOW, grid, loadedDoc, peerOf, snapshotOf, sync, tickingClock } from './helpers';

function setup() {
  const sample = sampleWorkspace('en', NOW);
  const doc = loadedDoc(sample);
  const g = grid(doc);
  const clock = tickingClock();
  const undo = createUndoManager(doc);
  return { sample, doc, g, clock, undo };
}

type Setup = ReturnType<typeof setup>;

describe('undo and redo of each command', () => {
  const cases: [string, (s: Setup) => unknown][] = [
    ['addNote', (s) => addNote(s.doc, { boardId: s.g.boardId, stageId: s.g.stages[0]!.id, laneId: s.g.lane('actions').id, text: 'new', author: 'Ana' }, s.clock)],
    ['setNoteText', (s) => setNoteText(s.doc, s.sample.notes[0]!.id, 'Rewritten 🎯', s.clock)],
    ['updateNote', (s) => updateNote(s.doc, s.sample.notes[1]!.id, { color: 'white', impact: undefined }, s.clock)],
    ['moveNote', (s) => moveNote(s.doc, s.sample.notes[0]!.id, { stageId: s.g.stages[4]!.id, laneId: s.g.lane('painPoints').id }, s.clock)],
    ['deleteNotes', (s) => deleteNotes(s.doc, s.sample.notes.slice(0, 3).map((n) => n.id), s.clock)],
    ['addJourneyBoard', (s) => addJourneyBoard(s.doc, 'buying3', 'en', s.clock)],
    ['renameBoard', (s) => renameBoard(s.doc, s.g.boardId, 'Renamed', s.clock)],
    ['setWorkspaceFields', (s) => setWorkspaceFields(s.doc, { title: 'New title', locale: 'ru' }, s.clock)],
  ];

  it.each(cases)('%s undoes to exactly what was there, and redoes', (_name, run) => {
    const s = setup();
    const before = snapshotOf(s.doc);
    run(s);
    const after = snapshotOf(s.doc);
    expect(after).not.toEqual(before);
    expect(s.undo.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(snapshotOf(s.doc)).toEqual(before);
    s.undo.redo();
    expect(snapshotOf(s.doc)).toEqual(after);
  });

  it('a deleted note comes back with its text, and its text stays editable and shared', () => {
    const s = setup();
    const note = s.sample.notes[0]!;
    deleteNotes(s.doc, [note.id], s.clock);
    s.undo.undo();
    expect(snapshotOf(s.doc).notes.find((n) => n.id === note.id)!.text).toBe(note.text);
    s.undo.stopCapturing();
    setNoteText(s.doc, note.id, note.text + '!', s.clock);
    expect(snapshotOf(peerOf(s.doc)).notes.find((n) => n.id === note.id)!.text).toBe(note.text + '!');
  });
});

describe('what undo does not touch', () => {
  it('a change that came from another peer is not undone', () => {
    const s = setup();
    const peer = peerOf(s.doc);
    const remoteId = addNote(peer, { boardId: s.g.boardId, stageId: s.g.stages[1]!.id, laneId: s.g.lane('actions').id, text: 'from Budi', author: 'Budi' });
    Y.applyUpdate(s.doc, Y.encodeStateAsUpdate(peer));
    expect(s.undo.canUndo()).toBe(false);
    s.undo.undo();
    expect(snapshotOf(s.doc).notes.some((n) => n.id === remoteId)).toBe(true);
  });

  it('undo removes my typing but keeps what a peer typed into the same note meanwhile', () => {
    const s = setup();
    const id = s.sample.notes[0]!.id;
    const original = s.sample.notes[0]!.text;
    const peer = peerOf(s.doc);
    setNoteText(s.doc, id, original + ' mine', s.clock);
    sync(s.doc, peer);
    setNoteText(peer, id, 'theirs ' + original + ' mine', s.clock);
    sync(s.doc, peer);
    s.undo.undo();
    expect(snapshotOf(s.doc).notes.find((n) => n.id === id)!.text).toBe('theirs ' + original);
  });

  it('undoing my addNote removes my note, not the one a peer added meanwhile', () => {
    const s = setup();
    const mine = addNote(s.doc, { boardId: s.g.boardId, stageId: s.g.stages[0]!.id, laneId: s.g.lane('actions').id, author: 'Ana' }, s.clock)!;
    const peer = peerOf(s.doc);
    const theirs = addNote(peer, { boardId: s.g.boardId, stageId: s.g.stages[0]!.id, laneId: s.g.lane('actions').id, author: 'Budi' })!;
    sync(s.doc, peer);
    s.undo.undo();
    const ids = snapshotOf(s.doc).notes.map((n) => n.id);
    expect(ids).not.toContain(mine);
    expect(ids).toContain(theirs);
  });

  it('loading (LOAD_ORIGIN) is not undoable', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const sample = sampleWorkspace('en', NOW);
    applySnapshot(doc, sample, LOAD_ORIGIN);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(snapshotOf(doc).notes).toHaveLength(sample.notes.length);
    // Re-applying an edited snapshot with the load origin is not undoable either.
    const edited: WorkspaceSnapshot = { ...snapshotOf(doc), notes: [] };
    applySnapshot(doc, edited, LOAD_ORIGIN);
    expect(undo.canUndo()).toBe(false);
  });
});

describe('undo steps', () => {
  it('quick edits merge into one step until stopCapturing() ends the gesture', () => {
    const s = setup();
    const id = s.sample.notes[0]!.id;
    const original = s.sample.notes[0]!.text;
    setNoteText(s.doc, id, original + ' a', s.clock);
    setNoteText(s.doc, id, original + ' ab', s.clock);
    s.undo.stopCapturing();
    setNoteText(s.doc, id, original + ' abc', s.clock);
    const text = () => snapshotOf(s.doc).notes.find((n) => n.id === id)!.text;
    expect(s.undo.undoStack).toHaveLength(2);
    s.undo.undo();
    expect(text()).toBe(original + ' ab');
    s.undo.undo();
    expect(text()).toBe(original);
    s.undo.redo();
    expect(text()).toBe(original + ' ab');
  });

  it('each gesture is its own step: add, move, delete undo one at a time', () => {
    const s = setup();
    const cell = { boardId: s.g.boardId, stageId: s.g.stages[0]!.id, laneId: s.g.lane('actions').id };
    const id = addNote(s.doc, { ...cell, author: 'Ana' }, s.clock)!;
    s.undo.stopCapturing();
    moveNote(s.doc, id, { stageId: s.g.stages[2]!.id, laneId: cell.laneId }, s.clock);
    s.undo.stopCapturing();
    deleteNotes(s.doc, [id], s.clock);
    const find = () => snapshotOf(s.doc).notes.find((n) => n.id === id);
    s.undo.undo();
    expect(find()?.stageId).toBe(s.g.stages[2]!.id);
    s.undo.undo();
    expect(find()?.stageId).toBe(s.g.stages[0]!.id);
    s.undo.undo();
    expect(find()).toBeUndefined();
  });
});
