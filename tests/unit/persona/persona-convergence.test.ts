import { describe, expect, it } from 'vitest';
import {
  addPersona,
  deletePersona,
  duplicatePersona,
  linkPersona,
  movePersona,
  setEmotion,
  tagNotes,
  unlinkPersona,
  updatePersona,
} from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import { seededRng } from '../doc/fake-network';
import { NOW, grid, loadedDoc, peerOf, snapshotOf, sync } from '../doc/helpers';

describe('persona edits by several people at once', () => {
  it('two peers typing into the same field keep both people’s characters', () => {
    const a = loadedDoc(sampleWorkspace('en', NOW), 1);
    const b = peerOf(a, 2);
    const tim = snapshotOf(a).personas[0]!;
    updatePersona(a, tim.id, { frustrations: `${tim.frustrations} Queues.` });
    updatePersona(b, tim.id, { frustrations: `Waiting. ${tim.frustrations}` });
    sync(a, b);
    expect(snapshotOf(a).personas[0]!.frustrations).toBe(`Waiting. ${tim.frustrations} Queues.`);
    expect(snapshotOf(b)).toEqual(snapshotOf(a));
  });

  it('a tag added while a peer deletes the persona is dropped on every peer', () => {
    const a = loadedDoc(sampleWorkspace('en', NOW), 1);
    const b = peerOf(a, 2);
    const snap = snapshotOf(a);
    const trudy = snap.personas[1]!;
    const note = snap.notes.find((n) => n.text === 'Compares models and prices')!;
    deletePersona(a, trudy.id);
    tagNotes(b, [note.id], trudy.id, true);
    sync(a, b);
    const after = snapshotOf(a);
    expect(after).toEqual(snapshotOf(b));
    expect(after.personas.some((p) => p.id === trudy.id)).toBe(false);
    expect(after.emotions.some((e) => e.personaId === trudy.id)).toBe(false);
    expect(after.notes.find((n) => n.id === note.id)!.personaIds).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5, 6])('random persona edits on three peers converge (seed %i)', (seed) => {
    const rng = seededRng(seed);
    const base = loadedDoc(sampleWorkspace('en', NOW), 10);
    const peers = [base, peerOf(base, 11), peerOf(base, 12)];
    const g = grid(base);
    for (let round = 0; round < 40; round++) {
      const doc = rng.pick(peers);
      const snap = snapshotOf(doc);
      const persona = snap.personas.length ? rng.pick(snap.personas) : null;
      const op = rng.int(0, 8);
      if (op === 0 || !persona) addPersona(doc, `P${round}`);
      else if (op === 1) updatePersona(doc, persona.id, { goals: `${persona.goals} g${round}`, channels: rng.chance(0.5) ? ['online'] : ['offline'] });
      else if (op === 2) duplicatePersona(doc, persona.id, `${persona.name} copy`);
      else if (op === 3) movePersona(doc, persona.id, rng.pick(snap.personas).id);
      else if (op === 4 && rng.chance(0.3)) deletePersona(doc, persona.id);
      else if (op === 5) linkPersona(doc, g.boardId, persona.id);
      else if (op === 6) unlinkPersona(doc, g.boardId, persona.id);
      else if (op === 7) tagNotes(doc, snap.notes.slice(0, 3).map((n) => n.id), persona.id, rng.chance(0.7));
      else setEmotion(doc, { boardId: g.boardId, stageId: rng.pick(g.stages).id, personaId: persona.id }, { score: rng.int(-2, 2) });
      if (rng.chance(0.3)) {
        const [x, y] = [rng.pick(peers), rng.pick(peers)];
        if (x !== y) sync(x!, y!);
      }
    }
    sync(peers[0]!, peers[1]!);
    sync(peers[1]!, peers[2]!);
    sync(peers[0]!, peers[1]!);
    const final = snapshotOf(peers[0]!);
    expect(snapshotOf(peers[1]!)).toEqual(final);
    expect(snapshotOf(peers[2]!)).toEqual(final);
    // Every record is still valid (snapshotOf validates) and every link names a live persona or a
    // persona deleted concurrently; the board never lists one twice.
    const links = final.boards.find((b) => b.id === g.boardId)!.personaIds;
    expect(new Set(links).size).toBe(links.length);
  });
});
