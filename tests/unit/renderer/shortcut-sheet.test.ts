import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../renderer/src/actions/registry';
import { actionForKey, formatShortcut } from '../../../renderer/src/actions/shortcuts';
import type { Action } from '../../../renderer/src/editor/actions';
import { shortcutSheet } from '../../../renderer/src/help/shortcut-sheet';
import { editorSetup } from './setup';

/** The shortcut sheet (`?`, Help ▸ Keyboard shortcuts) is read off the action registry, so it cannot drift. */
describe('shortcut sheet', () => {
  it('lists every action that has a shortcut, each shortcut once, under the menu that lists it', () => {
    const { editor } = editorSetup();
    const sheet = shortcutSheet(editor, ACTIONS, 'other');
    const listed = new Map(sheet.flatMap((g) => g.rows.map((r) => [r.id, { group: g.id, keys: r.keys }] as const)));
    const withShortcut = ACTIONS.filter((a) => a.shortcuts.length > 0);
    expect(withShortcut.length).toBeGreaterThan(20);
    for (const action of withShortcut) {
      expect(listed.get(action.id), action.id).toEqual({ group: action.menu ?? 'board-keys', keys: [...new Set(action.shortcuts.map((s) => formatShortcut(s, 'other').replace('ArrowLeft', '←').replace('ArrowRight', '→').replace('ArrowUp', '↑').replace('ArrowDown', '↓').replace(/(^|\+) $/, '$1Space')))] });
    }
    expect(listed.size).toBe(withShortcut.length);
    expect(sheet.map((g) => g.title)).toEqual(['File', 'Edit', 'View', 'On the board', 'Help']);
    expect(listed.get('redo')?.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(listed.get('select:left')?.keys).toEqual(['←']);
    expect(listed.get('move:down')?.keys).toEqual(['Ctrl+↓', 'Alt+↓']);
    // The space bar reads as a key, not as an empty box.
    expect(listed.get('presentNext')?.keys).toContain('Space');
  });

  it('a new action with a shortcut shows up without touching the sheet', () => {
    const { editor } = editorSetup();
    const extra: Action = { id: 'test.extra', menu: 'view', labelKey: 'action.zoomIn', shortcuts: [{ key: 'k', mod: true, alt: true }], enabled: () => true, run: () => undefined };
    const view = shortcutSheet(editor, [...ACTIONS, extra], 'other').find((g) => g.id === 'view')!;
    expect(view.rows.at(-1)).toEqual({ id: 'test.extra', label: 'Zoom in', keys: ['Ctrl+Alt+K'] });
  });

  it('shows ⌘ on a Mac and Ctrl elsewhere, in the UI language', () => {
    const { editor } = editorSetup();
    editor.setUiLocale('ru');
    const mac = shortcutSheet(editor, ACTIONS, 'mac');
    const undo = mac.flatMap((g) => g.rows).find((r) => r.id === 'undo')!;
    expect(undo.keys).toEqual(['⌘+Z']);
    expect(mac[0]!.title).toBe('Файл');
    expect(undo.label).toBe('Отменить');
  });

  it('the `?` key opens it (no modifier, so Shift+/ on most keyboards)', () => {
    const press = { key: '?', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false };
    expect(actionForKey(ACTIONS, press, 'web', 'other')?.id).toBe('help.shortcuts');
    expect(actionForKey(ACTIONS, press, 'electron', 'other')?.id).toBe('help.shortcuts');
  });
});
