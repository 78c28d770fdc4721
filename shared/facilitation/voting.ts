import type * as Y from 'yjs';
import type { LaneKind, Note, WorkspaceSnapshot } from '../model';
import { readSnapshot } from '../doc/ydoc';
import { openBallot, type BallotContent } from './ballots';
import { readFacilitation, type FacilitationState, type SealedBallot, type VotingRound } from './state';

/** Which notes a round's dots may go on. */
export function noteInScope(round: Pick<VotingRound, 'boardIds' | 'laneKinds'>, note: Pick<Note, 'boardId'>, laneKind: LaneKind | undefined): boolean {
  if (round.boardIds && !round.boardIds.includes(note.boardId)) return false;
  if (round.laneKinds && (!laneKind || !round.laneKinds.includes(laneKind))) return false;
  return true;
}

export type DotChange = { ok: true; dots: string[] } | { ok: false; reason: 'noDotsLeft' | 'outOfScope' | 'noDotHere' };

/**
 * A click on a note while voting: with one dot per note it toggles; otherwise it adds a dot
 * while some are left, and `remove` (Shift+click, or a click once every dot is placed on a
 * note that has one) takes one back.
 */
export function changeDots(dots: readonly string[], noteId: string, round: Pick<VotingRound, 'dotsPerPerson' | 'onePerNote'>, inScope: boolean, remove = false): DotChange {
  const has = dots.includes(noteId);
  const left = round.dotsPerPerson - dots.length;
  const takeBack = () => {
    const i = dots.lastIndexOf(noteId);
    return { ok: true as const, dots: [...dots.slice(0, i), ...dots.slice(i + 1)] };
  };
  if (remove || (round.onePerNote && has) || (left <= 0 && has)) return has ? takeBack() : { ok: false, reason: 'noDotHere' };
  if (!inScope) return { ok: false, reason: 'outOfScope' };
  if (left <= 0) return { ok: false, reason: 'noDotsLeft' };
  return { ok: true, dots: [...dots, noteId] };
}

/** A ballot as the rules allow it: notes that exist and are in scope, at most the round's dots, one per note if so. */
export function validDots(content: BallotContent, round: VotingRound, lookup: NoteLookup): string[] {
  const out: string[] = [];
  for (const id of content.notes) {
    if (out.length >= round.dotsPerPerson) break;
    const found = lookup(id);
    if (!found || !noteInScope(round, found.note, found.laneKind)) continue;
    if (round.onePerNote && out.includes(id)) continue;
    out.push(id);
  }
  return out;
}

export type NoteLookup = (noteId: string) => { note: Note; laneKind: LaneKind | undefined } | undefined;

/** A lookup over a snapshot's notes and lanes. */
export function snapshotLookup(snapshot: Pick<WorkspaceSnapshot, 'notes' | 'lanes'>): NoteLookup {
  const notes = new Map(snapshot.notes.map((n) => [n.id, n]));
  const lanes = new Map(snapshot.lanes.map((l) => [l.id, l.kind]));
  return (id) => {
    const note = notes.get(id);
    return note ? { note, laneKind: lanes.get(note.laneId) } : undefined;
  };
}

/** Dots per note from opened ballots, by the round's rules. */
export function tally(round: VotingRound, ballots: ReadonlyMap<string, SealedBallot>, privateKey: string, lookup: NoteLookup): { counts: Map<string, number>; voters: number } {
  const counts = new Map<string, number>();
  let voters = 0;
  for (const ballot of ballots.values()) {
    const content = openBallot(ballot, privateKey);
    if (!content) continue;
    const dots = validDots(content, round, lookup);
    if (dots.length > 0) voters++;
    for (const id of dots) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { counts, voters };
}

export interface RankedNote {
  noteId: string;
  count: number;
  /** 1 for the most dots; notes with equal counts share a rank. */
  rank: number;
  text: string;
  boardId: string;
  stageId: string;
  laneId: string;
}

export interface VoteResults {
  roundId: string;
  voters: number;
  totalDots: number;
  /** Notes with at least one dot, most dots first (ties: by text, then id — the same on every peer). */
  ranking: RankedNote[];
}

/** The revealed round's results from an already-read state and snapshot (null before the reveal). */
export function voteResultsFrom(state: FacilitationState, lookup: NoteLookup | null): VoteResults | null {
  const round = state.round;
  if (!round || round.state !== 'revealed' || !round.privateKey || !lookup) return null;
  const { counts, voters } = tally(round, state.ballots, round.privateKey, lookup);
  const rows = [...counts].map(([noteId, count]) => ({ note: lookup(noteId)!.note, count }));
  rows.sort((a, b) => b.count - a.count || a.note.text.localeCompare(b.note.text) || (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0));
  const ranking = rows.map(({ note, count }) => ({
    noteId: note.id,
    count,
    rank: 1 + rows.filter((r) => r.count > count).length,
    text: note.text,
    boardId: note.boardId,
    stageId: note.stageId,
    laneId: note.laneId,
  }));
  return { roundId: round.id, voters, totalDots: ranking.reduce((sum, r) => sum + r.count, 0), ranking };
}

/**
 * The last revealed vote's results, ranked (the insights panel and print read this). Pure over
 * the doc: every peer holding the same doc state gets the same ranking.
 */
export function voteResults(doc: Y.Doc): VoteResults | null {
  const snapshot = readSnapshot(doc);
  return voteResultsFrom(readFacilitation(doc), snapshot ? snapshotLookup(snapshot) : null);
}
