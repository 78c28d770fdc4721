import { desktopText } from '../../../shared/i18n/resources/desktop';
import type { Action } from '../editor/actions';
import { mergeFromFile } from '../editor/disk';
import { openRecent } from '../editor/recent';
import { always } from './targets';
import { openExportDialog } from '../export/dialog-state';
import { exportT } from '../../../shared/i18n/resources/export';

/** File: new, open, save, save as, merge, the sample (persona import is in persona.ts). */
export const FILE_ACTIONS: readonly Action[] = [
  { id: 'new', menu: 'file', labelKey: 'action.new', shortcuts: [{ key: 'n', mod: true }], enabled: always, run: (editor) => editor.newWorkspace() },
  { id: 'open', menu: 'file', labelKey: 'action.open', shortcuts: [{ key: 'o', mod: true }], enabled: always, run: (editor) => editor.open() },
  // Desktop only: a browser keeps no recent files.
  { id: 'openRecent', menu: 'file', label: (editor) => desktopText(editor.uiLocale, 'action.openRecent'), shortcuts: [], enabled: (editor) => editor.hostKind === 'electron', run: (editor) => openRecent(editor) },
  { id: 'renameWorkspace', menu: 'file', label: (editor) => editor.t('shell.renameWorkspace'), shortcuts: [], enabled: always, run: (editor) => editor.rename({ kind: 'workspace', id: '' }) },
  { id: 'save', menu: 'file', labelKey: 'action.save', shortcuts: [{ key: 's', mod: true }], enabled: always, run: (editor) => editor.save() },
  { id: 'saveAs', menu: 'file', labelKey: 'action.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], enabled: always, run: (editor) => editor.save(true) },
  { id: 'merge', menu: 'file', label: (editor) => desktopText(editor.uiLocale, 'action.merge'), shortcuts: [], enabled: always, run: (editor) => mergeFromFile(editor) },
  // Labels from the export strings until the lead wires them into the catalog.
  { id: 'exportPrint', menu: 'file', label: (editor) => `${exportT(editor.uiLocale, 'dialog.title')}…`, shortcuts: [{ key: 'p', mod: true }], enabled: always, run: (editor) => openExportDialog(editor) },
  { id: 'importCsv', menu: 'file', label: (editor) => exportT(editor.uiLocale, 'dialog.import'), shortcuts: [], enabled: always, run: (editor) => openExportDialog(editor, 'import') },
  { id: 'openSample', menu: 'file', labelKey: 'action.openSample', shortcuts: [], enabled: always, run: (editor) => editor.openSample() },
];
