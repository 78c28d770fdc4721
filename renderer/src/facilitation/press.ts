import { changeDots, isFaceDown, noteInScope, noteRefusal, structureRefusal, type LockRefusal } from '../../../shared/facilitation';
import { message } from '../../../shared/i18n';
import type { Note } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { facilitationFor } from './controller';

/** What this file reads of the board's press (board/gestures/pick.ts `Press`; no import, so no folder cycle). */
export interface BoardPress {
  readonly button: number;
  readonly hand: boolean;
  readonly input: { readonly additive: boolean };
  readonly hit: { readonly kind: string; readonly note?: { readonly id: string } };
}

/** What this file reads of the board's double-click (pick.ts `DoubleClick`). */
export interface BoardDoubleClick {
  readonly kind: string;
  readonly id?: string;
}

/**
 * What facilitation does with a press on the board before any gesture starts: a vote on a note
 * while a round is open, nothing on a face-down card, and a refusal (with a notice) where a
 * lock forbids the change. True when the press was taken here.
 */
export function facilitationPress(editor: Editor, boardId: string, press: BoardPress): boolean {
  if (press.button !== 0 || press.hand) return false;
  const f = facilitationFor(editor);
  const { state, me } = f.ui;
  const { hit } = press;
  const refuse = (reason: LockRefusal | null) => {
    if (!reason) return false;
    f.refuse(reason);
    return true;
  };
  switch (hit.kind) {
    case 'note':
    case 'resize-handle': {
      const note = hit.note ? editor.view().notes[hit.note.id] : undefined;
      if (!note) return false;
      if (isFaceDown(state, note, me)) {
        editor.showStatus(message('facilitation.faceDown'));
        return true;
      }
      const round = state.round;
      if (round?.state === 'open') {
        const inScope = noteInScope(round, note, editor.view().lanes[note.laneId]?.kind);
        if (inScope || f.ui.dots.includes(note.id)) {
          const change = changeDots(f.ui.dots, note.id, round, inScope, press.input.additive);
          if (change.ok) f.castDots(change.dots);
          else f.refuse(change.reason);
          return true;
        }
      }
      // Pressing still selects; moving or resizing others' notes is what a lock refuses.
      const reason = noteRefusal(state, boardId, [note], me);
      if (reason) {
        editor.pick([note.id]);
        return refuse(reason);
      }
      return false;
    }
    case 'stage':
    case 'stage-edge':
    case 'lane':
    case 'lane-edge':
    case 'curve-point':
      return refuse(structureRefusal(state, boardId));
    default:
      return false;
  }
}

/** A double-click that a lock forbids (renaming structure, typing into others' notes, adding to a locked board). */
export function facilitationDoubleClick(editor: Editor, boardId: string, action: BoardDoubleClick): boolean {
  const f = facilitationFor(editor);
  const { state, me } = f.ui;
  let reason: LockRefusal | null = null;
  if (action.kind === 'edit-note') {
    const note: Note | undefined = action.id ? editor.view().notes[action.id] : undefined;
    if (note && isFaceDown(state, note, me)) {
      editor.showStatus(message('facilitation.faceDown'));
      return true;
    }
    reason = note ? noteRefusal(state, boardId, [note], me) : null;
  } else if (action.kind === 'add-note') {
    reason = structureRefusal(state, boardId) === 'boardLocked' ? 'boardLocked' : null;
  } else {
    reason = structureRefusal(state, boardId);
  }
  if (!reason) return false;
  f.refuse(reason);
  return true;
}
