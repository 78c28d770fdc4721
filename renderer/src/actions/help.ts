import type { Action } from '../editor/actions';
import { openHelp } from '../editor/help-windows';
import { always } from './targets';

/** Help: the first-run guide again, the shortcut sheet (`?`), About (version, file format, where autosaves and logs live). */
export const HELP_ACTIONS: readonly Action[] = [
  { id: 'help.gettingStarted', menu: 'help', labelKey: 'help.gettingStarted', shortcuts: [], enabled: always, run: (editor) => openHelp(editor, 'guide') },
  { id: 'help.shortcuts', menu: 'help', labelKey: 'help.shortcuts', shortcuts: [{ key: '?' }], enabled: always, run: (editor) => openHelp(editor, 'shortcuts') },
  { id: 'help.about', menu: 'help', labelKey: 'help.about', shortcuts: [], enabled: always, run: (editor) => openHelp(editor, 'about') },
];
