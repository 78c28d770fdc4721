import type { Action } from '../editor/actions';
import { always } from './targets';

/** File: new, open, save, save as, the sample (persona import is in persona.ts). */
export const FILE_ACTIONS: readonly Action[] = [
  { id: 'new', menu: 'file', labelKey: 'action.new', shortcuts: [{ key: 'n', mod: true }], enabled: always, run: (editor) => editor.newWorkspace() },
  { id: 'open', menu: 'file', labelKey: 'action.open', shortcuts: [{ key: 'o', mod: true }], enabled: always, run: (editor) => editor.open() },
  { id: 'save', menu: 'file', labelKey: 'action.save', shortcuts: [{ key: 's', mod: true }], enabled: always, run: (editor) => editor.save() },
  { id: 'saveAs', menu: 'file', labelKey: 'action.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], enabled: always, run: (editor) => editor.save(true) },
  { id: 'openSample', menu: 'file', labelKey: 'action.openSample', shortcuts: [], enabled: always, run: (editor) => editor.openSample() },
];
