import { LOAD_ORIGIN } from '../../../shared/doc/origins';
import { encodeState } from '../../../shared/doc/ydoc';
import { onDocUpdate } from '../../../shared/doc/merge';
import { desktopMessage } from '../../../shared/i18n/resources/desktop';
import type { Editor } from './editor';
import type { WorkspaceSession } from './session';
import { DOCUMENT } from './slices';

export interface JournalOptions {
  /** Changes are written at most this long after they happen (ms). Default 300. */
  readonly delayMs?: number;
  /** A journal is compacted to one whole state once it grows past this many bytes and 4× that state. Default 4 MiB. */
  readonly compactBytes?: number;
  /** After a failed write, wait this long before trying again (ms). Default 5000. */
  readonly retryMs?: number;
}

/** A journal id the hosts accept (shared/host-api JOURNAL_ID). */
export function newJournalId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `j-${Date.now().toString(36)}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Crash recovery, the writing side: while the open workspace has unsaved changes, each change
 * (a Yjs update, local or from peers) is appended to a journal the host keeps, within
 * `delayMs`. The first write of a journal is the whole state, so a journal alone rebuilds the
 * workspace. Saving (or discarding the workspace) removes the journal; the next change starts
 * a new one. Writes run one after another; a failed write is retried as a whole state.
 */
export class WorkspaceJournal {
  private session: WorkspaceSession | null = null;
  private offUpdate: () => void = () => undefined;
  private id: string | null = null;
  /** The next write must be the whole state (a new journal, or after a failure). */
  private reset = true;
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private bytes = 0;
  private baseBytes = 0;
  private adopted: string | null = null;
  private warned = false;
  private readonly delayMs: number;
  private readonly compactBytes: number;
  private readonly retryMs: number;
  private readonly offSlice: () => void;

  constructor(
    private readonly editor: Editor,
    options: JournalOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.compactBytes = options.compactBytes ?? 4 * 1024 * 1024;
    this.retryMs = options.retryMs ?? 5000;
    this.offSlice = editor.slices.slice(DOCUMENT).subscribe(() => this.sync());
    this.sync();
  }

  /** The journal the current workspace writes to (null while it has no unsaved changes). */
  get journalId(): string | null {
    return this.id;
  }

  /** The next workspace adopted (a restore) continues journal `id` instead of starting a new one. */
  continueWith(id: string): void {
    this.adopted = id;
  }

  /** Write what is pending now (the page is going away); resolves when every write is done. */
  flush(): Promise<void> {
    this.write();
    return this.chain;
  }

  destroy(): void {
    this.offSlice();
    this.offUpdate();
    if (this.timer) clearTimeout(this.timer);
  }

  private sync(): void {
    const { session, dirty } = this.editor.get(DOCUMENT);
    if (session !== this.session) {
      this.offUpdate();
      const old = this.id;
      this.id = this.adopted;
      this.adopted = null;
      // The workspace was replaced after its changes were saved or the user let them go.
      if (old !== null && old !== this.id) this.enqueue(() => this.editor.host.recovery.discard(old));
      this.session = session;
      this.pending = [];
      this.reset = true;
      this.offUpdate = onDocUpdate(session.doc, this.onUpdate);
    }
    if (!dirty) {
      this.cancelTimer();
      this.pending = [];
      this.reset = true;
      const old = this.id;
      this.id = null;
      if (old !== null) this.enqueue(() => this.editor.host.recovery.discard(old));
      return;
    }
    this.id ??= newJournalId();
    if (this.reset) this.schedule(this.delayMs);
  }

  private onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    if (!this.reset) this.pending.push(update);
    if (this.id !== null) this.schedule(this.delayMs);
  };

  private schedule(delay: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.write();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private write(): void {
    this.cancelTimer();
    const { id, session } = this;
    if (id === null || session === null) return;
    if (!this.reset && this.pending.length === 0) return;
    const reset = this.reset;
    const updates = reset ? [encodeState(session.doc)] : this.pending;
    this.pending = [];
    this.reset = false;
    const view = session.view.getView();
    const meta = { title: view.meta?.title ?? '', fileName: this.editor.get(DOCUMENT).fileName };
    this.enqueue(async () => {
      const result = await this.editor.host.recovery.append(id, updates, meta, reset).catch(
        (error: unknown) => ({ ok: false, failure: { code: 'io', message: error instanceof Error ? error.message : String(error) } }) as const,
      );
      if (this.id !== id) return;
      if (!result.ok) {
        // Start over with the whole state once writing works again; tell the user once.
        this.reset = true;
        this.pending = [];
        this.schedule(this.retryMs);
        if (!this.warned && result.failure.code !== 'cancelled') {
          this.warned = true;
          const reason = result.failure.code === 'io' ? result.failure.message : result.failure.code;
          this.editor.showStatus(desktopMessage('recovery.writeFailed', { reason }));
        }
        return;
      }
      this.warned = false;
      this.bytes = result.value;
      if (reset) this.baseBytes = result.value;
      // Bounded: a long session's journal is rewritten as one whole state.
      if (this.bytes > this.compactBytes && this.bytes > 4 * this.baseBytes) {
        this.reset = true;
        this.pending = [];
        this.schedule(this.delayMs);
      }
    });
  }

  private enqueue(task: () => Promise<unknown>): void {
    this.chain = this.chain.then(task).then(
      () => undefined,
      () => undefined,
    );
  }
}
