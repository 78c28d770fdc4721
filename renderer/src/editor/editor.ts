import type { UndoManager } from 'yjs';
import type { HostApi } from '../../../shared/host-api';
import { boardsInOrder, readSnapshot, type WorkspaceView } from '../../../shared/doc';
import type { Locale, WorkspaceSnapshot } from '../../../shared/model';
import type { Viewport } from '../../../shared/layout/viewport';
import { createI18n, translate, type I18n, type Message, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { ActionRegistry } from './actions';
import { DocumentFiles, type LoadOutcome } from './files';
import { followLanguage } from './template-language';
import { memoryPreferences, readJson, writeJson, type Preferences } from './preferences';
import { WorkspaceSession } from './session';
import { CAMERA, DIALOGS, DOCUMENT, EDITING, LOCALE, NOTICES, RENAMING, SELECTION, type ContextMenuState, type Dialog, type RenameTarget, type SelectionState } from './slices';
import { EditorStore, type Slice, type SlicePatch } from './store';
import type { BoardViewApi, DrawnBoard } from './views';
import { guardedEdit, guardedStep, type EditGuard } from './edit-guard';

export type { LoadOutcome };

/** One undo step held open across a gesture (see `Editor.beginStep`). */
export interface EditStep {
  edit<T>(fn: () => T): T;
  /** Close the step; safe to call twice. */
  end(): void;
}

const UI_LOCALE_KEY = 'journey.uiLocale';
const cameraKey = (boardId: string) => `journey.viewport.${boardId}`;

/**
 * The app's state and verbs in one place outside React (tldraw's `Editor` is the model): the
 * open session, the local store in slices, undo steps, files, and the views registered with it.
 * Components are views over it: they read through selector hooks and call its methods.
 */
export class Editor {
  /** The one local store, in slices (slices.ts). */
  readonly slices = new EditorStore();
  /** Every user verb, registered by the app shell (renderer/src/actions). */
  readonly actions = new ActionRegistry();
  readonly files: DocumentFiles;
  /** The one i18next instance over the catalog (shared/i18n), showing the UI language. */
  readonly i18n: I18n;
  private boardViews: BoardViewApi[] = [];
  /** Per undo manager (one per session): how many steps are open, and its capture timeout before. */
  /** A veto every edit, gesture frame, undo and redo passes (facilitation's locks; edit-guard.ts). */
  editGuard: EditGuard | null = null;
  private readonly openSteps = new WeakMap<UndoManager, { depth: number; captureTimeout: number }>();
  private drawnBoards: DrawnBoard[] = [];
  private offSessionChange: () => void;

  constructor(
    readonly host: HostApi,
    readonly hostKind: 'electron' | 'web',
    readonly appVersion: string,
    initial: WorkspaceSnapshot,
    uiLocale: Locale,
    readonly preferences: Preferences = memoryPreferences(),
  ) {
    this.i18n = createI18n(uiLocale);
    // Native menus, dialogs and file errors in the main process follow the UI language.
    host.window.setLocale(uiLocale);
    const session = WorkspaceSession.fromSnapshot(initial);
    this.slices.replace(DOCUMENT, { session, fileName: null, dirty: false });
    this.slices.replace(LOCALE, { uiLocale });
    this.slices.set(SELECTION, { activeBoardId: firstJourneyBoard(session) });
    this.files = new DocumentFiles(this);
    this.offSessionChange = this.watch(session);
    this.files.publishDocumentState();
  }

  // ── Reading ──

  get<T extends object>(slice: Slice<T>): T {
    return this.slices.get(slice);
  }

  update<T extends object>(slice: Slice<T>, patch: SlicePatch<T>): void {
    this.slices.set(slice, patch);
  }

  get session(): WorkspaceSession {
    return this.slices.get(DOCUMENT).session;
  }

  get doc() {
    return this.session.doc;
  }

  /** The immutable view of the open workspace that React draws. */
  view(): WorkspaceView {
    return this.session.view.getView();
  }

  get selection(): SelectionState {
    return this.slices.get(SELECTION);
  }

  get uiLocale(): Locale {
    return this.slices.get(LOCALE).uiLocale;
  }

  /** `key` in the UI language now (for text drawn now; keep a `Message` for text shown later). */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.i18n, this.uiLocale, key, params);
  }

  /** A kept message in the UI language now. */
  text(message: Message): string {
    return translate(this.i18n, this.uiLocale, message.key, message.params);
  }

  // ── Local UI verbs ──

  /** Select notes (and/or a cell) on the open board. */
  select(selectedNoteIds: readonly string[], selectedCell: SelectionState['selectedCell'] = null): void {
    this.slices.set(SELECTION, { selectedNoteIds, selectedCell });
  }

  /** Show a board: nothing stays selected, edited or open in a menu. */
  openBoard(activeBoardId: string | null): void {
    this.slices.batch(() => {
      this.slices.set(SELECTION, { activeBoardId, selectedNoteIds: [], selectedCell: null });
      this.slices.set(EDITING, { editingNoteId: null });
      this.slices.set(DIALOGS, { contextMenu: null });
    });
  }

  /**
   * Select by pointer (a click, a rubber band, a drag's start): the selection becomes this, and
   * typing into a note and an open context menu end, in one change.
   */
  pick(selectedNoteIds: readonly string[], selectedCell: SelectionState['selectedCell'] = null): void {
    this.slices.batch(() => {
      this.slices.set(SELECTION, { selectedNoteIds, selectedCell });
      this.slices.set(EDITING, { editingNoteId: null });
      this.slices.set(DIALOGS, { contextMenu: null });
    });
  }

  /** Start (or, with null, end) typing into a note. */
  editNote(editingNoteId: string | null): void {
    this.slices.set(EDITING, { editingNoteId });
  }

  /** Select one note alone (in `cell`, when it was just added there) and start typing into it. */
  typeInto(noteId: string, cell: SelectionState['selectedCell'] = null): void {
    this.slices.batch(() => {
      this.slices.set(SELECTION, { selectedNoteIds: [noteId], selectedCell: cell });
      this.slices.set(EDITING, { editingNoteId: noteId });
      this.slices.set(DIALOGS, { contextMenu: null });
    });
  }

  rename(renaming: RenameTarget | null): void {
    this.slices.set(RENAMING, { renaming });
  }

  /**
   * Open (or, with null, close) the context menu. A right-click on a note that is not selected
   * selects it alone; on a cell, selects the cell: the menu's actions work on what it shows.
   */
  openContextMenu(contextMenu: ContextMenuState | null): void {
    this.slices.batch(() => {
      const target = contextMenu?.target;
      if (target?.kind === 'note' && !this.selection.selectedNoteIds.includes(target.noteId)) this.select([target.noteId]);
      if (target?.kind === 'cell') this.select([], { stageId: target.stageId, laneId: target.laneId });
      this.slices.set(DIALOGS, { contextMenu });
    });
  }

  /** An error banner; its texts are kept as messages, so a language switch re-translates it. */
  showError(title: Message, message: Message): void {
    this.slices.set(NOTICES, { error: { title, message } });
  }

  dismissError(): void {
    this.slices.set(NOTICES, { error: null });
  }

  showStatus(status: Message | null): void {
    this.slices.set(NOTICES, { status });
  }

  setUiLocale(locale: Locale): void {
    if (locale !== this.uiLocale) followLanguage(this, locale);
    this.preferences.set(UI_LOCALE_KEY, locale);
    void this.i18n.changeLanguage(locale);
    this.host.window.setLocale(locale);
    this.slices.set(LOCALE, { uiLocale: locale });
  }

  static storedUiLocale(preferences: Preferences): Locale | null {
    const value = preferences.get(UI_LOCALE_KEY);
    return value === 'en' || value === 'id' || value === 'ru' ? value : null;
  }

  /** Where this user last looked at a board (this run, else remembered from an earlier one). */
  camera(boardId: string): Viewport | null {
    const known = this.slices.get(CAMERA)[boardId];
    if (known) return known;
    const stored = readJson(this.preferences, cameraKey(boardId)) as Partial<Viewport> | null;
    return stored && typeof stored.x === 'number' && typeof stored.y === 'number' && typeof stored.scale === 'number' ? { x: stored.x, y: stored.y, scale: stored.scale } : null;
  }

  setCamera(boardId: string, viewport: Viewport): void {
    this.slices.replace(CAMERA, { ...this.slices.get(CAMERA), [boardId]: viewport });
    writeJson(this.preferences, cameraKey(boardId), viewport);
  }

  /** Show a modal question; resolves with the chosen value ('cancel' when dismissed). */
  async ask(question: Omit<Dialog, 'answer'>): Promise<string> {
    const value = await new Promise<string>((answer) => this.slices.set(DIALOGS, { dialog: { ...question, answer } }));
    this.slices.set(DIALOGS, { dialog: null });
    return value;
  }

  // ── Views register here; each registration returns its unregister function ──

  registerBoardView(view: BoardViewApi): () => void {
    this.boardViews = [...this.boardViews, view];
    return () => {
      this.boardViews = this.boardViews.filter((v) => v !== view);
    };
  }

  /** Zoom, fit and reveal of the journey board drawn now (the latest registered), if any. */
  get boardView(): BoardViewApi | null {
    return this.boardViews.at(-1) ?? null;
  }

  registerDrawnBoard(board: DrawnBoard): () => void {
    this.drawnBoards = [...this.drawnBoards, board];
    return () => {
      this.drawnBoards = this.drawnBoards.filter((b) => b !== board);
    };
  }

  /** The journey board as drawn now: layout, viewport, element. */
  get drawnBoard(): DrawnBoard | null {
    return this.drawnBoards.at(-1) ?? null;
  }

  // ── Undo steps: the only place the renderer closes them ──

  /**
   * Run one edit (usually a shared/doc command) as its own undo step. The only way the
   * renderer closes undo steps: the step before it is closed first, and this one after.
   * Inside an open step (`beginStep`) the edit joins that step instead of closing it.
   */
  edit<T>(fn: () => T): T {
    const { undo } = this.session;
    const guarded = () => guardedEdit(this.doc, undo, this.editGuard, () => this.view(), fn);
    if (this.openSteps.has(undo)) return guarded();
    undo.stopCapturing();
    try {
      return guarded();
    } finally {
      undo.stopCapturing();
    }
  }

  /**
   * Open one undo step for a gesture that spans many frames (drag, resize, curve drag,
   * typing in a field): every `step.edit` until `step.end()` undoes as one. Steps nest: a
   * step begun while another is open joins it, its `end` closes nothing, and the capture
   * timeout comes back only when the outermost step ends.
   */
  beginStep(): EditStep {
    const { undo } = this.session;
    let open = this.openSteps.get(undo);
    if (!open) {
      undo.stopCapturing();
      open = { depth: 0, captureTimeout: undo.captureTimeout };
      this.openSteps.set(undo, open);
      // Frames of one gesture may be further apart than the capture timeout: hold the step open.
      undo.captureTimeout = Number.POSITIVE_INFINITY;
    }
    open.depth++;
    const outer = open;
    let ended = false;
    return {
      edit: <T>(fn: () => T): T => guardedEdit(this.doc, undo, this.editGuard, () => this.view(), fn),
      end: () => {
        if (ended) return;
        ended = true;
        if (--outer.depth > 0) return;
        this.openSteps.delete(undo);
        undo.captureTimeout = outer.captureTimeout;
        undo.stopCapturing();
      },
    };
  }

  /** Whether an undo step is held open now (`beginStep` not yet ended). */
  get stepOpen(): boolean {
    return this.openSteps.has(this.session.undo);
  }

  canUndo(): boolean {
    return this.session.undo.canUndo();
  }

  canRedo(): boolean {
    return this.session.undo.canRedo();
  }

  undo(): void {
    this.editNote(null);
    guardedStep(this.doc, this.session.undo, this.editGuard, () => this.view(), 'undo');
  }

  redo(): void {
    this.editNote(null);
    guardedStep(this.doc, this.session.undo, this.editGuard, () => this.view(), 'redo');
  }

  // ── The open workspace ──

  /**
   * Replace the open workspace with `session` (opening a file; joining a shared workspace
   * starts from an empty doc that the room fills). The old session is destroyed.
   */
  adoptSession(session: WorkspaceSession, fileName: string | null = null): void {
    const old = this.session;
    this.offSessionChange();
    this.offSessionChange = this.watch(session);
    this.slices.batch(() => {
      this.slices.replace(DOCUMENT, { session, fileName, dirty: false });
      this.slices.set(SELECTION, { activeBoardId: firstJourneyBoard(session), selectedNoteIds: [], selectedCell: null });
      this.slices.set(EDITING, { editingNoteId: null });
      this.slices.set(DIALOGS, { contextMenu: null });
      this.slices.set(RENAMING, { renaming: null });
    });
    old.destroy();
  }

  private watch(session: WorkspaceSession): () => void {
    const offChange = session.onChange(() => {
      if (!this.slices.get(DOCUMENT).dirty) this.slices.set(DOCUMENT, { dirty: true });
    });
    const offView = session.view.subscribe(() => this.files.publishDocumentState());
    return () => {
      offChange();
      offView();
    };
  }

  /** The workspace read straight from the doc (the inspection hook's truth, not the view). */
  snapshot(): WorkspaceSnapshot | null {
    return readSnapshot(this.doc);
  }

  // File verbs (files.ts), on the editor for the actions and the debug hook.
  newWorkspace(): Promise<void> {
    return this.files.newWorkspace();
  }
  openSample(): Promise<void> {
    return this.files.openSample();
  }
  open(): Promise<void> {
    return this.files.open();
  }
  /** Open a `.journey` file's text: the one path for every way of opening (dialog, OS, debug hook). */
  openText(text: string | Uint8Array, name: string): LoadOutcome {
    return this.files.openText(text, name);
  }
  /** Replace the open workspace with a snapshot (benchmarks, samples); asks nothing. */
  openSnapshot(snapshot: WorkspaceSnapshot): void {
    this.files.openSnapshot(snapshot);
  }
  openPending(): Promise<void> {
    return this.files.openPending();
  }
  save(asNew = false): Promise<boolean> {
    return this.files.save(asNew);
  }
  /** The close prompt's "Save": save, then close if that worked. */
  saveThenClose(): Promise<void> {
    return this.files.saveThenClose();
  }
  /** Ask before throwing away unsaved changes. Resolves true when it is fine to go on. */
  confirmDiscard(): Promise<boolean> {
    return this.files.confirmDiscard();
  }
  /** Exactly the text Save writes. */
  fileText(): string {
    return this.files.fileText();
  }
}

function firstJourneyBoard(session: WorkspaceSession): string | null {
  const boards = boardsInOrder(session.doc);
  return (boards.find((b) => b.kind === 'journey') ?? boards[0])?.id ?? null;
}
