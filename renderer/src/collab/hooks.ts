import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { collabFor, SESSION_UI, type CollabState } from './manager';

/** What `select` picks from the session UI slice (re-renders only when that changes). */
export function useCollabValue<T>(app: Editor, select: (state: CollabState) => T, isEqual?: (a: T, b: T) => boolean): T {
  collabFor(app); // the manager sets its slice up when it is made
  return useSlice(app, SESSION_UI, select, isEqual);
}

const whole = (state: CollabState) => state;

/** The whole session UI slice. */
export function useCollab(app: Editor): CollabState {
  return useCollabValue(app, whole);
}
