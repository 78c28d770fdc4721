import type { HostApi } from '../../../shared/host-api';
import { checkSaveable, describeLoadError, describeSaveProblem, loadWorkspaceFile, serializeWorkspace, type LoadError } from '../../../shared/file';
import { boardsInOrder, readSnapshot, snapshotOfView } from '../../../shared/doc';
import { newWorkspace, sampleWorkspace, type Locale, type WorkspaceSnapshot } from '../../../shared/model';
import type Konva from 'konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import { translate, type StringKey } from '../i18n/strings';
import { WorkspaceSession } from './session';
import { createStore, type Store } from './store';

/** Local, unsaved UI state: never in the doc, never shared. */
export interface AppState {
  readonly session: WorkspaceSession;
  readonly fileName: string | null;
  readonly dirty: boolean;
  readonly uiLocale: Locale;
  readonly activeBoardId: string | null;
  readonly selectedNoteIds: readonly string[];
  readonly selectedCell: { readonly stageId: string; readonly laneId: string } | null;
  readonly editingNoteId: string | null;
  readonly error: { readonly title: string; readonly message: string } | null;
  readonly status: string | null;
  /** A modal question; `answer` resolves `ask()` with the chosen button's value. */
  readonly dialog: Dialog | null;
  readonly contextMenu: ContextMenuState | null;
  /** A stage, lane, board or curve point whose name is being typed in place. */
  readonly renaming: RenameTarget | null;
}

export interface DialogChoice {
  readonly value: string;
  readonly label: string;
  readonly primary?: boolean;
  readonly danger?: boolean;
}
export interface Dialog {
  readonly title: string;
  readonly body: string;
  readonly choices: readonly DialogChoice[];
  readonly answer: (value: string) => void;
}

/** What a right-click was on; the menu lists the registry's actions for it. */
export type ContextTarget =
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'board'; readonly boardId: string };
export interface ContextMenuState {
  readonly x: number;
  readonly y: number;
  readonly target: ContextTarget;
}
export type RenameTarget =
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'lane'; readonly id: string }
  | { readonly kind: 'board'; readonly id: string }
  | { readonly kind: 'goal'; readonly id: string }
  | { readonly kind: 'emotion'; readonly boardId: string; readonly stageId: string; readonly personaId?: string };

/** What the drawn board offers to actions (zoom, fit); registered by the board view. */
export interface BoardViewApi {
  zoomBy(factor: number): void;
  zoomTo(scale: number): void;
  fit(): void;
  /** Show the board at this viewport (benchmarks, following a participant). */
  setViewport(viewport: { x: number; y: number; scale: number }): void;
  panBy(dx: number, dy: number): void;
  fitStage(stageId: string): void;
  /** Bring a note into view (keyboard navigation). */
  reveal(noteId: string): void;
}

/** One undo step held open across a gesture (see `AppController.beginStep`). */
export interface EditStep {
  edit<T>(fn: () => T): T;
  /** Close the step; safe to call twice. */
  end(): void;
}

export type LoadOutcome = { ok: true } | { ok: false; error: LoadError };

const UI_LOCALE_KEY = 'journey.uiLocale';

/** What the app does with workspaces and files: new, open, save, undo. UI-agnostic. */
export class AppController {
  readonly store: Store<AppState>;
  /** Zoom and fit of the open journey board, when one is drawn. */
  boardView: BoardViewApi | null = null;
  /** The journey board as drawn now: layout, viewport, element (set by the board view). */
  drawnBoard: { layout: BoardLayout; viewport: { x: number; y: number; scale: number }; container: HTMLElement | null; stage: Konva.Stage | null } | null = null;
  private offSessionChange: () => void;

  constructor(
    readonly host: HostApi,
    readonly hostKind: 'electron' | 'web',
    readonly appVersion: string,
    initial: WorkspaceSnapshot,
    uiLocale: Locale,
  ) {
    const session = WorkspaceSession.fromSnapshot(initial);
    this.store = createStore<AppState>({
      session,
      fileName: null,
      dirty: false,
      uiLocale,
      activeBoardId: firstJourneyBoard(session),
      selectedNoteIds: [],
      selectedCell: null,
      editingNoteId: null,
      error: null,
      status: null,
      dialog: null,
      contextMenu: null,
      renaming: null,
    });
    this.offSessionChange = this.watch(session);
    this.store.subscribe(() => this.publishDocumentState());
    session.view.subscribe(() => this.publishDocumentState());
    this.publishDocumentState();
  }

  get state(): AppState {
    return this.store.get();
  }

  t(key: StringKey, params?: Record<string, string | number>): string {
    return translate(this.state.uiLocale, key, params);
  }

  setUiLocale(locale: Locale): void {
    try {
      localStorage.setItem(UI_LOCALE_KEY, locale);
    } catch {
      /* storage may be disabled; the choice then lasts this session */
    }
    this.store.set({ uiLocale: locale });
  }

  static storedUiLocale(): Locale | null {
    try {
      const value = localStorage.getItem(UI_LOCALE_KEY);
      return value === 'en' || value === 'id' || value === 'ru' ? value : null;
    } catch {
      return null;
    }
  }

  private watch(session: WorkspaceSession): () => void {
    return session.onChange(() => {
      if (!this.state.dirty) this.store.set({ dirty: true });
    });
  }

  private lastPublished = '';
  private publishDocumentState(): void {
    const { session, fileName, dirty } = this.state;
    const title = fileName ?? session.view.getView().meta?.title ?? this.t('app.untitled');
    const key = JSON.stringify([title, fileName, dirty]);
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    this.host.window.setDocumentState({ title, fileName, dirty });
  }

  private replaceSession(session: WorkspaceSession, fileName: string | null): void {
    const old = this.state.session;
    this.offSessionChange();
    this.offSessionChange = this.watch(session);
    session.view.subscribe(() => this.publishDocumentState());
    this.store.set({
      session,
      fileName,
      dirty: false,
      activeBoardId: firstJourneyBoard(session),
      selectedNoteIds: [],
      selectedCell: null,
      editingNoteId: null,
      contextMenu: null,
      renaming: null,
    });
    old.destroy();
  }

  /**
   * Replace the open workspace with `session` (joining a shared workspace starts from an
   * empty doc that the room fills). The old session is destroyed.
   */
  adoptSession(session: WorkspaceSession, fileName: string | null = null): void {
    this.replaceSession(session, fileName);
  }

  /** Show a modal question; resolves with the chosen value ('cancel' when dismissed). */
  async ask(question: Omit<Dialog, 'answer'>): Promise<string> {
    const value = await new Promise<string>((answer) => this.store.set({ dialog: { ...question, answer } }));
    this.store.set({ dialog: null });
    return value;
  }

  /** Ask before throwing away unsaved changes. Resolves true when it is fine to go on. */
  async confirmDiscard(): Promise<boolean> {
    if (!this.state.dirty) return true;
    const name = this.state.fileName ?? this.state.session.view.getView().meta?.title ?? this.t('app.untitled');
    const choice = await this.ask({
      title: this.t('unsaved.title', { name }),
      body: this.t('unsaved.body'),
      choices: [
        { value: 'discard', label: this.t('unsaved.discard') },
        { value: 'cancel', label: this.t('unsaved.cancel') },
        { value: 'save', label: this.t('unsaved.save'), primary: true },
      ],
    });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return this.save();
  }

  async newWorkspace(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.host.files.forgetCurrent();
    this.replaceSession(WorkspaceSession.fromSnapshot(newWorkspace(this.state.uiLocale, new Date().toISOString())), null);
    this.store.set({ status: null, error: null });
  }

  async openSample(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.host.files.forgetCurrent();
    this.replaceSession(WorkspaceSession.fromSnapshot(sampleWorkspace(this.state.uiLocale, new Date().toISOString())), null);
  }

  async open(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const result = await this.host.files.open();
    if (!result.ok) {
      if (result.failure.code === 'cancelled') return;
      const message =
        result.failure.code === 'too-large'
          ? describeLoadError({ code: 'too-large', bytes: result.failure.bytes, limit: result.failure.limit }, this.state.uiLocale)
          : result.failure.message;
      this.store.set({ error: { title: this.t('error.openFailed'), message } });
      return;
    }
    this.openText(result.value.text, result.value.name);
  }

  /**
   * Open a `.journey` file's text. The one path for every way of opening (dialog, OS,
   * debug hook). On failure the open workspace stays exactly as it was.
   */
  openText(text: string | Uint8Array, name: string): LoadOutcome {
    const result = loadWorkspaceFile(text);
    if (!result.ok) {
      // The host already remembers the unreadable file as this window's: never save over it.
      void this.host.files.forgetCurrent();
      this.store.set({ error: { title: this.t('error.openTitle', { name }), message: describeLoadError(result.error, this.state.uiLocale) } });
      return { ok: false, error: result.error };
    }
    this.replaceSession(new WorkspaceSession(result.doc, result.extras, result.snapshot), name);
    const warning = result.warnings[0];
    const status =
      warning?.code === 'yjs-damaged'
        ? this.t('status.recovered', { name })
        : warning?.code === 'snapshot-applied'
          ? this.t('status.snapshotApplied', { name })
          : result.migratedFrom !== null
            ? this.t('status.migrated', { name })
            : this.t('status.opened', { name });
    this.store.set({ error: null, status });
    return { ok: true };
  }

  /** Replace the open workspace with a snapshot (benchmarks, samples); asks nothing. */
  openSnapshot(snapshot: WorkspaceSnapshot): void {
    this.replaceSession(WorkspaceSession.fromSnapshot(snapshot), null);
  }

  /** Exactly the text Save writes. */
  fileText(): string {
    const { session } = this.state;
    const snapshot = snapshotOfView(session.view.getView()) ?? undefined;
    return serializeWorkspace(session.doc, { appVersion: this.appVersion, now: new Date(), extras: session.extras, ...(snapshot ? { snapshot } : {}) });
  }

  /** The workspace read straight from the doc (the inspection hook's truth, not the view). */
  snapshot(): WorkspaceSnapshot | null {
    return readSnapshot(this.state.session.doc);
  }

  suggestedFileName(): string {
    const title = this.state.session.view.getView().meta?.title ?? 'workspace';
    const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'workspace';
    return `${safe}.journey`;
  }

  async save(asNew = false): Promise<boolean> {
    const text = this.fileText();
    // Never write a file this app would refuse to open; the work stays open either way.
    const problem = checkSaveable(text);
    if (problem) {
      this.store.set({ error: { title: this.t('error.saveTitle'), message: describeSaveProblem(problem, this.state.uiLocale) } });
      return false;
    }
    const suggested = this.state.fileName ?? this.suggestedFileName();
    const result = asNew ? await this.host.files.saveAs(text, suggested) : await this.host.files.save(text, suggested);
    if (!result.ok) {
      const failure = result.failure;
      if (failure.code !== 'cancelled') {
        const message =
          failure.code === 'io'
            ? failure.message
            : failure.code === 'read-only'
              ? describeSaveProblem(failure, this.state.uiLocale)
              : describeLoadError({ code: 'too-large', bytes: failure.bytes, limit: failure.limit }, this.state.uiLocale);
        this.store.set({ error: { title: this.t('error.saveTitle'), message } });
      }
      return false;
    }
    this.store.set({ fileName: result.value.name, dirty: false, error: null, status: this.t('status.saved', { name: result.value.name }) });
    return true;
  }

  /**
   * Run one edit (usually a shared/doc command) as its own undo step. The only way the
   * renderer closes undo steps: the step before it is closed first, and this one after.
   */
  edit<T>(fn: () => T): T {
    const { undo } = this.state.session;
    undo.stopCapturing();
    try {
      return fn();
    } finally {
      undo.stopCapturing();
    }
  }

  /**
   * Open one undo step for a gesture that spans many frames (drag, resize, curve drag,
   * typing in a field): every `step.edit` until `step.end()` undoes as one.
   */
  beginStep(): EditStep {
    const { undo } = this.state.session;
    undo.stopCapturing();
    const timeout = undo.captureTimeout;
    // Frames of one gesture may be further apart than the capture timeout: hold the step open.
    undo.captureTimeout = Number.POSITIVE_INFINITY;
    let open = true;
    return {
      edit: <T>(fn: () => T): T => fn(),
      end: () => {
        if (!open) return;
        open = false;
        undo.captureTimeout = timeout;
        undo.stopCapturing();
      },
    };
  }

  undo(): void {
    this.store.set({ editingNoteId: null });
    this.state.session.undo.undo();
  }

  redo(): void {
    this.store.set({ editingNoteId: null });
    this.state.session.undo.redo();
  }

  /** The close prompt's "Save": save, then close if that worked. (Menu actions go through the registry.) */
  async saveThenClose(): Promise<void> {
    if (await this.save()) this.host.window.close();
  }

  async openPending(): Promise<void> {
    const pending = await this.host.files.takePending();
    if (pending) this.openText(pending.text, pending.name);
  }
}

function firstJourneyBoard(session: WorkspaceSession): string | null {
  const boards = boardsInOrder(session.doc);
  return (boards.find((b) => b.kind === 'journey') ?? boards[0])?.id ?? null;
}
