import { collabFor } from '../collab/manager';
import type { Action } from '../editor/actions';

/** Live session: leave (keeping a local copy), reconnect after going offline, bring everyone to this view. */
export const SESSION_ACTIONS: readonly Action[] = [
  {
    id: 'session.leave',
    labelKey: 'collab.leave',
    shortcuts: [],
    enabled: (editor) => collabFor(editor).state.phase !== 'idle',
    run: (editor) => collabFor(editor).leave(),
  },
  {
    id: 'session.reconnect',
    labelKey: 'collab.reconnect',
    shortcuts: [],
    enabled: (editor) => collabFor(editor).state.phase === 'offline',
    run: (editor) => collabFor(editor).reconnect(),
  },
  {
    id: 'session.bringEveryone',
    labelKey: 'collab.bring',
    shortcuts: [],
    enabled: (editor) => collabFor(editor).state.phase !== 'idle',
    run: (editor) => collabFor(editor).bringEveryone(),
  },
];
