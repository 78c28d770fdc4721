/**
 * COMPATIBILITY DURING THE MERGE: the controller became the editor (renderer/src/editor/).
 * The board view still imports these names from here; remove once it imports the editor.
 */
export { Editor as AppController, type EditStep, type LoadOutcome } from '../editor/editor';
export type { AppState } from '../editor/compat';
export type { BoardViewApi, DrawnBoard } from '../editor/views';
export type { ContextMenuState, ContextTarget, Dialog, DialogChoice, RenameTarget } from '../editor/slices';
