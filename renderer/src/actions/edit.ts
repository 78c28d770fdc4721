import { deleteNotes, duplicateNotes, updateNotes } from '../../../shared/doc';
import { boardRecords } from '../../../shared/doc/board-records';
import { NOTE_COLORS, type NoteColor } from '../../../shared/model';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { DIALOGS, SELECTION } from '../editor/slices';
import { copySelection, pasteFromClipboardApi } from './clipboard';
import { addNoteAndEdit, author, hasSelection, isJourney, targetCell } from './targets';

/** Delete the selected notes as one undo step; nothing stays selected. */
export function deleteSelectedNotes(editor: Editor): void {
  const ids = editor.selection.selectedNoteIds;
  editor.edit(() => deleteNotes(editor.doc, ids));
  editor.update(SELECTION, { selectedNoteIds: [] });
}

/** Edit: undo and redo, notes (add, edit, copy, cut, paste, duplicate, delete, colour), selection. */
export const EDIT_ACTIONS: readonly Action[] = [
  {
    id: 'undo',
    menu: 'edit',
    labelKey: 'action.undo',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: (editor) => editor.canUndo(),
    run: (editor) => editor.undo(),
  },
  {
    id: 'redo',
    menu: 'edit',
    labelKey: 'action.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: (editor) => editor.canRedo(),
    run: (editor) => editor.redo(),
  },
  {
    id: 'addNote',
    menu: 'edit',
    labelKey: 'action.addNote',
    shortcuts: [{ key: 'n' }],
    contexts: ['cell'],
    enabled: (editor, target) => targetCell(editor, target) !== null,
    run: (editor, target) => {
      const cell = targetCell(editor, target);
      if (cell) addNoteAndEdit(editor, cell);
    },
  },
  {
    id: 'editNote',
    menu: 'edit',
    labelKey: 'action.editNote',
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    contexts: ['note'],
    enabled: (editor) => editor.selection.selectedNoteIds.length === 1,
    run: (editor) => editor.editNote(editor.selection.selectedNoteIds[0] ?? null),
  },
  {
    id: 'copy',
    labelKey: 'action.copy',
    shortcuts: [{ key: 'c', mod: true }],
    browserShortcut: true,
    contexts: ['note'],
    enabled: hasSelection,
    run: (editor) => copySelection(editor),
  },
  {
    id: 'cut',
    labelKey: 'action.cut',
    shortcuts: [{ key: 'x', mod: true }],
    browserShortcut: true,
    contexts: ['note'],
    enabled: hasSelection,
    run: async (editor) => {
      if (await copySelection(editor)) deleteSelectedNotes(editor);
    },
  },
  {
    id: 'paste',
    labelKey: 'action.paste',
    shortcuts: [{ key: 'v', mod: true }],
    browserShortcut: true,
    contexts: ['cell', 'note'],
    enabled: (editor, target) => targetCell(editor, target) !== null,
    run: (editor, target) => pasteFromClipboardApi(editor, target),
  },
  {
    id: 'duplicate',
    menu: 'edit',
    labelKey: 'action.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    contexts: ['note'],
    enabled: hasSelection,
    run: (editor) => {
      const ids = editor.edit(() => duplicateNotes(editor.doc, editor.selection.selectedNoteIds, author(editor)));
      editor.update(SELECTION, { selectedNoteIds: ids });
    },
  },
  {
    id: 'selectAll',
    menu: 'edit',
    labelKey: 'action.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: isJourney,
    run: (editor) => {
      const boardId = editor.selection.activeBoardId!;
      editor.select(boardRecords(editor.view(), boardId).notes.map((n) => n.id));
    },
  },
  {
    id: 'clearSelection',
    labelKey: 'action.clearSelection',
    shortcuts: [{ key: 'Escape' }],
    enabled: (editor) => hasSelection(editor) || editor.selection.selectedCell !== null || editor.get(DIALOGS).contextMenu !== null,
    run: (editor) =>
      editor.slices.batch(() => {
        editor.select([]);
        editor.openContextMenu(null);
      }),
  },
  {
    id: 'deleteNotes',
    menu: 'edit',
    labelKey: 'action.deleteNote',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    contexts: ['note'],
    danger: true,
    enabled: hasSelection,
    run: deleteSelectedNotes,
  },
  ...NOTE_COLORS.map(
    (color: NoteColor): Action => ({
      id: `color:${color}`,
      labelKey: `color.${color}`,
      shortcuts: [],
      contexts: ['note'],
      group: 'menu.color',
      enabled: hasSelection,
      run: (editor) => {
        editor.edit(() => updateNotes(editor.doc, editor.selection.selectedNoteIds, { color }));
      },
    }),
  ),
];
