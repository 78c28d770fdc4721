import { checkSaveable, loadErrorMessage, loadWorkspaceFile, saveProblemMessage, serializeWorkspace, type LoadError } from '../../../shared/file';
import { message } from '../../../shared/i18n';
import { snapshotOfView } from '../../../shared/doc';
import { newWorkspace, sampleWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { resolveSaveConflict } from './disk';
import type { Editor } from './editor';
import { WorkspaceSession } from './session';
import { DOCUMENT, NOTICES } from './slices';

export type LoadOutcome = { ok: true } | { ok: false; error: LoadError };

/** New, open and save: the one path for every way of opening (dialog, OS, debug hook). */
export class DocumentFiles {
  private lastPublished = '';

  constructor(private readonly editor: Editor) {
    editor.slices.slice(DOCUMENT).subscribe(() => this.publishDocumentState());
  }

  private get document() {
    return this.editor.get(DOCUMENT);
  }

  private title(): string {
    const { session, fileName } = this.document;
    return fileName ?? session.view.getView().meta?.title ?? this.editor.t('app.untitled');
  }

  /** Title bar text and the unsaved marker, told to the host when they change. */
  publishDocumentState(): void {
    const { fileName, dirty } = this.document;
    const title = this.title();
    const key = JSON.stringify([title, fileName, dirty]);
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    this.editor.host.window.setDocumentState({ title, fileName, dirty });
  }

  /** Ask before throwing away unsaved changes. Resolves true when it is fine to go on. */
  async confirmDiscard(): Promise<boolean> {
    if (!this.document.dirty) return true;
    const choice = await this.editor.ask({
      title: message('unsaved.title', { name: this.title() }),
      body: message('unsaved.body'),
      choices: [
        { value: 'discard', label: message('unsaved.discard') },
        { value: 'cancel', label: message('unsaved.cancel') },
        { value: 'save', label: message('unsaved.save'), primary: true },
      ],
    });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return this.save();
  }

  async newWorkspace(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.editor.host.files.forgetCurrent();
    this.editor.adoptSession(WorkspaceSession.fromSnapshot(newWorkspace(this.editor.uiLocale, new Date().toISOString())), null);
    this.editor.update(NOTICES, { status: null, error: null });
  }

  async openSample(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.editor.host.files.forgetCurrent();
    this.editor.adoptSession(WorkspaceSession.fromSnapshot(sampleWorkspace(this.editor.uiLocale, new Date().toISOString())), null);
  }

  async open(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const result = await this.editor.host.files.open();
    if (!result.ok) {
      if (result.failure.code === 'cancelled') return;
      const reason = result.failure.code === 'too-large' ? loadErrorMessage({ code: 'too-large', bytes: result.failure.bytes, limit: result.failure.limit }) : result.failure.message;
      this.editor.showError(message('error.openFailed'), reason);
      return;
    }
    this.openText(result.value.text, result.value.name);
  }

  /** Open a `.journey` file's text. On failure the open workspace stays exactly as it was. */
  openText(text: string | Uint8Array, name: string): LoadOutcome {
    const { editor } = this;
    const result = loadWorkspaceFile(text);
    if (!result.ok) {
      // The host already remembers the unreadable file as this window's: never save over it.
      void editor.host.files.forgetCurrent();
      editor.showError(message('error.openTitle', { name }), loadErrorMessage(result.error));
      return { ok: false, error: result.error };
    }
    editor.adoptSession(new WorkspaceSession(result.doc, result.extras, result.snapshot), name);
    const warning = result.warnings[0];
    const status =
      warning?.code === 'yjs-damaged'
        ? message('status.recovered', { name })
        : warning?.code === 'snapshot-applied'
          ? message('status.snapshotApplied', { name })
          : result.migratedFrom !== null
            ? message('status.migrated', { name })
            : message('status.opened', { name });
    editor.update(NOTICES, { error: null, status });
    return { ok: true };
  }

  /** Replace the open workspace with a snapshot (benchmarks, samples); asks nothing. */
  openSnapshot(snapshot: WorkspaceSnapshot): void {
    this.editor.adoptSession(WorkspaceSession.fromSnapshot(snapshot), null);
  }

  /** Exactly the text Save writes. */
  fileText(): string {
    const { session } = this.document;
    const snapshot = snapshotOfView(session.view.getView()) ?? undefined;
    return serializeWorkspace(session.doc, { appVersion: this.editor.appVersion, now: new Date(), extras: session.extras, ...(snapshot ? { snapshot } : {}) });
  }

  suggestedFileName(): string {
    const title = this.document.session.view.getView().meta?.title ?? 'workspace';
    const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'workspace';
    return `${safe}.journey`;
  }

  async save(asNew = false, overwrite = false): Promise<boolean> {
    const { session } = this.document;
    // What is saved is what is serialized now: a change made while the host writes (a peer's, a
    // keystroke) is not in the file, so it keeps the unsaved marker (and its recovery journal).
    let changedMeanwhile = false;
    const offChange = session.onChange(() => {
      changedMeanwhile = true;
    });
    try {
      return await this.saveText(this.fileText(), asNew, overwrite, () => changedMeanwhile);
    } finally {
      offChange();
    }
  }

  private async saveText(text: string, asNew: boolean, overwrite: boolean, changedSince: () => boolean): Promise<boolean> {
    const { editor } = this;
    // Never write a file this app would refuse to open; the work stays open either way.
    const problem = checkSaveable(text);
    if (problem) {
      editor.showError(message('error.saveTitle'), saveProblemMessage(problem));
      return false;
    }
    const suggested = this.document.fileName ?? this.suggestedFileName();
    const result = asNew ? await editor.host.files.saveAs(text, suggested) : await editor.host.files.save(text, suggested, overwrite ? { overwrite } : undefined);
    if (!result.ok) {
      const failure = result.failure;
      // Another program changed the file since: the user chooses merge, replace or a copy.
      if (failure.code === 'changed-on-disk') return resolveSaveConflict(editor, failure.name, (o) => this.save(o.asNew === true, o.overwrite === true));
      if (failure.code !== 'cancelled') {
        const reason =
          failure.code === 'io'
            ? failure.message
            : failure.code === 'read-only'
              ? saveProblemMessage(failure)
              : loadErrorMessage({ code: 'too-large', bytes: failure.bytes, limit: failure.limit });
        editor.showError(message('error.saveTitle'), reason);
      }
      return false;
    }
    editor.slices.batch(() => {
      editor.update(DOCUMENT, { fileName: result.value.name, dirty: changedSince() });
      editor.update(NOTICES, { error: null, status: message('status.saved', { name: result.value.name }) });
    });
    return true;
  }

  /** The close prompt's "Save": save, then close if that worked. */
  async saveThenClose(): Promise<void> {
    // Not saved (cancelled, or it failed): the host ends a quit under way, so the next Quit asks again.
    if (await this.save()) this.editor.host.window.close();
    else this.editor.host.window.keepOpen();
  }

  async openPending(): Promise<void> {
    const pending = await this.editor.host.files.takePending();
    if (pending) this.openText(pending.text, pending.name);
  }
}
