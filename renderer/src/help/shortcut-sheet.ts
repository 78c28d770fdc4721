import type { MenuSpecSection } from '../../../shared/host-api';
import type { MessageKey } from '../../../shared/i18n';
import { actionLabel, type Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { formatShortcut, PLATFORM, type Platform } from '../actions/shortcuts';

/**
 * The shortcut sheet (`?`, Help ▸ Keyboard shortcuts), read off the action registry so it can
 * never drift from what the keys do: every action with a shortcut, grouped by the menu that
 * lists it (actions no menu lists, such as the arrow keys, under "On the board").
 */
export interface SheetRow {
  readonly id: string;
  readonly label: string;
  /** Each shortcut as people read it on this platform ("Ctrl+Z" or "⌘+Z"). */
  readonly keys: readonly string[];
}
export interface SheetGroup {
  readonly id: MenuSpecSection['id'] | 'board-keys';
  readonly title: string;
  readonly rows: readonly SheetRow[];
}

const GROUP_TITLES: Record<SheetGroup['id'], MessageKey> = {
  file: 'menu.file',
  edit: 'menu.edit',
  view: 'menu.view',
  board: 'menu.board',
  'board-keys': 'shortcuts.group.board',
  help: 'shortcuts.group.help',
};
/** Arrow keys read as arrows on the sheet ("Ctrl+←"); the other names stay as the keyboard prints them. */
const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };
const readable = (label: string) =>
  label.replace(/Arrow(Left|Right|Up|Down)/, (name) => ARROWS[name]!).replace(/(^|\+) $/, '$1Space');

const GROUP_ORDER: readonly SheetGroup['id'][] = ['file', 'edit', 'view', 'board', 'board-keys', 'help'];

export function shortcutSheet(editor: Editor, actions: readonly Action[] = editor.actions.all(), platform: Platform = PLATFORM): SheetGroup[] {
  const rows = new Map<SheetGroup['id'], SheetRow[]>();
  for (const action of actions) {
    if (action.shortcuts.length === 0) continue;
    const group = action.menu ?? 'board-keys';
    const keys = [...new Set(action.shortcuts.map((s) => readable(formatShortcut(s, platform))))];
    rows.set(group, [...(rows.get(group) ?? []), { id: action.id, label: actionLabel(editor, action), keys }]);
  }
  return GROUP_ORDER.filter((id) => rows.has(id)).map((id) => ({ id, title: editor.t(GROUP_TITLES[id]), rows: rows.get(id)! }));
}
