import type { MenuSpec, MenuSpecItem, MenuSpecSection } from '../../../shared/host-api';
import type { MessageKey } from '../../../shared/i18n';
import { actionLabel } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { openRecentById } from '../editor/recent';
import { accelerator } from './accelerators';
import { registersInMenu } from './shortcuts';

const MENU_LABELS: Record<MenuSpecSection['id'], MessageKey> = { file: 'menu.file', edit: 'menu.edit', view: 'menu.view', board: 'menu.board', help: 'menu.help' };

/** The native menu, from the editor's actions: localized labels, accelerators, and what is enabled now. */
export function menuSpec(editor: Editor): MenuSpec {
  return (['file', 'edit', 'view', 'board', 'help'] as const).map((id) => {
    const items: (MenuSpecItem | null)[] = [];
    let lastGroup: string | undefined;
    for (const action of editor.actions.all().filter((a) => a.menu === id)) {
      if (items.length && action.group !== lastGroup) items.push(null);
      lastGroup = action.group;
      const shortcut = action.shortcuts[0];
      const label = action.group ? `${editor.t(action.group)}: ${actionLabel(editor, action)}` : actionLabel(editor, action);
      items.push({
        id: action.id,
        label,
        ...(shortcut ? { accelerator: accelerator(shortcut), registerAccelerator: registersInMenu(action, shortcut) } : { registerAccelerator: false }),
        enabled: action.enabled(editor),
      });
    }
    return { id, label: editor.t(MENU_LABELS[id]), items };
  });
}

/** Run the action a native menu item names. In a text field, Undo/Redo/Select all mean the field's own. */
export function runMenuAction(editor: Editor, id: string): void {
  // File ▸ Open Recent ▸ a file (the submenu main draws from its recent list, by file id).
  const recent = /^openRecent:([0-9a-f]{12})$/.exec(id);
  if (recent?.[1]) {
    void openRecentById(editor, recent[1]);
    return;
  }
  const focused = document.activeElement;
  if ((focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) && (id === 'undo' || id === 'redo' || id === 'selectAll')) {
    document.execCommand(id);
    return;
  }
  const action = editor.actions.find(id);
  if (action?.enabled(editor)) void action.run(editor);
}
