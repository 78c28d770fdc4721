import { describe, expect, it } from 'vitest';
import { accelerator } from '../../../renderer/src/actions/accelerators';
import { menuSpec } from '../../../renderer/src/actions/menu';
import { ACTIONS } from '../../../renderer/src/actions/registry';
import { actionForKey, matches, shortcutLabel, type KeyPress } from '../../../renderer/src/actions/shortcuts';
import { addNote } from '../../../shared/doc';
import { editorSetup, gridOf } from './setup';

const key = (k: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const idFor = (press: KeyPress, host: 'electron' | 'web' = 'web', platform: 'mac' | 'other' = 'other') => actionForKey(ACTIONS, press, host, platform)?.id ?? null;

describe('shortcut matching', () => {
  it('maps key presses to actions the way the toolbar and menus say', () => {
    expect(idFor(key('n'))).toBe('addNote');
    expect(idFor(key('N', { shiftKey: true }))).toBeNull(); // Shift+N is not N
    expect(idFor(key('n', { ctrlKey: true }))).toBe('new');
    expect(idFor(key('s', { ctrlKey: true, shiftKey: true }))).toBe('saveAs');
    expect(idFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(idFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(idFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(idFor(key('Delete'))).toBe('deleteNotes');
    expect(idFor(key('Backspace'))).toBe('deleteNotes');
    expect(idFor(key('ArrowLeft'))).toBe('select:left');
    expect(idFor(key('ArrowLeft', { altKey: true }))).toBe('move:left');
    expect(idFor(key('ArrowDown', { ctrlKey: true }))).toBe('move:down');
    expect(idFor(key('Escape'))).toBe('clearSelection');
  });

  it('compares Shift only where it is not part of the key: "!" is Shift+1, "+" is Shift+=', () => {
    expect(idFor(key('!', { shiftKey: true }))).toBe('zoomFit');
    expect(idFor(key('+', { shiftKey: true }))).toBe('zoomIn');
    expect(idFor(key('=', { ctrlKey: true }))).toBe('zoomIn');
    expect(idFor(key('-'))).toBe('zoomOut');
  });

  it('uses ⌘ on macOS and Ctrl elsewhere', () => {
    const save = { key: 's', mod: true };
    expect(matches(save, key('s', { metaKey: true }), 'mac')).toBe(true);
    expect(matches(save, key('s', { ctrlKey: true }), 'mac')).toBe(false);
    expect(matches(save, key('s', { ctrlKey: true }), 'other')).toBe(true);
    expect(matches(save, key('s', { metaKey: true }), 'other')).toBe(false);
    expect(idFor(key('z', { metaKey: true }), 'web', 'mac')).toBe('undo');
  });

  it('leaves copy, cut and paste to the browser’s clipboard events', () => {
    expect(idFor(key('c', { ctrlKey: true }))).toBeNull();
    expect(idFor(key('x', { ctrlKey: true }))).toBeNull();
    expect(idFor(key('v', { ctrlKey: true }))).toBeNull();
  });

  it('in the desktop app, the native menu owns its shortcuts with a modifier; plain keys stay the page’s', () => {
    expect(idFor(key('s', { ctrlKey: true }), 'electron')).toBeNull();
    expect(idFor(key('z', { ctrlKey: true }), 'electron')).toBeNull();
    expect(idFor(key('n'), 'electron')).toBe('addNote');
    expect(idFor(key('Delete'), 'electron')).toBe('deleteNotes');
    // Redo's menu item carries Ctrl+Shift+Z; Ctrl+Y (redo on Windows) is not on it, so the page runs it.
    expect(idFor(key('z', { ctrlKey: true, shiftKey: true }), 'electron')).toBeNull();
    expect(idFor(key('y', { ctrlKey: true }), 'electron')).toBe('redo');
    expect(idFor(key('y', { ctrlKey: true }), 'web')).toBe('redo');
    // Moving notes has a modifier but is in no menu: the page keeps it.
    expect(idFor(key('ArrowRight', { ctrlKey: true }), 'electron')).toBe('move:right');
  });

  it('writes shortcuts as people read them', () => {
    const byId = (id: string) => ACTIONS.find((a) => a.id === id)!;
    expect(shortcutLabel(byId('saveAs'), 'other')).toBe('Ctrl+Shift+S');
    expect(shortcutLabel(byId('saveAs'), 'mac')).toBe('⌘+Shift+S');
    expect(shortcutLabel(byId('zoomFit'), 'other')).toBe('!');
    expect(shortcutLabel(byId('deleteNotes'), 'other')).toBe('Delete');
    expect(shortcutLabel(byId('openSample'), 'other')).toBe('');
  });
});

describe('Electron accelerators', () => {
  it('translates key names and modifiers to accelerator syntax', () => {
    expect(accelerator({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator({ key: 'ArrowLeft', alt: true })).toBe('Alt+Left');
    expect(accelerator({ key: 'Escape' })).toBe('Esc');
    expect(accelerator({ key: 'Enter' })).toBe('Return');
    expect(accelerator({ key: '+' })).toBe('Plus');
    expect(accelerator({ key: '!', shift: true })).toBe('Shift+1');
    expect(accelerator({ key: '=', mod: true })).toBe('CmdOrCtrl+=');
    expect(accelerator({ key: 'F2' })).toBe('F2');
  });
});

describe('the native menu description', () => {
  it('lists the menu actions by section, localized, with accelerators and what is enabled now', async () => {
    const { editor } = editorSetup({ hostKind: 'electron' });
    const spec = menuSpec(editor);
    expect(spec.map((s) => [s.id, s.label])).toEqual([
      ['file', 'File'],
      ['edit', 'Edit'],
      ['view', 'View'],
      ['board', 'Board'],
      ['help', 'Help'],
    ]);
    expect(spec.find((s) => s.id === 'help')?.items.map((i) => i?.label)).toEqual(['Getting started', 'Keyboard shortcuts', 'About Journey']);
    const file = spec[0]!.items.filter((i) => i !== null).map((i) => i.id);
    expect(file).toEqual(['new', 'open', 'openRecent', 'renameWorkspace', 'save', 'saveAs', 'merge', 'exportPrint', 'importCsv', 'openSample', 'importPersonas']);
    const item = (section: number, id: string) => spec[section]!.items.find((i) => i?.id === id)!;
    expect(item(0, 'saveAs')).toEqual({ id: 'saveAs', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: true, enabled: true });
    // Plain keys are shown but not registered, so typing is never stolen.
    expect(item(1, 'deleteNotes')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false, enabled: false });
    expect(item(1, 'undo')).toMatchObject({ enabled: false });
    // Items under a heading carry it, and a separator (null) comes before a new group.
    const board = spec[3]!.items;
    expect(board[0]).toMatchObject({ id: 'addBoard:endToEnd5', label: 'New board: End-to-end journey (5 stages)' });
    expect(board.indexOf(null)).toBeGreaterThan(0);

    // What is enabled follows the editor: a note, then undo is possible; selected, it can be deleted.
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'x', author: 'Ana' }))!;
    editor.select([id]);
    const after = menuSpec(editor);
    expect(after[1]!.items.find((i) => i?.id === 'undo')).toMatchObject({ enabled: true });
    expect(after[1]!.items.find((i) => i?.id === 'deleteNotes')).toMatchObject({ enabled: true });

    editor.setUiLocale('id');
    expect(menuSpec(editor)[0]!.label).not.toBe('File');
  });
});

describe('actions', () => {
  it('notes carry their author’s name: the participant’s, "Guest" until one is set', async () => {
    const { editor } = editorSetup();
    editor.select([], { stageId: gridOf(editor).cell(0, 0).stageId, laneId: gridOf(editor).cell(0, 0).laneId });
    editor.actions.get('addNote').run(editor);
    const first = Object.values(editor.view().notes)[0]!;
    expect(first.author).toBe('Guest');
    const { collabFor } = await import('../../../renderer/src/collab/manager');
    collabFor(editor).setUser({ name: 'Dewi', colour: '#1971c2' });
    editor.select([first.id]);
    editor.actions.get('duplicate').run(editor);
    const copy = Object.values(editor.view().notes).find((n) => n.id !== first.id)!;
    expect(copy.author).toBe('Dewi');
  });

  it('every action has a label in every language and a unique id', () => {
    const { editor } = editorSetup();
    const ids = new Set<string>();
    for (const locale of ['en', 'id', 'ru'] as const) {
      editor.setUiLocale(locale);
      for (const action of editor.actions.all()) {
        const label = action.label ? action.label(editor) : editor.t(action.labelKey);
        expect(label.length, action.id).toBeGreaterThan(0);
        expect(label, action.id).not.toBe(action.labelKey);
        ids.add(action.id);
      }
    }
    expect(ids.size).toBe(editor.actions.all().length);
  });
});
