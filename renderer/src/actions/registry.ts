import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { BOARD_ACTIONS } from './board';
import { CURVE_ACTIONS } from './curve';
import { EDIT_ACTIONS } from './edit';
import { FILE_ACTIONS } from './file';
import { HELP_ACTIONS } from './help';
import { NAVIGATION_ACTIONS } from './navigation';
import { PERSONA_ACTIONS } from './persona';
import { SESSION_ACTIONS } from './session';
import { STAGE_LANE_ACTIONS } from './stage-lane';
import { VIEW_ACTIONS } from './view';

/**
 * Every user verb, by area (one module each). This order is the order of the native menu,
 * the context menus and key matching (the first action whose shortcut matches runs).
 */
export const ACTIONS: readonly Action[] = [
  ...FILE_ACTIONS,
  ...EDIT_ACTIONS,
  ...NAVIGATION_ACTIONS,
  ...CURVE_ACTIONS,
  ...VIEW_ACTIONS,
  ...STAGE_LANE_ACTIONS,
  ...BOARD_ACTIONS,
  ...PERSONA_ACTIONS,
  ...SESSION_ACTIONS,
  ...HELP_ACTIONS,
];

/** Give the editor its actions (the app shell, and tests, do this once per editor). */
export function registerActions(editor: Editor): () => void {
  return editor.actions.register(ACTIONS);
}
