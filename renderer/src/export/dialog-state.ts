import { useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor';
import { exportT, type ExportKey } from '../../../shared/i18n/resources/export';

/**
 * Whether the Export/Print dialog is open, per editor (kept here, not in the editor's slices,
 * until the lead folds it in). `exportText` looks up the dialog's strings in the UI language.
 */
type Which = 'export' | 'import' | null;
const state = new WeakMap<Editor, { which: Which; listeners: Set<() => void> }>();

function entry(editor: Editor) {
  let e = state.get(editor);
  if (!e) state.set(editor, (e = { which: null, listeners: new Set() }));
  return e;
}

export function openExportDialog(editor: Editor, which: Which = 'export'): void {
  const e = entry(editor);
  e.which = which;
  for (const l of e.listeners) l();
}

export function useExportDialog(editor: Editor): Which {
  const e = entry(editor);
  return useSyncExternalStore(
    (listener) => {
      e.listeners.add(listener);
      return () => e.listeners.delete(listener);
    },
    () => e.which,
  );
}

export const exportText = (editor: Editor, key: ExportKey, params?: Record<string, string | number>): string => exportT(editor.uiLocale, key, params);
