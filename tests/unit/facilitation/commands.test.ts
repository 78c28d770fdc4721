import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addTime,
  castBallot,
  changeDots,
  claimFacilitation,
  endRound,
  facilitationMap,
  handOver,
  inboxKeys,
  newRoundKeys,
  openHandedKey,
  openBallot,
  openOwnBallot,
  pauseTimer,
  proxyVoterKey,
  readFacilitation,
  resumeTimer,
  revealPrivateRound,
  revealRound,
  sealBallot,
  sealRoundKey,
  setLock,
  startPrivateRound,
  startRound,
  startTimer,
  stopTimer,
  timerView,
  voteResults,
  type Actor,
} from '../../../shared/facilitation';
import { addNote } from '../../../shared/doc';
import { loadedDoc, peerOf, snapshotOf, sync } from '../doc/helpers';
import { loadWorkspaceFile, serializeWorkspace } from '../../../shared/file';

const ana: Actor = { id: 'participantAna01', name: 'Ana' };
const boris: Actor = { id: 'participantBoris', name: 'Борис' };

function roomWithNotes(count: number) {
  const doc = loadedDoc();
  const snap = snapshotOf(doc);
  const board = snap.boards.find((b) => b.kind === 'journey')!;
  const stage = snap.stages.find((s) => s.boardId === board.id)!;
  const lanes = snap.lanes.filter((l) => l.boardId === board.id);
  const pain = lanes.find((l) => l.kind === 'painPoints')!;
  const other = lanes.find((l) => l.kind !== 'painPoints')!;
  const notes = Array.from({ length: count }, (_, i) => addNote(doc, { boardId: board.id, stageId: stage.id, laneId: pain.id, text: `Боль ${i}`, author: 'x' })!);
  const outside = addNote(doc, { boardId: board.id, stageId: stage.id, laneId: other.id, text: 'elsewhere', author: 'x' })!;
  return { doc, board, notes, outside };
}

describe('facilitator role', () => {
  it('the host claims it; others cannot take a taken seat, and only the facilitator hands it over', () => {
    const doc = loadedDoc();
    expect(claimFacilitation(doc, ana, true)).toEqual({ ok: true });
    expect(claimFacilitation(doc, boris, false)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(handOver(doc, boris, boris)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(readFacilitation(doc).facilitator).toEqual({ id: ana.id, name: 'Ana' });
    expect(handOver(doc, ana, boris)).toEqual({ ok: true });
    expect(readFacilitation(doc).facilitator?.id).toBe(boris.id);
    expect(startTimer(doc, ana, 60_000, 0)).toEqual({ ok: false, reason: 'notFacilitator' });
  });

  it('a participant cannot start a round, reveal, lock or unlock: state unchanged', () => {
    const doc = loadedDoc();
    claimFacilitation(doc, ana, true);
    const board = snapshotOf(doc).boards[0]!.id;
    const before = JSON.stringify(facilitationMap(doc).toJSON());
    expect(startRound(doc, boris, { dotsPerPerson: 3, onePerNote: true, boardIds: null, laneKinds: null }, newRoundKeys().publicKey).ok).toBe(false);
    expect(setLock(doc, boris, board, 'all').ok).toBe(false);
    expect(startPrivateRound(doc, boris).ok).toBe(false);
    expect(JSON.stringify(facilitationMap(doc).toJSON())).toBe(before);
    const keys = newRoundKeys();
    startRound(doc, ana, { dotsPerPerson: 3, onePerNote: true, boardIds: null, laneKinds: null }, keys.publicKey);
    setLock(doc, ana, board, 'structure');
    expect(revealRound(doc, boris, keys.privateKey)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(setLock(doc, boris, board, null)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(readFacilitation(doc).round?.state).toBe('open');
    expect(readFacilitation(doc).locks[board]).toBe('structure');
  });
});

describe('timer with clock offsets', () => {
  it('machines whose clocks differ by minutes agree on the remaining time', () => {
    const doc = loadedDoc();
    claimFacilitation(doc, ana, true);
    const anaNow = 1_000_000_000_000;
    const skew = 5 * 60_000 + 1234; // Boris's clock runs 5 min ahead
    startTimer(doc, ana, 3 * 60_000, anaNow);
    const peer = peerOf(doc);
    const timer = readFacilitation(peer).timer;
    // 40 s later on both machines; Boris learnt the offset from Ana's clock reading: theirs − mine = −skew.
    expect(timerView(timer, anaNow + 40_000, 0)!.remainingMs).toBe(140_000);
    expect(timerView(timer, anaNow + skew + 40_000, -skew)!.remainingMs).toBe(140_000);
    // Without the offset Boris would be 5 minutes off (already at zero).
    expect(timerView(timer, anaNow + skew + 40_000, 0)!.done).toBe(true);
  });

  it('pause, resume in another clock, add a minute, stop', () => {
    const doc = loadedDoc();
    claimFacilitation(doc, ana, true);
    startTimer(doc, ana, 60_000, 10_000);
    pauseTimer(doc, ana, 30_000, 0);
    expect(timerView(readFacilitation(doc).timer, 99_999, 0)).toMatchObject({ paused: true, remainingMs: 40_000 });
    handOver(doc, ana, boris);
    // Boris's clock is 1 hour behind: resuming puts the timer in his clock.
    resumeTimer(doc, boris, 500_000 - 3_600_000);
    expect(timerView(readFacilitation(doc).timer, 510_000 - 3_600_000, 0)).toMatchObject({ running: true, remainingMs: 30_000 });
    addTime(doc, boris, 60_000, 510_000 - 3_600_000, 0);
    expect(timerView(readFacilitation(doc).timer, 510_000 - 3_600_000, 0)!.remainingMs).toBe(90_000);
    // Ana sees it through her offset to Boris's clock.
    expect(timerView(readFacilitation(doc).timer, 510_000, -3_600_000)!.remainingMs).toBe(90_000);
    expect(stopTimer(doc, boris)).toEqual({ ok: true });
    expect(readFacilitation(doc).timer).toBeNull();
    expect(startTimer(doc, boris, 10, 0)).toEqual({ ok: false, reason: 'badDuration' });
  });
});

describe('sealed dot voting', () => {
  it('ballots open only with the round key (or one’s own secret) and pad to one length', () => {
    const keys = newRoundKeys();
    const round = { id: 'round1', publicKey: keys.publicKey, dotsPerPerson: 5 };
    const one = sealBallot({ notes: ['a'] }, round, 'secret-ana', ana.id);
    const five = sealBallot({ notes: ['a', 'b', 'c', 'd', 'e'], name: 'Анастасия Петровна' }, round, 'secret-boris', boris.id);
    expect(one.ct.length).toBe(five.ct.length);
    expect(openBallot(one, keys.privateKey)).toEqual({ notes: ['a'] });
    expect(openBallot(five, keys.privateKey)).toEqual({ notes: ['a', 'b', 'c', 'd', 'e'], name: 'Анастасия Петровна' });
    expect(openOwnBallot(one, round, 'secret-ana', ana.id)).toEqual({ notes: ['a'] });
    expect(openOwnBallot(one, round, 'secret-boris', ana.id)).toBeNull();
    expect(openBallot(one, newRoundKeys().privateKey)).toBeNull();
    expect(JSON.stringify(one)).not.toContain('"a"');
  });

  it('dots on two peers, counts hidden until reveal, the same ranking on both; a dot taken back is gone', () => {
    const { doc, notes, outside } = roomWithNotes(4);
    claimFacilitation(doc, ana, true);
    const keys = newRoundKeys();
    const started = startRound(doc, ana, { dotsPerPerson: 3, onePerNote: true, boardIds: null, laneKinds: ['painPoints'] }, keys.publicKey);
    expect(started.ok).toBe(true);
    const peer = peerOf(doc);
    const round = readFacilitation(doc).round!;
    const vote = (d: Y.Doc, who: Actor, secret: string, dots: string[]) => castBallot(d, who, round.id, who.id, sealBallot({ notes: dots }, round, secret, who.id));
    expect(vote(doc, ana, 'sa', [notes[0]!, notes[1]!]).ok).toBe(true);
    expect(vote(peer, boris, 'sb', [notes[1]!, notes[2]!, outside]).ok).toBe(true);
    // Boris takes back his dot on notes[2].
    expect(vote(peer, boris, 'sb', [notes[1]!]).ok).toBe(true);
    expect(vote(peer, boris, 'sb', ['x']).ok).toBe(true);
    expect(vote(peer, boris, 'sb', [notes[1]!]).ok).toBe(true);
    // Boris cannot write Ana's ballot, nor a named person's.
    expect(castBallot(peer, boris, round.id, ana.id, sealBallot({ notes: [] }, round, 'sb', ana.id)).ok).toBe(false);
    expect(castBallot(peer, boris, round.id, proxyVoterKey('Ира'), sealBallot({ notes: [] }, round, 'sb', 'p')).ok).toBe(false);
    // The facilitator records dots for Ира on the shared screen.
    const ira = proxyVoterKey('Ира');
    expect(castBallot(doc, ana, round.id, ira, sealBallot({ notes: [notes[1]!, notes[3]!], name: 'Ира' }, round, 'sa', ira)).ok).toBe(true);
    sync(doc, peer);
    expect(voteResults(doc)).toBeNull();
    expect(voteResults(peer)).toBeNull();
    expect(revealRound(doc, ana, newRoundKeys().privateKey)).toEqual({ ok: false, reason: 'wrongKey' });
    expect(revealRound(doc, ana, keys.privateKey)).toEqual({ ok: true });
    sync(doc, peer);
    const a = voteResults(doc)!;
    const b = voteResults(peer)!;
    expect(b).toEqual(a);
    expect(a.voters).toBe(3);
    expect(a.ranking.map((r) => [r.noteId, r.count, r.rank])).toEqual([
      [notes[1], 3, 1],
      [notes[0], 1, 2],
      [notes[3], 1, 2],
    ]);
    expect(a.ranking.find((r) => r.noteId === notes[2])).toBeUndefined();
    expect(castBallot(peer, boris, round.id, boris.id, sealBallot({ notes: [] }, round, 'sb', boris.id))).toEqual({ ok: false, reason: 'roundRevealed' });
    // The results are kept in the file: saved and opened again, the same ranking.
    const reopened = loadWorkspaceFile(serializeWorkspace(doc, { appVersion: 't', now: new Date() }));
    if (!reopened.ok) throw new Error('did not load');
    expect(voteResults(reopened.doc)).toEqual(a);
    expect(endRound(doc, ana)).toEqual({ ok: true });
    expect(voteResults(doc)).toBeNull();
    expect([...facilitationMap(doc).keys()].some((k) => k.startsWith('ballot:'))).toBe(false);
  });

  it('handed over mid-round, the new facilitator reveals with the key sealed to their inbox; nobody else can open it', () => {
    const { doc, notes } = roomWithNotes(3);
    claimFacilitation(doc, ana, true);
    const keys = newRoundKeys();
    startRound(doc, ana, { dotsPerPerson: 2, onePerNote: false, boardIds: null, laneKinds: ['painPoints'] }, keys.publicKey);
    const round = readFacilitation(doc).round!;
    const peer = peerOf(doc);
    castBallot(doc, ana, round.id, ana.id, sealBallot({ notes: [notes[0]!, notes[0]!] }, round, 'sa', ana.id));
    castBallot(peer, boris, round.id, boris.id, sealBallot({ notes: [notes[1]!] }, round, 'sb', boris.id));
    sync(doc, peer);
    const borisInbox = inboxKeys('boris-secret-boris-secret-boris-secret');
    const handed = sealRoundKey(keys.privateKey, boris.id, borisInbox.publicKey)!;
    // A key addressed to someone else is not stored; the one for Boris is.
    expect(handOver(doc, ana, boris, { ...handed, to: 'someoneElse00000' })).toEqual({ ok: true });
    expect(readFacilitation(doc).round?.handedKey).toBeUndefined();
    claimFacilitation(doc, ana, true);
    expect(handOver(doc, ana, boris, handed)).toEqual({ ok: true });
    sync(doc, peer);
    const seen = readFacilitation(peer).round!;
    expect(seen.handedKey?.to).toBe(boris.id);
    // A raw-doc reader sees no key before the reveal, and no other inbox opens it.
    expect(JSON.stringify(facilitationMap(peer).toJSON())).not.toContain(keys.privateKey);
    expect(openHandedKey(seen.handedKey!, inboxKeys('carol-secret-carol-secret-carol-secret').privateKey, seen.publicKey)).toBeNull();
    expect(openHandedKey({ ...seen.handedKey!, ct: seen.handedKey!.ct.replace(/^./, (c) => (c === '0' ? '1' : '0')) }, borisInbox.privateKey, seen.publicKey)).toBeNull();
    const opened = openHandedKey(seen.handedKey!, borisInbox.privateKey, seen.publicKey)!;
    expect(opened).toBe(keys.privateKey);
    expect(revealRound(peer, ana, opened)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(revealRound(peer, boris, opened)).toEqual({ ok: true });
    sync(doc, peer);
    expect(voteResults(doc)!.ranking.map((r) => [r.noteId, r.count])).toEqual([
      [notes[0], 2],
      [notes[1], 1],
    ]);
  });

  it('a hostile ballot (too many dots, repeats, unknown notes) counts only what the rules allow', () => {
    const { doc, notes } = roomWithNotes(3);
    claimFacilitation(doc, ana, true);
    const keys = newRoundKeys();
    startRound(doc, ana, { dotsPerPerson: 2, onePerNote: true, boardIds: null, laneKinds: null }, keys.publicKey);
    const round = readFacilitation(doc).round!;
    const big = { ...round, dotsPerPerson: 20 };
    castBallot(doc, boris, round.id, boris.id, sealBallot({ notes: [notes[0]!, notes[0]!, 'nope', notes[1]!, notes[2]!] }, big, 'sb', boris.id));
    revealRound(doc, ana, keys.privateKey);
    expect(voteResults(doc)!.ranking.map((r) => [r.noteId, r.count])).toEqual([
      [notes[0], 1],
      [notes[1], 1],
    ]);
  });

  it('one dot per note toggles; several dots per note add until none are left', () => {
    const one = { dotsPerPerson: 2, onePerNote: true };
    expect(changeDots([], 'a', one, true)).toEqual({ ok: true, dots: ['a'] });
    expect(changeDots(['a'], 'a', one, true)).toEqual({ ok: true, dots: [] });
    expect(changeDots(['a', 'b'], 'c', one, true)).toEqual({ ok: false, reason: 'noDotsLeft' });
    expect(changeDots([], 'c', one, false)).toEqual({ ok: false, reason: 'outOfScope' });
    const many = { dotsPerPerson: 3, onePerNote: false };
    expect(changeDots(['a'], 'a', many, true)).toEqual({ ok: true, dots: ['a', 'a'] });
    expect(changeDots(['a', 'a'], 'a', many, true, true)).toEqual({ ok: true, dots: ['a'] });
    expect(changeDots(['a', 'a', 'b'], 'a', many, true)).toEqual({ ok: true, dots: ['a', 'b'] });
  });
});

describe('garbage in the facilitation map', () => {
  it('is ignored: the state reads as absent, nothing throws', () => {
    const doc = loadedDoc();
    const map = facilitationMap(doc);
    doc.transact(() => {
      map.set('facilitator', { id: '__proto__', name: 5 });
      map.set('timer', { durationMs: -1, endsAt: 'soon' });
      map.set('round', { id: 'r', dotsPerPerson: 1e9, state: 'open' });
      map.set('private', 'yes');
      map.set('lock:__proto__', 'all');
      map.set('lock:boardX', 'everything');
      map.set('anonymous', 'true');
      map.set('ballot:r:x', { eph: 'zz' });
      const nested = new Y.Map();
      map.set('lock:boardY', nested);
    });
    const state = readFacilitation(doc);
    expect(state).toEqual({ facilitator: null, timer: null, round: null, ballots: new Map(), privateRound: null, locks: {}, anonymous: false });
    expect(voteResults(doc)).toBeNull();
    // A participant cannot take the seat while garbage sits there? It is empty: the host claims it.
    expect(claimFacilitation(doc, ana, false)).toEqual({ ok: true });
  });

  it('private round: start and reveal are the facilitator’s', () => {
    const doc = loadedDoc();
    claimFacilitation(doc, ana, true);
    expect(startPrivateRound(doc, ana).ok).toBe(true);
    expect(startPrivateRound(doc, ana)).toEqual({ ok: false, reason: 'roundOpen' });
    expect(revealPrivateRound(doc, boris)).toEqual({ ok: false, reason: 'notFacilitator' });
    expect(revealPrivateRound(doc, ana)).toEqual({ ok: true });
    expect(readFacilitation(doc).privateRound?.state).toBe('revealed');
  });
});
