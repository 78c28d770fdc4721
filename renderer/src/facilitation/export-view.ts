import { isFaceDown, readFacilitation } from '../../../shared/facilitation';
import type { WorkspaceSnapshot } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { facilitationFor, hasFacilitation } from './controller';

/**
 * The workspace as this participant may export or print it now: in anonymous mode every
 * note's author reads "Anonymous" and its participant id is left out (it would link a person's
 * notes); notes others wrote in an open private round go out blank and without author.
 */
export function facilitatedSnapshot(editor: Editor, snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  if (!hasFacilitation(editor)) return snapshot;
  const state = readFacilitation(editor.doc);
  const me = facilitationFor(editor).identity.id;
  const anonymous = state.anonymous ? editor.t('facilitation.anonymousAuthor') : null;
  if (!anonymous && state.privateRound?.state !== 'open') return snapshot;
  return {
    ...snapshot,
    notes: snapshot.notes.map((note) => {
      const hidden = isFaceDown(state, note, me);
      if (!hidden && !anonymous) return note;
      const { authorId: _authorId, ...rest } = note;
      return { ...rest, author: anonymous ?? '', ...(hidden ? { text: '' } : {}) };
    }),
  };
}
