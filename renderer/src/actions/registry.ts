import { addNote, deleteNotes } from '../../../shared/doc';
import type { StringKey } from '../i18n/strings';
import type { AppController } from '../workspace/controller';
import { selectBoard } from '../board/board-data';

/**
 * The one action registry: the toolbar, keyboard shortcuts and (through the host's menu
 * commands) the native menu all run these. Add a feature's user-facing verbs here.
 */
export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively. */
  readonly key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
}

export interface Action {
  readonly id: string;
  readonly labelKey: StringKey;
  readonly shortcuts: readonly Shortcut[];
  /** True when the native menu already owns this shortcut (desktop app). */
  readonly inNativeMenu?: boolean;
  enabled(app: AppController): boolean;
  run(app: AppController): void | Promise<unknown>;
}

const always = () => true;

function targetCell(app: AppController): { boardId: string; stageId: string; laneId: string } | null {
  const { activeBoardId, selectedCell, selectedNoteIds, session } = app.state;
  if (!activeBoardId) return null;
  const view = session.view.getView();
  if (selectedCell) return { boardId: activeBoardId, ...selectedCell };
  const selected = selectedNoteIds.map((id) => view.notes[id]).find((n) => n !== undefined);
  if (selected) return { boardId: activeBoardId, stageId: selected.stageId, laneId: selected.laneId };
  const { stages, lanes } = selectBoard(view, activeBoardId);
  return stages[0] && lanes[0] ? { boardId: activeBoardId, stageId: stages[0].id, laneId: lanes[0].id } : null;
}

/** Add a note to a cell and start typing into it. */
export function addNoteAndEdit(app: AppController, cell: { boardId: string; stageId: string; laneId: string }): string | null {
  const id = addNote(app.state.session.doc, { ...cell, author: '' });
  if (id) {
    app.state.session.undo.stopCapturing();
    app.store.set({ selectedNoteIds: [id], selectedCell: { stageId: cell.stageId, laneId: cell.laneId }, editingNoteId: id });
  }
  return id;
}

export const ACTIONS: readonly Action[] = [
  { id: 'new', labelKey: 'action.new', shortcuts: [{ key: 'n', mod: true }], inNativeMenu: true, enabled: always, run: (app) => app.newWorkspace() },
  { id: 'open', labelKey: 'action.open', shortcuts: [{ key: 'o', mod: true }], inNativeMenu: true, enabled: always, run: (app) => app.open() },
  { id: 'save', labelKey: 'action.save', shortcuts: [{ key: 's', mod: true }], inNativeMenu: true, enabled: always, run: (app) => app.save() },
  {
    id: 'saveAs',
    labelKey: 'action.saveAs',
    shortcuts: [{ key: 's', mod: true, shift: true }],
    inNativeMenu: true,
    enabled: always,
    run: (app) => app.save(true),
  },
  {
    id: 'undo',
    labelKey: 'action.undo',
    shortcuts: [{ key: 'z', mod: true }],
    inNativeMenu: true,
    enabled: (app) => app.state.session.undo.canUndo(),
    run: (app) => app.undo(),
  },
  {
    id: 'redo',
    labelKey: 'action.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    inNativeMenu: true,
    enabled: (app) => app.state.session.undo.canRedo(),
    run: (app) => app.redo(),
  },
  {
    id: 'addNote',
    labelKey: 'action.addNote',
    shortcuts: [{ key: 'n' }],
    enabled: (app) => targetCell(app) !== null,
    run: (app) => {
      const cell = targetCell(app);
      if (cell) addNoteAndEdit(app, cell);
    },
  },
  {
    id: 'editNote',
    labelKey: 'action.editNote',
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    enabled: (app) => app.state.selectedNoteIds.length === 1,
    run: (app) => app.store.set({ editingNoteId: app.state.selectedNoteIds[0] ?? null }),
  },
  {
    id: 'deleteNotes',
    labelKey: 'action.deleteNote',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: (app) => app.state.selectedNoteIds.length > 0,
    run: (app) => {
      deleteNotes(app.state.session.doc, app.state.selectedNoteIds);
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: [] });
    },
  },
  { id: 'openSample', labelKey: 'action.openSample', shortcuts: [], enabled: always, run: (app) => app.openSample() },
];

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`Unknown action ${id}`);
  return action;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return event.key.toLowerCase() === shortcut.key.toLowerCase() && mod === !!shortcut.mod && event.shiftKey === !!shortcut.shift && !event.altKey;
}

/** The action a key press runs, if any. In the desktop app the native menu owns its shortcuts. */
export function actionForKey(event: KeyboardEvent, hostKind: 'electron' | 'web'): Action | null {
  for (const action of ACTIONS) {
    if (hostKind === 'electron' && action.inNativeMenu) continue;
    if (action.shortcuts.some((s) => matches(s, event))) return action;
  }
  return null;
}

export function shortcutLabel(action: Action): string {
  const shortcut = action.shortcuts[0];
  if (!shortcut) return '';
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? (isMac ? '⌘' : 'Ctrl') : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
