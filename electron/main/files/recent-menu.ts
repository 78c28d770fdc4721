/** The recent files as the native Open Recent submenu shows them: a name each, missing ones marked (plain Node, tested). */
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { recentFileId } from '../../../shared/recent-id';
import { RECENT_MENU_LIMIT } from '../menu-template';

export async function recentMenuFiles(list: readonly string[]): Promise<{ name: string; missing: boolean; id: string }[]> {
  return Promise.all(
    list.slice(0, RECENT_MENU_LIMIT).map(async (path) => ({ name: basename(path), missing: await access(path).then(() => false, () => true), id: recentFileId(path) })),
  );
}
