import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  createViewStore,
  deleteNotes,
  moveNote,
  readView,
  setNoteText,
  updateNote,
  type ViewStore,
} from '../../../shared/doc';
import { NOTE_COLORS, byOrder, newWorkspace, type Note } from '../../../shared/model';
import { FakeNetwork, seededRng, type Rng } from './fake-network';
import { NOW, grid, isWellFormedText, loadedDoc, peerOf, snapshotOf, tickingClock, type JourneyGrid } from './helpers';

// Record ids from a counter instead of crypto randomness, so a failing seed replays exactly.
const ids = vi.hoisted(() => ({ next: 0 }));
vi.mock('nanoid', () => ({
  customAlphabet: () => () => `id${(ids.next++).toString(36).padStart(8, '0')}`,
}));

/**
 * Characters typed in the run, each used once, so a lost or revived character is found.
 * Every other one is outside the BMP (a surrogate pair) and consecutive ones share their
 * high surrogate, as neighbouring emoji do.
 */
function characterSource() {
  let n = 0;
  return () => {
    const i = n++;
    return String.fromCodePoint(i % 2 ? 0x20000 + (i >> 1) : 0x4e00 + (i >> 1));
  };
}

interface Tracker {
  /** Which note each typed character went into. */
  typedInto: Map<string, string>;
  /** Characters someone deleted (as they saw them). */
  erased: Set<string>;
  created: Set<string>;
  deleted: Set<string>;
}

function notesOf(store: ViewStore): Note[] {
  return Object.values(store.getView().notes).sort((a, b) => (a.id < b.id ? -1 : 1));
}

function randomCommand(doc: Y.Doc, store: ViewStore, g: JourneyGrid, rng: Rng, fresh: () => string, t: Tracker, clock: () => Date) {
  const notes = notesOf(store);
  const randomCell = () => ({ stageId: rng.pick(g.stages).id, laneId: rng.pick(g.lanes).id });
  const cellOf = (cell: { stageId: string; laneId: string }) =>
    notes.filter((n) => n.stageId === cell.stageId && n.laneId === cell.laneId).sort(byOrder);
  const roll = rng.next();

  if (notes.length === 0 || roll < 0.2) {
    const cell = randomCell();
    const inCell = cellOf(cell);
    const before = inCell.length && rng.chance(0.5) ? rng.pick(inCell).id : undefined;
    const text = Array.from({ length: rng.int(0, 2) }, fresh).join('');
    const id = addNote(doc, { boardId: g.boardId, ...cell, text, author: 'peer', ...(before ? { beforeNoteId: before } : {}) }, clock);
    if (!id) throw new Error('addNote refused a cell of the board');
    t.created.add(id);
    for (const c of text) t.typedInto.set(c, id);
    return;
  }
  if (roll < 0.38) {
    const cell = randomCell();
    const inCell = cellOf(cell);
    const before = inCell.length && rng.chance(0.6) ? rng.pick(inCell).id : undefined;
    expect(moveNote(doc, rng.pick(notes).id, { ...cell, ...(before ? { beforeNoteId: before } : {}) }, clock)).toBe(true);
    return;
  }
  if (roll < 0.42) {
    const id = rng.pick(notes).id;
    deleteNotes(doc, [id], clock);
    t.deleted.add(id);
    return;
  }
  if (roll < 0.48) {
    updateNote(doc, rng.pick(notes).id, { color: rng.pick(NOTE_COLORS) }, clock);
    return;
  }
  // Typing: mostly into the first few notes, so peers often type into the same text at once.
  const note = rng.chance(0.6) ? rng.pick(notes.slice(0, 3)) : rng.pick(notes);
  const chars = Array.from(note.text);
  const edit = rng.next();
  let next: string[];
  if (chars.length === 0 || edit < 0.55) {
    const at = rng.int(0, chars.length);
    next = [...chars.slice(0, at), ...Array.from({ length: rng.int(1, 3) }, fresh), ...chars.slice(at)];
  } else {
    const at = rng.int(0, chars.length - 1);
    const len = rng.int(1, Math.min(3, chars.length - at));
    const typed = edit < 0.8 ? [] : Array.from({ length: rng.int(1, 2) }, fresh);
    next = [...chars.slice(0, at), ...typed, ...chars.slice(at + len)];
  }
  const kept = new Set(next);
  for (const c of chars) if (!kept.has(c)) t.erased.add(c);
  for (const c of next) if (!t.typedInto.has(c)) t.typedInto.set(c, note.id);
  expect(setNoteText(doc, note.id, next.join(''), clock)).toBe(true);
}

const PARTITIONS: number[][][] = [[[0, 1], [2]], [[0], [1, 2]], [[0, 2], [1]], [[0], [1], [2]]];

function runScenario(seed: number, commandsPerPeer: number) {
  ids.next = 0;
  const rng = seededRng(seed);
  const fresh = characterSource();
  const clock = tickingClock();
  const t: Tracker = { typedInto: new Map(), erased: new Set(), created: new Set(), deleted: new Set() };

  // The facilitator opens the workspace with a few notes; three peers join with it.
  const host = loadedDoc(newWorkspace('en', NOW), 100);
  const g = grid(host);
  for (let i = 0; i < 4; i++) {
    const text = fresh() + fresh();
    const id = addNote(host, { boardId: g.boardId, stageId: g.stages[i]!.id, laneId: g.lanes[0]!.id, text, author: 'host' }, clock)!;
    t.created.add(id);
    for (const c of text) t.typedInto.set(c, id);
  }
  const docs = [1, 2, 3].map((clientID) => peerOf(host, clientID));
  const stores = docs.map((doc) => createViewStore(doc));
  const net = new FakeNetwork(docs, rng);
  let partitions = 0;

  for (let step = 0; step < commandsPerPeer * docs.length; step++) {
    const peer = rng.int(0, docs.length - 1);
    randomCommand(docs[peer]!, stores[peer]!, g, rng, fresh, t, clock);
    net.deliver(rng.int(0, 3));
    if (rng.chance(0.03)) {
      if (rng.chance(0.4)) net.heal();
      else {
        net.partition(rng.pick(PARTITIONS));
        partitions++;
      }
    }
  }
  net.flush();
  expect(net.pending).toBe(0);

  const snapshots = docs.map(snapshotOf);
  return { docs, stores, snapshots, t, net, partitions };
}

describe('convergence over a reordering, partitioning network', () => {
  it.each([1, 2, 3, 0xc0ffee])('seed %i: three peers end identical, losing no typed character', (seed) => {
    const { docs, stores, snapshots, t, net, partitions } = runScenario(seed, 300);

    // The run really was hostile: messages were delivered out of order and some were lost.
    expect(partitions).toBeGreaterThan(0);
    expect(net.dropped).toBeGreaterThan(0);

    // Everyone sees the same workspace.
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[2]).toEqual(snapshots[0]);

    // Every note added and not deleted is there; every deleted note is gone.
    const finalIds = new Set(snapshots[0]!.notes.map((n) => n.id));
    for (const id of t.created) expect(finalIds.has(id), `note ${id}`).toBe(!t.deleted.has(id));
    expect(snapshots[0]!.notes.length).toBeGreaterThan(10);

    // Each note's text holds exactly the characters typed into it that nobody deleted,
    // each once, with no emoji split into U+FFFD.
    for (const note of snapshots[0]!.notes) {
      expect(isWellFormedText(note.text), note.id).toBe(true);
      const chars = Array.from(note.text);
      expect(new Set(chars).size, `${note.id}: a character appears twice`).toBe(chars.length);
      const expected = [...t.typedInto].filter(([c, id]) => id === note.id && !t.erased.has(c)).map(([c]) => c);
      expect(chars.slice().sort(), note.id).toEqual(expected.sort());
    }

    // The incremental views followed every remote change.
    docs.forEach((doc, i) => expect(stores[i]!.getView()).toEqual(readView(doc)));
  }, 60_000);
});
