import { message, verbatim, type MessageParams } from '../../../shared/i18n';
import { desktopMessage, type DesktopKey } from '../../../shared/i18n/resources/desktop';
import type { RecentFile } from '../../../shared/host-api';
import { recentFileId } from '../../../shared/recent-id';
import type { Editor } from './editor';
import { DIALOGS, DOCUMENT, type DialogChoice } from './slices';

/** How many recent files the Open Recent question lists. */
const LISTED = 8;

/**
 * File ▸ Open Recent…: the files the host remembers (desktop), newest first, missing ones
 * marked; picking one asks about unsaved changes first, then opens it through the one open path.
 */
export async function openRecent(editor: Editor): Promise<void> {
  const t = (key: DesktopKey, params?: MessageParams) => desktopMessage(key, params);
  const recent: readonly RecentFile[] = await editor.host.files.recent().catch(() => []);
  if (recent.length === 0) {
    editor.showStatus(t('recent.none'));
    return;
  }
  const listed = recent.slice(0, LISTED);
  const choice = await editor.ask({
    title: t('recent.title'),
    body: t('recent.body'),
    choices: [
      { value: 'cancel', label: t('recent.cancel') },
      ...listed.map(recentChoice),
    ],
  });
  const picked = listed.find((_file, i) => choice === `recent:${i}`);
  if (picked) await openRecentFile(editor, picked);
}

/** A recent file as a row of the question's list (missing ones marked). */
const recentChoice = (file: RecentFile, i: number): DialogChoice => ({
  value: `recent:${i}`,
  label: file.missing ? desktopMessage('recent.missing', { name: file.name }) : verbatim(file.name),
  primary: i === 0 && !file.missing,
  item: true,
});

/**
 * The start screen of the desktop app: launched without a file, onto the untouched new workspace,
 * it offers the recent workspaces (missing ones marked), Open…, or carrying on with the new
 * journey (Escape too). Nothing when there are no recent files, a file was opened, or another
 * question is up. Resolves once the person has chosen (and what they chose has opened).
 */
export async function offerRecentAtStart(editor: Editor): Promise<void> {
  if (editor.hostKind !== 'electron') return;
  const t = (key: DesktopKey, params?: MessageParams) => desktopMessage(key, params);
  const recent: readonly RecentFile[] = await editor.host.files.recent().catch(() => []);
  const untouched = () => editor.get(DOCUMENT).fileName === null && !editor.get(DOCUMENT).dirty && editor.get(DIALOGS).dialog === null;
  if (recent.length === 0 || !untouched()) return;
  const listed = recent.slice(0, LISTED);
  const choice = await editor.ask({
    title: t('recent.startTitle'),
    body: t('recent.startBody'),
    choices: [
      { value: 'cancel', label: t('recent.startNew') },
      { value: 'open', label: t('recent.startOpen') },
      ...listed.map(recentChoice),
    ],
  });
  if (choice === 'open') return void (await editor.actions.get('open').run(editor));
  const picked = listed.find((_file, i) => choice === `recent:${i}`);
  if (picked) await openRecentFile(editor, picked);
}

/**
 * The native File ▸ Open Recent entry clicked (`action:openRecent:<id>`, the file's
 * `recentFileId`): that file, wherever the list has moved it since the menu was drawn. A file
 * no longer in the list is said so, and nothing else opens in its place.
 */
export async function openRecentById(editor: Editor, id: string): Promise<void> {
  const recent: readonly RecentFile[] = await editor.host.files.recent().catch(() => []);
  const picked = recent.find((file) => recentFileId(file.key) === id);
  if (picked) await openRecentFile(editor, picked);
  else editor.showStatus(desktopMessage('recent.listChanged'));
}

/** Asks about unsaved changes first, then opens `picked` through the one open path. */
async function openRecentFile(editor: Editor, picked: RecentFile): Promise<void> {
  if (!(await editor.confirmDiscard())) return;
  const result = await editor.host.files.openRecent(picked.key);
  if (!result.ok) {
    if (result.failure.code !== 'cancelled') editor.showError(message('error.openTitle', { name: picked.name }), result.failure.code === 'io' ? result.failure.message : verbatim(result.failure.code));
    return;
  }
  editor.openText(result.value.text, result.value.name);
}
