import type { Action } from '../editor/actions';
import { isJourney } from './targets';

/** View: zoom of the journey board drawn now (through the view it registered with the editor). */
export const VIEW_ACTIONS: readonly Action[] = [
  { id: 'zoomIn', menu: 'view', labelKey: 'action.zoomIn', shortcuts: [{ key: '=', mod: true }, { key: '+' }], enabled: isJourney, run: (editor) => editor.boardView?.zoomBy(1.25) },
  { id: 'zoomOut', menu: 'view', labelKey: 'action.zoomOut', shortcuts: [{ key: '-', mod: true }, { key: '-' }], enabled: isJourney, run: (editor) => editor.boardView?.zoomBy(0.8) },
  { id: 'zoomFit', menu: 'view', labelKey: 'action.zoomFit', shortcuts: [{ key: '!', shift: true }], enabled: isJourney, run: (editor) => editor.boardView?.fit() },
  { id: 'zoom100', menu: 'view', labelKey: 'action.zoom100', shortcuts: [{ key: '0', mod: true }], enabled: isJourney, run: (editor) => editor.boardView?.zoomTo(1) },
];
