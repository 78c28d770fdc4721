import {
  addJourneyBoard,
  addLane,
  addNote,
  addPersonaBoard,
  addStage,
  deleteBoard,
  deleteLane,
  deleteNotes,
  deleteStage,
  duplicateBoard,
  duplicateNotes,
  moveBoard,
  moveNotes,
  updateNotes,
} from '../../../shared/doc';
import { byOrder, LANE_KINDS, NOTE_COLORS, type LaneKind, type NoteColor, type TemplateId } from '../../../shared/model';
import type { MenuSpec, MenuSpecItem, MenuSpecSection } from '../../../shared/host-api';
import type { StringKey } from '../i18n/strings';
import type { AppController, ContextTarget } from '../workspace/controller';
import { selectBoard } from '../board/board-data';
import { adjacentCell, neighbour, type Direction } from '../../../shared/layout/navigation';
import { copySelection, pasteFromClipboardApi } from './clipboard';
import { PERSONA_ACTIONS } from '../persona/actions';

/**
 * The one action registry: the toolbar, keyboard shortcuts, context menus and (through the
 * host's menu commands) the native menu all run these. Add a feature's user-facing verbs here.
 */
export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively. */
  readonly key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

export interface Action {
  readonly id: string;
  readonly labelKey: StringKey;
  /** Extra words for the label (a colour's name, a lane kind). */
  readonly labelParams?: Record<string, string>;
  readonly shortcuts: readonly Shortcut[];
  /** Where the native menu (desktop app) lists it, in registry order. */
  readonly menu?: MenuSpecSection['id'];
  /** The browser fires copy/cut/paste events for these keys; the clipboard module handles them. */
  readonly browserShortcut?: boolean;
  /** Which right-click menus list it, in this order. */
  readonly contexts?: readonly ContextTarget['kind'][];
  /** Items listed under a heading in menus (colours, lane kinds). */
  readonly group?: StringKey;
  /** Danger styling in menus. */
  readonly danger?: boolean;
  enabled(app: AppController, target?: ContextTarget): boolean;
  run(app: AppController, target?: ContextTarget): void | Promise<unknown>;
}

const always = () => true;
const author = () => '';

/** The cell an action works on: the right-clicked or selected cell, else the selection's, else the first. */
export function targetCell(app: AppController, target?: ContextTarget): { boardId: string; stageId: string; laneId: string } | null {
  const { activeBoardId, selectedCell, selectedNoteIds, session } = app.state;
  if (!activeBoardId) return null;
  const view = session.view.getView();
  if (view.boards[activeBoardId]?.kind !== 'journey') return null;
  if (target?.kind === 'cell') return { boardId: activeBoardId, stageId: target.stageId, laneId: target.laneId };
  if (selectedCell) return { boardId: activeBoardId, ...selectedCell };
  const selected = selectedNoteIds.map((id) => view.notes[id]).find((n) => n !== undefined);
  if (selected) return { boardId: activeBoardId, stageId: selected.stageId, laneId: selected.laneId };
  const { stages, lanes } = selectBoard(view, activeBoardId);
  return stages[0] && lanes[0] ? { boardId: activeBoardId, stageId: stages[0].id, laneId: lanes[0].id } : null;
}

/** Add a note to a cell and start typing into it. */
export function addNoteAndEdit(app: AppController, cell: { boardId: string; stageId: string; laneId: string }): string | null {
  const id = addNote(app.state.session.doc, { ...cell, author: author() });
  if (id) {
    app.state.session.undo.stopCapturing();
    app.store.set({ selectedNoteIds: [id], selectedCell: { stageId: cell.stageId, laneId: cell.laneId }, editingNoteId: id, contextMenu: null });
  }
  return id;
}

const hasSelection = (app: AppController) => app.state.selectedNoteIds.length > 0;
const activeBoard = (app: AppController) => (app.state.activeBoardId ? app.state.session.view.getView().boards[app.state.activeBoardId] : undefined);
const isJourney = (app: AppController) => activeBoard(app)?.kind === 'journey';

function stageOf(app: AppController, target?: ContextTarget) {
  return target?.kind === 'stage' ? app.state.session.view.getView().stages[target.stageId] : undefined;
}
function laneOf(app: AppController, target?: ContextTarget) {
  return target?.kind === 'lane' ? app.state.session.view.getView().lanes[target.laneId] : undefined;
}
function boardOf(app: AppController, target?: ContextTarget) {
  const id = target?.kind === 'board' ? target.boardId : app.state.activeBoardId;
  return id ? app.state.session.view.getView().boards[id] : undefined;
}

function notesOn(app: AppController, match: (n: { stageId: string; laneId: string; boardId: string }) => boolean): number {
  return Object.values(app.state.session.view.getView().notes).filter(match).length;
}

/** Deleting something that holds notes never happens silently: ask, and say undo brings it back. */
async function confirmDelete(app: AppController, title: string, notes: number): Promise<boolean> {
  if (notes === 0) return true;
  const answer = await app.ask({
    title,
    body: app.t('confirm.deleteBody', { count: notes }),
    choices: [
      { value: 'cancel', label: app.t('unsaved.cancel') },
      { value: 'delete', label: app.t('action.delete'), danger: true, primary: true },
    ],
  });
  return answer === 'delete';
}

function selectNeighbour(app: AppController, direction: Direction): void {
  const layout = app.drawnBoard?.layout;
  if (!layout) return;
  const view = app.state.session.view.getView();
  const noteId = app.state.selectedNoteIds.at(-1);
  const note = noteId ? view.notes[noteId] : undefined;
  const from = note ? { noteId: note.id, stageId: note.stageId, laneId: note.laneId } : app.state.selectedCell ? { noteId: null, ...app.state.selectedCell } : null;
  if (!from) {
    const first = layout.stages[0] && layout.lanes[0] ? { stageId: layout.stages[0].id, laneId: layout.lanes[0].id } : null;
    if (first) app.store.set({ selectedCell: first, selectedNoteIds: [] });
    return;
  }
  const next = neighbour(layout, from, direction);
  if (!next) return;
  if (next.noteId) {
    app.store.set({ selectedNoteIds: [next.noteId], selectedCell: null });
    app.boardView?.reveal(next.noteId);
  } else app.store.set({ selectedNoteIds: [], selectedCell: { stageId: next.stageId, laneId: next.laneId } });
}

function moveSelection(app: AppController, direction: Direction): void {
  const layout = app.drawnBoard?.layout;
  const view = app.state.session.view.getView();
  const first = app.state.selectedNoteIds.map((id) => view.notes[id]).find((n) => n !== undefined);
  if (!layout || !first) return;
  const cell = adjacentCell(layout, first, direction);
  if (!cell) return;
  moveNotes(app.state.session.doc, app.state.selectedNoteIds, cell);
  app.state.session.undo.stopCapturing();
  app.boardView?.reveal(first.id);
}

const ARROWS: readonly [Direction, string][] = [
  ['left', 'ArrowLeft'],
  ['right', 'ArrowRight'],
  ['up', 'ArrowUp'],
  ['down', 'ArrowDown'],
];

const TEMPLATE_LABELS: Record<TemplateId, StringKey> = { endToEnd5: 'template.endToEnd5', buying3: 'template.buying3', blank: 'template.blank' };

export const ACTIONS: readonly Action[] = [
  // ── File ──
  { id: 'new', menu: 'file', labelKey: 'action.new', shortcuts: [{ key: 'n', mod: true }], enabled: always, run: (app) => app.newWorkspace() },
  { id: 'open', menu: 'file', labelKey: 'action.open', shortcuts: [{ key: 'o', mod: true }], enabled: always, run: (app) => app.open() },
  { id: 'save', menu: 'file', labelKey: 'action.save', shortcuts: [{ key: 's', mod: true }], enabled: always, run: (app) => app.save() },
  { id: 'saveAs', menu: 'file', labelKey: 'action.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], enabled: always, run: (app) => app.save(true) },
  { id: 'openSample', menu: 'file', labelKey: 'action.openSample', shortcuts: [], enabled: always, run: (app) => app.openSample() },
  // ── Edit ──
  {
    id: 'undo',
    menu: 'edit',
    labelKey: 'action.undo',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: (app) => app.state.session.undo.canUndo(),
    run: (app) => app.undo(),
  },
  {
    id: 'redo',
    menu: 'edit',
    labelKey: 'action.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: (app) => app.state.session.undo.canRedo(),
    run: (app) => app.redo(),
  },
  {
    id: 'addNote',
    menu: 'edit',
    labelKey: 'action.addNote',
    shortcuts: [{ key: 'n' }],
    contexts: ['cell'],
    enabled: (app, target) => targetCell(app, target) !== null,
    run: (app, target) => {
      const cell = targetCell(app, target);
      if (cell) addNoteAndEdit(app, cell);
    },
  },
  {
    id: 'editNote',
    menu: 'edit',
    labelKey: 'action.editNote',
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    contexts: ['note'],
    enabled: (app) => app.state.selectedNoteIds.length === 1,
    run: (app) => app.store.set({ editingNoteId: app.state.selectedNoteIds[0] ?? null }),
  },
  {
    id: 'copy',
    labelKey: 'action.copy',
    shortcuts: [{ key: 'c', mod: true }],
    browserShortcut: true,
    contexts: ['note'],
    enabled: hasSelection,
    run: (app) => copySelection(app),
  },
  {
    id: 'cut',
    labelKey: 'action.cut',
    shortcuts: [{ key: 'x', mod: true }],
    browserShortcut: true,
    contexts: ['note'],
    enabled: hasSelection,
    run: async (app) => {
      if (await copySelection(app)) {
        deleteNotes(app.state.session.doc, app.state.selectedNoteIds);
        app.state.session.undo.stopCapturing();
        app.store.set({ selectedNoteIds: [] });
      }
    },
  },
  {
    id: 'paste',
    labelKey: 'action.paste',
    shortcuts: [{ key: 'v', mod: true }],
    browserShortcut: true,
    contexts: ['cell', 'note'],
    enabled: (app, target) => targetCell(app, target) !== null,
    run: (app, target) => pasteFromClipboardApi(app, target),
  },
  {
    id: 'duplicate',
    menu: 'edit',
    labelKey: 'action.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    contexts: ['note'],
    enabled: hasSelection,
    run: (app) => {
      const ids = duplicateNotes(app.state.session.doc, app.state.selectedNoteIds, author());
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: ids });
    },
  },
  {
    id: 'selectAll',
    menu: 'edit',
    labelKey: 'action.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: isJourney,
    run: (app) => {
      const boardId = app.state.activeBoardId!;
      app.store.set({ selectedNoteIds: selectBoard(app.state.session.view.getView(), boardId).notes.map((n) => n.id), selectedCell: null });
    },
  },
  {
    id: 'clearSelection',
    labelKey: 'action.clearSelection',
    shortcuts: [{ key: 'Escape' }],
    enabled: (app) => hasSelection(app) || app.state.selectedCell !== null || app.state.contextMenu !== null,
    run: (app) => app.store.set({ selectedNoteIds: [], selectedCell: null, contextMenu: null }),
  },
  {
    id: 'deleteNotes',
    menu: 'edit',
    labelKey: 'action.deleteNote',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    contexts: ['note'],
    danger: true,
    enabled: hasSelection,
    run: (app) => {
      deleteNotes(app.state.session.doc, app.state.selectedNoteIds);
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: [] });
    },
  },
  ...NOTE_COLORS.map(
    (color: NoteColor): Action => ({
      id: `color:${color}`,
      labelKey: `color.${color}` as StringKey,
      shortcuts: [],
      contexts: ['note'],
      group: 'menu.color',
      enabled: hasSelection,
      run: (app) => {
        updateNotes(app.state.session.doc, app.state.selectedNoteIds, { color });
        app.state.session.undo.stopCapturing();
      },
    }),
  ),
  // ── Keyboard navigation ──
  ...ARROWS.map(
    ([direction, key]): Action => ({
      id: `select:${direction}`,
      labelKey: `action.select.${direction}` as StringKey,
      shortcuts: [{ key }],
      enabled: isJourney,
      run: (app) => selectNeighbour(app, direction),
    }),
  ),
  ...ARROWS.map(
    ([direction, key]): Action => ({
      id: `move:${direction}`,
      labelKey: `action.move.${direction}` as StringKey,
      shortcuts: [
        { key, mod: true },
        { key, alt: true },
      ],
      enabled: hasSelection,
      run: (app) => moveSelection(app, direction),
    }),
  ),
  // ── View ──
  { id: 'zoomIn', menu: 'view', labelKey: 'action.zoomIn', shortcuts: [{ key: '=', mod: true }, { key: '+' }], enabled: isJourney, run: (app) => app.boardView?.zoomBy(1.25) },
  { id: 'zoomOut', menu: 'view', labelKey: 'action.zoomOut', shortcuts: [{ key: '-', mod: true }, { key: '-' }], enabled: isJourney, run: (app) => app.boardView?.zoomBy(0.8) },
  { id: 'zoomFit', menu: 'view', labelKey: 'action.zoomFit', shortcuts: [{ key: '!', shift: true }], enabled: isJourney, run: (app) => app.boardView?.fit() },
  { id: 'zoom100', menu: 'view', labelKey: 'action.zoom100', shortcuts: [{ key: '0', mod: true }], enabled: isJourney, run: (app) => app.boardView?.zoomTo(1) },
  // ── Stages ──
  {
    id: 'renameStage',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['stage'],
    enabled: (app, t) => !!stageOf(app, t),
    run: (app, t) => app.store.set({ renaming: { kind: 'stage', id: stageOf(app, t)!.id } }),
  },
  {
    id: 'zoomToStage',
    labelKey: 'action.zoomToStage',
    shortcuts: [],
    contexts: ['stage'],
    enabled: (app, t) => !!stageOf(app, t),
    run: (app, t) => app.boardView?.fitStage(stageOf(app, t)!.id),
  },
  ...(['before', 'after'] as const).map(
    (side): Action => ({
      id: `addStage:${side}`,
      labelKey: side === 'before' ? 'action.addStageBefore' : 'action.addStageAfter',
      shortcuts: [],
      contexts: ['stage'],
      enabled: (app, t) => !!stageOf(app, t),
      run: (app, t) => {
        const stage = stageOf(app, t)!;
        const siblings = Object.values(app.state.session.view.getView().stages)
          .filter((s) => s.boardId === stage.boardId)
          .sort(byOrder);
        const before = side === 'before' ? stage.id : (siblings[siblings.findIndex((s) => s.id === stage.id) + 1]?.id ?? null);
        const id = addStage(app.state.session.doc, stage.boardId, app.t('stage.new'), before);
        app.state.session.undo.stopCapturing();
        if (id) app.store.set({ renaming: { kind: 'stage', id } });
      },
    }),
  ),
  {
    id: 'deleteStage',
    labelKey: 'action.deleteStage',
    shortcuts: [],
    contexts: ['stage'],
    danger: true,
    enabled: (app, t) => !!stageOf(app, t),
    run: async (app, t) => {
      const stage = stageOf(app, t)!;
      if (!(await confirmDelete(app, app.t('confirm.deleteStage', { name: stage.title }), notesOn(app, (n) => n.stageId === stage.id)))) return;
      deleteStage(app.state.session.doc, stage.id);
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: [], selectedCell: null });
    },
  },
  // ── Lanes ──
  {
    id: 'renameLane',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['lane'],
    enabled: (app, t) => !!laneOf(app, t),
    run: (app, t) => app.store.set({ renaming: { kind: 'lane', id: laneOf(app, t)!.id } }),
  },
  {
    id: 'deleteLane',
    labelKey: 'action.deleteLane',
    shortcuts: [],
    contexts: ['lane'],
    danger: true,
    enabled: (app, t) => !!laneOf(app, t),
    run: async (app, t) => {
      const lane = laneOf(app, t)!;
      if (!(await confirmDelete(app, app.t('confirm.deleteLane', { name: lane.title }), notesOn(app, (n) => n.laneId === lane.id)))) return;
      deleteLane(app.state.session.doc, lane.id);
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: [], selectedCell: null });
    },
  },
  ...LANE_KINDS.map(
    (kind: LaneKind): Action => ({
      id: `addLane:${kind}`,
      labelKey: `lane.${kind}` as StringKey,
      shortcuts: [],
      contexts: ['lane'],
      group: 'menu.addLaneBelow',
      enabled: (app, t) => !!laneOf(app, t),
      run: (app, t) => {
        const lane = laneOf(app, t)!;
        const siblings = Object.values(app.state.session.view.getView().lanes)
          .filter((l) => l.boardId === lane.boardId)
          .sort(byOrder);
        const before = siblings[siblings.findIndex((l) => l.id === lane.id) + 1]?.id ?? null;
        addLane(app.state.session.doc, lane.boardId, kind, app.state.uiLocale, before);
        app.state.session.undo.stopCapturing();
      },
    }),
  ),
  // ── Boards ──
  ...(['endToEnd5', 'buying3', 'blank'] as const).map(
    (template): Action => ({
      id: `addBoard:${template}`,
      menu: 'board',
      labelKey: TEMPLATE_LABELS[template],
      shortcuts: [],
      contexts: ['board'],
      group: 'menu.newBoard',
      enabled: always,
      run: (app) => {
        const id = addJourneyBoard(app.state.session.doc, template, app.state.uiLocale);
        app.state.session.undo.stopCapturing();
        app.store.set({ activeBoardId: id, selectedNoteIds: [], selectedCell: null });
      },
    }),
  ),
  {
    id: 'addBoard:persona',
    menu: 'board',
    labelKey: 'template.persona',
    shortcuts: [],
    contexts: ['board'],
    group: 'menu.newBoard',
    enabled: always,
    run: (app) => {
      const id = addPersonaBoard(app.state.session.doc, app.t('boards.persona'));
      app.state.session.undo.stopCapturing();
      app.store.set({ activeBoardId: id, selectedNoteIds: [], selectedCell: null });
    },
  },
  {
    id: 'renameBoard',
    menu: 'board',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['board'],
    enabled: (app, t) => !!boardOf(app, t),
    run: (app, t) => app.store.set({ renaming: { kind: 'board', id: boardOf(app, t)!.id } }),
  },
  {
    id: 'editGoal',
    menu: 'board',
    labelKey: 'action.editGoal',
    shortcuts: [],
    contexts: ['board'],
    enabled: (app, t) => !!boardOf(app, t),
    run: (app, t) => app.store.set({ activeBoardId: boardOf(app, t)!.id, renaming: { kind: 'goal', id: boardOf(app, t)!.id } }),
  },
  {
    id: 'duplicateBoard',
    menu: 'board',
    labelKey: 'action.duplicate',
    shortcuts: [],
    contexts: ['board'],
    enabled: (app, t) => !!boardOf(app, t),
    run: (app, t) => {
      const board = boardOf(app, t)!;
      const id = duplicateBoard(app.state.session.doc, board.id, app.t('board.copyOf', { name: board.title }));
      app.state.session.undo.stopCapturing();
      if (id) app.store.set({ activeBoardId: id, selectedNoteIds: [], selectedCell: null });
    },
  },
  ...(['up', 'down'] as const).map(
    (direction): Action => ({
      id: `moveBoard:${direction}`,
      labelKey: direction === 'up' ? 'action.moveUp' : 'action.moveDown',
      shortcuts: [],
      contexts: ['board'],
      enabled: (app, t) => {
        const board = boardOf(app, t);
        const boards = Object.values(app.state.session.view.getView().boards).sort(byOrder);
        const index = board ? boards.findIndex((b) => b.id === board.id) : -1;
        return index >= 0 && (direction === 'up' ? index > 0 : index < boards.length - 1);
      },
      run: (app, t) => {
        const board = boardOf(app, t)!;
        const boards = Object.values(app.state.session.view.getView().boards).sort(byOrder);
        const index = boards.findIndex((b) => b.id === board.id);
        const before = direction === 'up' ? boards[index - 1]!.id : (boards[index + 2]?.id ?? null);
        moveBoard(app.state.session.doc, board.id, before);
        app.state.session.undo.stopCapturing();
      },
    }),
  ),
  {
    id: 'deleteBoard',
    menu: 'board',
    labelKey: 'action.deleteBoard',
    shortcuts: [],
    contexts: ['board'],
    danger: true,
    enabled: (app, t) => !!boardOf(app, t) && Object.keys(app.state.session.view.getView().boards).length > 1,
    run: async (app, t) => {
      const board = boardOf(app, t)!;
      const notes = notesOn(app, (n) => n.boardId === board.id);
      if (!(await confirmDelete(app, app.t('confirm.deleteBoard', { name: board.title }), Math.max(notes, board.kind === 'journey' ? 1 : 0)))) return;
      deleteBoard(app.state.session.doc, board.id);
      app.state.session.undo.stopCapturing();
      const next = Object.values(app.state.session.view.getView().boards).sort(byOrder)[0];
      app.store.set({ activeBoardId: next?.id ?? null, selectedNoteIds: [], selectedCell: null });
    },
  },
  // ── Personas (renderer/src/persona/actions.ts) ──
  ...PERSONA_ACTIONS,
];

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`Unknown action ${id}`);
  return action;
}

export function actionsFor(kind: ContextTarget['kind']): Action[] {
  return ACTIONS.filter((a) => a.contexts?.includes(kind));
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const keyMatches = event.key.toLowerCase() === shortcut.key.toLowerCase();
  // Shift is part of the key for symbols ('!' is Shift+1); compare it only for letters and named keys.
  const shiftMatters = shortcut.key.length > 1 || /[a-z]/i.test(shortcut.key);
  return keyMatches && mod === !!shortcut.mod && (!shiftMatters || event.shiftKey === !!shortcut.shift) && event.altKey === !!shortcut.alt;
}

/** The native menu registers only shortcuts with a modifier: plain keys (N, Delete, arrows) stay the page's, so typing is never stolen. */
const registersInMenu = (action: Action, shortcut: Shortcut) => !!action.menu && !!shortcut.mod;

/** The action a key press runs, if any. In the desktop app the native menu owns its registered shortcuts. */
export function actionForKey(event: KeyboardEvent, hostKind: 'electron' | 'web'): Action | null {
  for (const action of ACTIONS) {
    if (action.browserShortcut) continue;
    const shortcut = action.shortcuts.find((s) => matches(s, event));
    if (!shortcut) continue;
    if (hostKind === 'electron' && registersInMenu(action, shortcut)) continue;
    return action;
  }
  return null;
}

const ELECTRON_KEYS: Record<string, string> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
  Enter: 'Return',
  '+': 'Plus',
  '!': 'Shift+1',
};

/** A shortcut in Electron's accelerator syntax. */
export function accelerator(shortcut: Shortcut): string {
  const key = ELECTRON_KEYS[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return [shortcut.mod ? 'CmdOrCtrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift && shortcut.key !== '!' ? 'Shift' : '', key].filter(Boolean).join('+');
}

const MENU_LABELS: Record<MenuSpecSection['id'], StringKey> = { file: 'menu.file', edit: 'menu.edit', view: 'menu.view', board: 'menu.board' };

/** The native menu, from the registry: localized labels, accelerators, and what is enabled now. */
export function menuSpec(app: AppController): MenuSpec {
  return (['file', 'edit', 'view', 'board'] as const).map((id) => {
    const items: (MenuSpecItem | null)[] = [];
    let lastGroup: string | undefined;
    for (const action of ACTIONS.filter((a) => a.menu === id)) {
      if (items.length && action.group !== lastGroup) items.push(null);
      lastGroup = action.group;
      const shortcut = action.shortcuts[0];
      const label = action.group ? `${app.t(action.group)}: ${app.t(action.labelKey)}` : app.t(action.labelKey);
      items.push({
        id: action.id,
        label,
        ...(shortcut ? { accelerator: accelerator(shortcut), registerAccelerator: registersInMenu(action, shortcut) } : { registerAccelerator: false }),
        enabled: action.enabled(app),
      });
    }
    return { id, label: app.t(MENU_LABELS[id]), items };
  });
}

/** Run the action a native menu item names. In a text field, Undo/Redo/Select all mean the field's own. */
export function runMenuAction(app: AppController, id: string): void {
  const focused = document.activeElement;
  if ((focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) && (id === 'undo' || id === 'redo' || id === 'selectAll')) {
    document.execCommand(id);
    return;
  }
  const action = ACTIONS.find((a) => a.id === id);
  if (action?.enabled(app)) void action.run(app);
}

export function shortcutLabel(action: Action): string {
  const shortcut = action.shortcuts[0];
  if (!shortcut) return '';
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? (isMac ? '⌘' : 'Ctrl') : '', shortcut.alt ? 'Alt' : '', shortcut.shift && shortcut.key !== '!' ? 'Shift' : '', key].filter(Boolean).join('+');
}
