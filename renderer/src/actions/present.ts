import type { Action } from '../editor/actions';
import { isJourney } from './targets';
import { isPresenting, startPresenting, step, stopPresenting, toggleWhole } from '../present/state';
import { toggleInsights } from '../insights/state';

const notPresenting = (editor: Parameters<typeof isJourney>[0]) => isJourney(editor) && !isPresenting(editor);

/**
 * View ▸ Present (F5: stage by stage; Shift+F5: the whole journey), the keys that step through
 * it (a presenter's clicker sends Page Up/Down), and View ▸ Insights. While presenting,
 * renderer/src/present/PresentMode.tsx runs these keys before anything else on the page.
 */
export const PRESENT_ACTIONS: readonly Action[] = [
  { id: 'present', menu: 'view', labelKey: 'action.present', shortcuts: [{ key: 'F5' }], enabled: notPresenting, run: (editor) => startPresenting(editor, false) },
  { id: 'presentWhole', menu: 'view', labelKey: 'action.presentWhole', shortcuts: [{ key: 'F5', shift: true }], enabled: notPresenting, run: (editor) => startPresenting(editor, true) },
  {
    id: 'presentNext',
    labelKey: 'action.presentNext',
    shortcuts: [{ key: 'PageDown' }, { key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: ' ' }, { key: 'Enter' }],
    enabled: isPresenting,
    run: (editor) => step(editor, 1),
  },
  {
    id: 'presentPrev',
    labelKey: 'action.presentPrev',
    shortcuts: [{ key: 'PageUp' }, { key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: 'Backspace' }],
    enabled: isPresenting,
    run: (editor) => step(editor, -1),
  },
  { id: 'presentOverview', labelKey: 'action.presentOverview', shortcuts: [{ key: 'o' }, { key: 'Home' }], enabled: isPresenting, run: toggleWhole },
  { id: 'presentStop', labelKey: 'action.presentStop', shortcuts: [{ key: 'Escape' }], enabled: isPresenting, run: stopPresenting },
  { id: 'insights', menu: 'view', labelKey: 'action.insights', shortcuts: [], enabled: notPresenting, run: toggleInsights },
];
