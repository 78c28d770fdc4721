import { editRefusal, type TouchedChange } from '../../../shared/facilitation';
import type { EditGuard } from '../editor/edit-guard';
import type { Editor } from '../editor/editor';
import { facilitationFor } from './controller';

/**
 * The locks as the editor's edit guard: every edit, gesture frame (drags of notes, stages,
 * lanes, the curve), inspector field, paste, delete, undo and redo that would change a locked
 * board is taken back, with the same notice as a refused press.
 */
export function lockGuard(app: Editor): EditGuard {
  return {
    active: () => Object.keys(facilitationFor(app).ui.state.locks).length > 0,
    check: (touched, before, after) => {
      const { state, me } = facilitationFor(app).ui;
      const changes: TouchedChange[] = touched.map(({ collection, id }) => ({
        collection,
        before: (before[collection] as Record<string, TouchedChange['before']>)[id],
        after: (after[collection] as Record<string, TouchedChange['after']>)[id],
      }));
      const reason = editRefusal(state, changes, me);
      if (reason) facilitationFor(app).refuse(reason);
      return reason !== null;
    },
  };
}
