import { describe, expect, it, vi } from 'vitest';
import type { HostCommand } from '../../../shared/host-api';
import { buildMenuTemplate, type MenuItemTemplate } from '../../../electron/main/menu-template';

function build(platform: NodeJS.Platform, isPackaged = true) {
  const sent: HostCommand[] = [];
  const template = buildMenuTemplate({ platform, isPackaged, send: (c) => sent.push(c) });
  const menu = (label: string): MenuItemTemplate[] => {
    const found = template.find((m) => m.label?.replace('&', '') === label);
    if (!found?.submenu) throw new Error(`no ${label} menu`);
    return found.submenu;
  };
  const item = (menuLabel: string, label: string): MenuItemTemplate => {
    const found = menu(menuLabel).find((i) => i.label === label);
    if (!found) throw new Error(`no ${label} in ${menuLabel}`);
    return found;
  };
  const roles = (menuLabel: string) => menu(menuLabel).flatMap((i) => (i.role ? [i.role] : []));
  return { template, sent, menu, item, roles };
}

describe('application menu', () => {
  for (const platform of ['win32', 'linux', 'darwin'] as const) {
    describe(platform, () => {
      it('File and Edit items send the renderer its commands with the usual shortcuts', () => {
        const { item, sent } = build(platform);
        const expected: Array<[string, string, HostCommand, string]> = [
          ['File', 'New', 'new', 'CmdOrCtrl+N'],
          ['File', 'Open…', 'open', 'CmdOrCtrl+O'],
          ['File', 'Save', 'save', 'CmdOrCtrl+S'],
          ['File', 'Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'],
          ['Edit', 'Undo', 'undo', 'CmdOrCtrl+Z'],
          ['Edit', 'Redo', 'redo', platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'],
        ];
        for (const [menuLabel, label, command, accelerator] of expected) {
          const entry = item(menuLabel, label);
          expect(entry.accelerator).toBe(accelerator);
          expect(entry.role).toBeUndefined();
          entry.click?.();
          expect(sent.at(-1)).toBe(command);
        }
        expect(sent).toEqual(['new', 'open', 'save', 'saveAs', 'undo', 'redo']);
      });

      it('Undo/Redo are commands, never the undo/redo roles (the renderer owns history)', () => {
        const { template } = build(platform);
        const all = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
        expect(all(template).filter((i) => (i.role as string) === 'undo' || (i.role as string) === 'redo')).toEqual([]);
      });

      it('Edit has the clipboard roles', () => {
        expect(build(platform).roles('Edit')).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
      });

      it('View: zoom and full screen always; reload and dev tools only when not packaged', () => {
        const packaged = build(platform, true).roles('View');
        expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
        const dev = build(platform, false).roles('View');
        expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
      });

      it('File can close the window; Quit is where the platform expects it', () => {
        const { item, roles, template } = build(platform);
        expect(item('File', 'Close Window').role).toBe('close');
        if (platform === 'darwin') {
          expect(roles('File')).not.toContain('quit');
          expect(template[0]?.label).toBe('Journey');
          expect(roles('Journey')).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
        } else {
          expect(roles('File')).toContain('quit');
          expect(roles('Help')).toEqual(['about']);
        }
      });
    });
  }

  it('does not send anything until an item is clicked', () => {
    const send = vi.fn();
    buildMenuTemplate({ platform: 'linux', isPackaged: false, send });
    expect(send).not.toHaveBeenCalled();
  });
});
