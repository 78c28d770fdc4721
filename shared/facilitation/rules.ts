import type { Note } from '../model';
import type { FacilitationState, LockLevel } from './state';

/** Fields facilitation adds to notes (NoteSchema keeps them; docs/FILE_FORMAT.md). */
export interface NoteFacilitation {
  authorId?: string;
  /** The private-writing round the note was written in. */
  privateRound?: string;
}

export function lockOf(state: FacilitationState, boardId: string | null | undefined): LockLevel | null {
  return boardId ? (state.locks[boardId] ?? null) : null;
}

/** A note written in the open private round by someone else: shown face down. */
export function isFaceDown(state: FacilitationState, note: Note & NoteFacilitation, me: string): boolean {
  const round = state.privateRound;
  return !!round && round.state === 'open' && note.privateRound === round.id && note.authorId !== me;
}

export type LockRefusal = 'boardLocked' | 'structureLocked' | 'notOwnNote';

/** Why a change to a board's structure (stages, lanes, curve) is refused now, or null. */
export function structureRefusal(state: FacilitationState, boardId: string | null | undefined): LockRefusal | null {
  const lock = lockOf(state, boardId);
  return lock === 'all' ? 'boardLocked' : lock === 'structure' ? 'structureLocked' : null;
}

/**
 * Why changing these notes is refused now, or null: a whole-board lock refuses every note
 * change; a structure lock lets people add notes and change their own, not others'.
 */
export function noteRefusal(state: FacilitationState, boardId: string | null | undefined, notes: readonly (Note & NoteFacilitation)[], me: string): LockRefusal | null {
  const lock = lockOf(state, boardId);
  if (lock === 'all') return 'boardLocked';
  if (lock === 'structure' && notes.some((n) => n.authorId !== me)) return 'notOwnNote';
  return null;
}
