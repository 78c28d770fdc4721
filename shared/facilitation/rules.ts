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

/** A record an edit touched, with the record as it was before and is after (either may be absent). */
export interface TouchedChange {
  collection: 'boards' | 'stages' | 'lanes' | 'notes' | 'personas' | 'emotions';
  before: { boardId?: string; id: string; authorId?: string } | undefined;
  after: { boardId?: string; id: string; authorId?: string } | undefined;
}

/**
 * Why an edit that touched these records is refused under the locks now, or null — the one
 * check every edit, gesture, paste, delete, undo and redo passes (renderer/src/editor/edit-guard.ts).
 * Boards, stages, lanes and the curve are structure; notes follow `noteRefusal` (a new note is
 * anyone's to add unless the whole board is locked); personas and the workspace are not locked.
 */
export function editRefusal(state: FacilitationState, changes: readonly TouchedChange[], me: string): LockRefusal | null {
  if (Object.keys(state.locks).length === 0) return null;
  for (const { collection, before, after } of changes) {
    if (collection === 'personas') continue;
    const boards = new Set([before, after].flatMap((r) => (r ? [collection === 'boards' ? r.id : r.boardId] : [])));
    for (const boardId of boards) {
      if (collection !== 'notes') {
        const reason = structureRefusal(state, boardId);
        if (reason) return reason;
        continue;
      }
      const lock = lockOf(state, boardId);
      if (lock === 'all') return 'boardLocked';
      if (lock === 'structure' && before && before.authorId !== me) return 'notOwnNote';
    }
  }
  return null;
}
