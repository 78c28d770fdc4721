import { message, verbatim, type MessageParams } from '../../../shared/i18n';
import { desktopMessage, type DesktopKey } from '../../../shared/i18n/resources/desktop';
import type { RecentFile } from '../../../shared/host-api';
import { recentFileId } from '../../../shared/recent-id';
import type { Editor } from './editor';

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
      ...listed.map((file, i) => ({ value: `recent:${i}`, label: file.missing ? t('recent.missing', { name: file.name }) : verbatim(file.name), primary: i === 0 && !file.missing })),
    ],
  });
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
