import { LOCAL_ORIGIN } from '../../../shared/doc/origins';
import { mergeDocState, mergeSnapshotByIds } from '../../../shared/doc/merge';
import { loadErrorMessage, loadWorkspaceFile } from '../../../shared/file';
import { desktopMessage, type DesktopKey } from '../../../shared/i18n/resources/desktop';
import { verbatim, type Message } from '../../../shared/i18n';
import type { HostResult, OpenedFile } from '../../../shared/host-api';
import type { Editor } from './editor';
import { DIALOGS, NOTICES } from './slices';

export type MergeOutcome = { readonly ok: true; readonly added: 'history' | number | 'nothing' } | { readonly ok: false };

const text = (_editor: Editor, key: DesktopKey, params?: Record<string, string | number>) => desktopMessage(key, params);

/**
 * Merge another copy of a `.journey` into the open workspace, as one undo step: through the
 * Yjs histories when the file has one (each side's edits exactly once), else by record ids
 * (records it has that this workspace lacks are added). The open workspace stays as it was
 * when the file cannot be read.
 */
export function mergeText(editor: Editor, fileText: string, name: string): MergeOutcome {
  const loaded = loadWorkspaceFile(fileText);
  if (!loaded.ok) {
    editor.showError(text(editor, 'merge.failedTitle', { name }), loadErrorMessage(loaded.error));
    return { ok: false };
  }
  const noHistory = loaded.warnings.some((w) => w.code === 'yjs-missing' || w.code === 'yjs-damaged');
  let outcome: MergeOutcome;
  if (noHistory) {
    const added = editor.edit(() => mergeSnapshotByIds(editor.doc, loaded.snapshot, LOCAL_ORIGIN));
    outcome = { ok: true, added: added > 0 ? added : 'nothing' };
  } else {
    const changed = editor.edit(() => mergeDocState(editor.doc, loaded.doc, LOCAL_ORIGIN));
    outcome = { ok: true, added: changed ? 'history' : 'nothing' };
  }
  loaded.doc.destroy();
  const status =
    outcome.added === 'history'
      ? text(editor, 'merge.done', { name })
      : outcome.added === 'nothing'
        ? text(editor, 'merge.nothing', { name })
        : text(editor, 'merge.byIds', { name, count: outcome.added });
  editor.update(NOTICES, { error: null, status });
  return outcome;
}

function failureMessage(result: HostResult<OpenedFile> & { ok: false }): Message {
  const { failure } = result;
  return failure.code === 'io' ? failure.message : verbatim(failure.code === 'too-large' ? `${failure.bytes} > ${failure.limit}` : failure.code);
}

/** File ▸ Merge…: pick another `.journey` and merge it into the open workspace. */
export async function mergeFromFile(editor: Editor): Promise<void> {
  const picked = await editor.host.files.pickToMerge();
  if (!picked.ok) {
    if (picked.failure.code !== 'cancelled') editor.showError(text(editor, 'merge.failedTitle', { name: '' }), failureMessage(picked));
    return;
  }
  mergeText(editor, picked.value.text, picked.value.name);
}

/** Read the window's file as it is on disk now and merge it in; it becomes the known version. */
async function mergeCurrent(editor: Editor): Promise<boolean> {
  const current = await editor.host.files.readCurrent(true);
  if (!current.ok) {
    editor.showError(text(editor, 'merge.failedTitle', { name: '' }), failureMessage(current));
    return false;
  }
  return mergeText(editor, current.value.text, current.value.name).ok;
}

/**
 * Save found the file changed by another program: merge its changes and save, replace it,
 * save a copy, or cancel. Resolves true when the work ended up saved.
 */
export async function resolveSaveConflict(editor: Editor, name: string, save: (options: { overwrite?: boolean; asNew?: boolean }) => Promise<boolean>): Promise<boolean> {
  const choice = await editor.ask({
    title: text(editor, 'disk.changedTitle', { name }),
    body: text(editor, 'disk.changedSaveBody'),
    choices: [
      { value: 'cancel', label: text(editor, 'disk.cancel') },
      { value: 'copy', label: text(editor, 'disk.saveCopy') },
      { value: 'overwrite', label: text(editor, 'disk.overwrite'), danger: true },
      { value: 'merge', label: text(editor, 'disk.merge'), primary: true },
    ],
  });
  if (choice === 'overwrite') return save({ overwrite: true });
  if (choice === 'copy') return save({ asNew: true });
  if (choice === 'merge') return (await mergeCurrent(editor)) && save({});
  return false;
}

/**
 * Look at the window's file on disk (the window got focus): changed by another program →
 * merge, reload or keep mine; gone or read-only → say so (the work stays open and saveable
 * elsewhere). Runs one check at a time and never over another question.
 */
export function watchDisk(editor: Editor): { check(): Promise<void> } {
  let running = false;
  let told = '';
  const check = async (): Promise<void> => {
    if (running || editor.get(DIALOGS).dialog) return;
    running = true;
    try {
      const state = await editor.host.files.checkDisk();
      if (state.kind === 'none' || state.kind === 'same') {
        told = '';
        return;
      }
      if (state.kind === 'missing' || state.kind === 'read-only') {
        // Said once per file and state, not at every focus.
        const key = `${state.kind}:${state.name}`;
        if (told !== key) editor.showStatus(text(editor, state.kind === 'missing' ? 'disk.missing' : 'disk.readOnly', { name: state.name }));
        told = key;
        return;
      }
      told = '';
      const choice = await editor.ask({
        title: text(editor, 'disk.changedTitle', { name: state.name }),
        body: text(editor, 'disk.changedBody'),
        choices: [
          { value: 'keep', label: text(editor, 'disk.keepMine') },
          { value: 'reload', label: text(editor, 'disk.reload') },
          { value: 'merge', label: text(editor, 'disk.merge'), primary: true },
        ],
      });
      if (choice === 'merge') await mergeCurrent(editor);
      else if (choice === 'reload') {
        const current = await editor.host.files.readCurrent(true);
        if (!current.ok) editor.showError(text(editor, 'merge.failedTitle', { name: state.name }), failureMessage(current));
        else if (editor.openText(current.value.text, current.value.name).ok) editor.showStatus(text(editor, 'disk.reloaded', { name: current.value.name }));
      } else if (choice === 'keep') {
        // Keep mine: this version of the file is known now; the next Save replaces it.
        await editor.host.files.readCurrent(true);
      }
    } finally {
      running = false;
    }
  };
  return { check };
}
