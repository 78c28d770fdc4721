import { verbatim, type MessageParams } from '../../../shared/i18n';
import { loadErrorMessage } from '../../../shared/file';
import { workspaceFromUpdates } from '../../../shared/file/recover';
import { desktopMessage, type DesktopKey } from '../../../shared/i18n/resources/desktop';
import type { JournalInfo } from '../../../shared/host-api';
import type { Editor } from './editor';
import type { WorkspaceJournal } from './journal';
import { WorkspaceSession } from './session';
import { DOCUMENT, NOTICES } from './slices';

/** How many journals the restore offer names at once (the rest are offered next time). */
const OFFERED = 3;

/**
 * Crash recovery, the reading side: at start, journals left by windows or tabs that ended
 * without saving are offered for restoring. Restoring rebuilds the workspace through the same
 * checks as opening a file and keeps it unsaved (its journal carries on); Discard removes the
 * journals; Not now keeps them for the next start.
 */
export async function offerRecovery(editor: Editor, journal: WorkspaceJournal): Promise<void> {
  const t = (key: DesktopKey, params?: MessageParams) => desktopMessage(key, params);
  let found: readonly JournalInfo[];
  try {
    found = await editor.host.recovery.list();
  } catch {
    return;
  }
  // Never over work already open in this window (a file the OS handed over is not dirty).
  if (found.length === 0 || editor.get(DOCUMENT).dirty) return;
  const offered = found.slice(0, OFFERED);
  const name = (j: JournalInfo) => j.fileName ?? (j.title.trim() || editor.text(t('recovery.untitled')));
  const time = (j: JournalInfo) => new Date(j.updatedAt).toLocaleString(editor.uiLocale);
  const first = offered[0]!;
  const choice = await editor.ask({
    title: t('recovery.title'),
    body: found.length === 1 ? t('recovery.bodyOne', { name: name(first), time: time(first) }) : t('recovery.bodyMany', { count: found.length }),
    choices: [
      { value: 'discard', label: t(found.length === 1 ? 'recovery.discard' : 'recovery.discardAll'), danger: true },
      { value: 'cancel', label: t('recovery.later') },
      ...offered.map((j, i) => ({ value: `restore:${j.id}`, label: t('recovery.restore', { name: name(j) }), primary: i === 0 })),
    ],
  });
  if (choice === 'discard') {
    for (const j of found) await editor.host.recovery.discard(j.id).catch(() => undefined);
    return;
  }
  const picked = offered.find((j) => choice === `restore:${j.id}`);
  if (picked) await restoreJournal(editor, journal, picked, name(picked));
}

/** Rebuild journal `info.id` in this window, unsaved; false (and a message) when it cannot be read. */
export async function restoreJournal(editor: Editor, journal: WorkspaceJournal, info: Pick<JournalInfo, 'id' | 'fileName'>, name: string): Promise<boolean> {
  const { id, fileName } = info;
  const t = (key: DesktopKey, params?: MessageParams) => desktopMessage(key, params);
  const read = await editor.host.recovery.read(id);
  if (!read.ok) {
    editor.showError(t('recovery.failed'), read.failure.code === 'io' ? read.failure.message : verbatim(read.failure.code));
    return false;
  }
  const loaded = workspaceFromUpdates(read.value, editor.appVersion);
  if (!loaded.ok) {
    editor.showError(t('recovery.failed'), loadErrorMessage(loaded.error));
    return false;
  }
  journal.continueWith(id);
  editor.slices.batch(() => {
    editor.adoptSession(new WorkspaceSession(loaded.doc, loaded.extras, loaded.snapshot), fileName);
    // Restored work is unsaved work: the marker shows, closing asks, and the journal carries on.
    editor.update(DOCUMENT, { dirty: true });
    editor.update(NOTICES, { error: null, status: t('recovery.restored', { name }) });
  });
  return true;
}
