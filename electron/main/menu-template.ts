/**
 * The native application menu as plain data. Items that act on the document send a
 * `HostCommand` to the renderer (which owns the document and its undo history); everything
 * else uses Electron's built-in roles. No Electron import: `index.ts` hands the result to
 * `Menu.buildFromTemplate`, which type-checks it against Electron's own
 * `MenuItemConstructorOptions`.
 */
import type { HostCommand } from '../../shared/host-api';
import { APP_NAME } from './document-state';

/** The Electron roles this menu uses (a subset of `MenuItemConstructorOptions['role']`). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'minimize'
  | 'zoom'
  | 'front';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Packaged builds get no Reload / Developer Tools. */
  readonly isPackaged: boolean;
  /** Delivers a command to the focused document window. */
  readonly send: (command: HostCommand) => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function buildMenuTemplate({ platform, isPackaged, send }: MenuOptions): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: HostCommand, accelerator: string): MenuItemTemplate => ({
    label,
    accelerator,
    click: () => send(cmd),
  });

  const appMenu: MenuItemTemplate = {
    label: APP_NAME,
    submenu: [
      { role: 'about', label: `About ${APP_NAME}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${APP_NAME}` },
    ],
  };

  const fileMenu: MenuItemTemplate = {
    label: '&File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } satisfies MenuItemTemplate]),
    ],
  };

  const editMenu: MenuItemTemplate = {
    label: '&Edit',
    submenu: [
      // Not role 'undo'/'redo': the board's history lives in the renderer (Y.UndoManager).
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemTemplate] : []),
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemTemplate = {
    label: '&View',
    submenu: [
      ...(isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemTemplate[]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemTemplate = { role: 'windowMenu' };

  const helpMenu: MenuItemTemplate = {
    label: '&Help',
    submenu: [{ role: 'about', label: `About ${APP_NAME}` }],
  };

  // macOS: About lives in the app menu, plus the standard Window menu; elsewhere Help ▸ About.
  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
