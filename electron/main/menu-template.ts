/**
 * The native application menu as plain data. Its document items come from the renderer's
 * action registry (`window:setMenu`): a click sends `action:<id>` back, so the toolbar,
 * shortcuts, context menus and this menu all run the same actions. Window chrome (close,
 * quit, clipboard, full screen) uses Electron's built-in roles. No Electron import: `index.ts` hands the result to
 * `Menu.buildFromTemplate`, which type-checks it against Electron's own
 * `MenuItemConstructorOptions`.
 */
import type { HostCommand, MenuSpec, MenuSpecSection } from '../../shared/host-api';
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
  registerAccelerator?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Packaged builds get no Reload / Developer Tools. */
  readonly isPackaged: boolean;
  /** Delivers a command to the focused document window. */
  readonly send: (command: HostCommand) => void;
  /** The focused window's menu, described by its renderer from the action registry. */
  readonly spec: MenuSpec | null;
}

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * Before a renderer has described its menu (start-up, or macOS with no window open): the file
 * verbs, in English, sending the same action ids the registry uses.
 */
export const FALLBACK_SPEC: MenuSpec = [
  {
    id: 'file',
    label: 'File',
    items: [
      { id: 'new', label: 'New', accelerator: 'CmdOrCtrl+N', registerAccelerator: true, enabled: true },
      { id: 'open', label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: true, enabled: true },
    ],
  },
];

export function buildMenuTemplate({ platform, isPackaged, send, spec }: MenuOptions): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const sections = spec ?? FALLBACK_SPEC;
  const itemsOf = (id: MenuSpecSection['id']): MenuItemTemplate[] =>
    (sections.find((s) => s.id === id)?.items ?? []).map((item) =>
      item === null
        ? separator
        : {
            label: item.label,
            ...(item.accelerator ? { accelerator: item.accelerator, registerAccelerator: item.registerAccelerator } : {}),
            enabled: item.enabled,
            click: () => send(`action:${item.id}`),
          },
    );
  const labelOf = (id: MenuSpecSection['id'], fallback: string) => {
    const label = sections.find((s) => s.id === id)?.label;
    return label ? `&${label}` : fallback;
  };

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
    label: labelOf('file', '&File'),
    submenu: [
      ...itemsOf('file'),
      separator,
      { role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, { role: 'quit', accelerator: 'Ctrl+Q' } satisfies MenuItemTemplate]),
    ],
  };

  // Cut, copy and paste stay Electron roles: they fire the page's clipboard events, which the
  // board turns into notes (and text fields handle as usual).
  const editMenu: MenuItemTemplate = {
    label: labelOf('edit', '&Edit'),
    submenu: [
      ...itemsOf('edit'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemTemplate] : []),
    ],
  };

  const view = itemsOf('view');
  const viewMenu: MenuItemTemplate = {
    label: labelOf('view', '&View'),
    submenu: [
      ...view,
      ...(view.length ? [separator] : []),
      ...(isPackaged ? [] : ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemTemplate[])),
      { role: 'togglefullscreen' },
    ],
  };

  const board = itemsOf('board');
  const boardMenu: MenuItemTemplate[] = board.length ? [{ label: labelOf('board', '&Board'), submenu: board }] : [];

  const windowMenu: MenuItemTemplate = { role: 'windowMenu' };
  const helpMenu: MenuItemTemplate = { label: '&Help', submenu: [{ role: 'about', label: `About ${APP_NAME}` }] };

  // macOS: About lives in the app menu, plus the standard Window menu; elsewhere Help ▸ About.
  return mac ? [appMenu, fileMenu, editMenu, viewMenu, ...boardMenu, windowMenu] : [fileMenu, editMenu, viewMenu, ...boardMenu, helpMenu];
}
