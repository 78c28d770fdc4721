/**
 * The native application menu as plain data. Its document items come from the renderer's
 * action registry (`window:setMenu`): a click sends `action:<id>` back, so the toolbar,
 * shortcuts, context menus and this menu all run the same actions. Window chrome (close,
 * quit, clipboard, full screen) uses Electron's built-in roles. No Electron import: `index.ts` hands the result to
 * `Menu.buildFromTemplate`, which type-checks it against Electron's own
 * `MenuItemConstructorOptions`.
 */
import type { HostCommand, MenuSpec, MenuSpecItem, MenuSpecSection } from '../../shared/host-api';
import { translatorFor, type Locale } from '../../shared/i18n';
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
  /** The focused window's UI language: roles get their labels in it (Electron's own follow the OS). */
  readonly locale?: Locale;
  /**
   * The recent files (desktop), newest first: File ▸ Open Recent becomes a submenu of them. A
   * click sends `action:openRecent:<id>` with the file's `recentFileId` (the renderer asks about
   * unsaved work, then opens the entry of `files.recent()` with that id, wherever the list has
   * moved it since); Clear empties the list here in main.
   */
  readonly recent?: RecentMenu;
}

export interface RecentMenu {
  readonly files: readonly { readonly name: string; readonly missing: boolean; readonly id: string }[];
  readonly clear: () => void;
}

/** How many recent files the native submenu lists. */
export const RECENT_MENU_LIMIT = 10;

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * Before a renderer has described its menu (start-up, or macOS with no window open): the file
 * verbs, sending the same action ids the registry uses.
 */
export function fallbackSpec(locale: Locale = 'en'): MenuSpec {
  const { t } = translatorFor(locale);
  return [
    {
      id: 'file',
      label: t('menu.file'),
      items: [
        { id: 'new', label: t('action.new'), accelerator: 'CmdOrCtrl+N', registerAccelerator: true, enabled: true },
        { id: 'open', label: t('action.open'), accelerator: 'CmdOrCtrl+O', registerAccelerator: true, enabled: true },
        { id: 'openRecent', label: t('action.openRecent'), registerAccelerator: false, enabled: true },
      ],
    },
  ];
}
export const FALLBACK_SPEC: MenuSpec = fallbackSpec('en');

export function buildMenuTemplate({ platform, isPackaged, send, spec, locale = 'en', recent }: MenuOptions): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const sections = spec ?? fallbackSpec(locale);
  const { t } = translatorFor(locale);
  const app = { app: APP_NAME };
  const role = (r: MenuRole, label: string, extra: Partial<MenuItemTemplate> = {}): MenuItemTemplate => ({ role: r, label, ...extra });
  const itemsOf = (id: MenuSpecSection['id']): MenuItemTemplate[] =>
    (sections.find((s) => s.id === id)?.items ?? []).map((item) =>
      item === null
        ? separator
        : item.id === 'openRecent' && recent
          ? recentSubmenu(recent)
          : {
              label: item.label,
              ...acceleratorOf(item),
              enabled: item.enabled,
              click: () => send(`action:${item.id}`),
            },
    );
  // macOS ignores `registerAccelerator: false`: an accelerator on a native item always fires, even
  // while the user types in a note (N would add a note, Delete remove the one being edited). There
  // plain-key shortcuts stay off the menu entirely and the renderer handles them.
  const acceleratorOf = (item: MenuSpecItem): Partial<MenuItemTemplate> => {
    if (!item.accelerator || (mac && !item.registerAccelerator)) return {};
    return { accelerator: item.accelerator, registerAccelerator: item.registerAccelerator };
  };
  // File ▸ Open Recent: the files themselves (missing ones marked, still clickable: opening one
  // says it is gone and drops it), then Clear.
  const recentSubmenu = ({ files, clear }: RecentMenu): MenuItemTemplate => ({
    label: t('shell.openRecent'),
    submenu: [
      ...(files.length === 0 ? [{ label: t('shell.noRecent'), enabled: false }] : []),
      ...files.slice(0, RECENT_MENU_LIMIT).map((file) => ({
        label: file.missing ? t('shell.recentMissing', { name: file.name }) : file.name,
        click: () => send(`action:openRecent:${file.id}`),
      })),
      separator,
      { label: t('shell.clearRecent'), enabled: files.length > 0, click: clear },
    ],
  });
  const labelOf = (id: MenuSpecSection['id'], fallback: string) => `&${sections.find((s) => s.id === id)?.label ?? fallback}`;

  const appMenu: MenuItemTemplate = {
    label: APP_NAME,
    submenu: [
      role('about', t('role.about', app)),
      separator,
      role('services', t('role.services')),
      separator,
      role('hide', t('role.hide', app)),
      role('hideOthers', t('role.hideOthers')),
      role('unhide', t('role.unhide')),
      separator,
      role('quit', t('role.quit', app)),
    ],
  };

  const fileMenu: MenuItemTemplate = {
    label: labelOf('file', t('menu.file')),
    submenu: [
      ...itemsOf('file'),
      separator,
      role('close', t('role.close'), { accelerator: 'CmdOrCtrl+W' }),
      ...(mac ? [] : [separator, role('quit', t('role.quit', app), { accelerator: 'Ctrl+Q' })]),
    ],
  };

  // Cut, copy and paste stay Electron roles: they fire the page's clipboard events, which the
  // board turns into notes (and text fields handle as usual).
  const editMenu: MenuItemTemplate = {
    label: labelOf('edit', t('menu.edit')),
    submenu: [
      ...itemsOf('edit'),
      separator,
      role('cut', t('action.cut')),
      role('copy', t('action.copy')),
      role('paste', t('action.paste')),
      ...(mac ? [role('pasteAndMatchStyle', t('role.pasteAndMatchStyle'))] : []),
    ],
  };

  const view = itemsOf('view');
  const viewMenu: MenuItemTemplate = {
    label: labelOf('view', t('menu.view')),
    submenu: [
      ...view,
      ...(view.length ? [separator] : []),
      ...(isPackaged ? [] : [role('reload', t('role.reload')), role('forceReload', t('role.forceReload')), role('toggleDevTools', t('role.toggleDevTools')), separator]),
      role('togglefullscreen', t('role.togglefullscreen')),
    ],
  };

  const board = itemsOf('board');
  const boardMenu: MenuItemTemplate[] = board.length ? [{ label: labelOf('board', t('menu.board')), submenu: board }] : [];

  // The Window menu spelled out, so its items speak the UI language too.
  const windowMenu: MenuItemTemplate = role('windowMenu', t('role.window'), {
    submenu: [role('minimize', t('role.minimize')), role('zoom', t('role.zoom')), separator, role('front', t('role.front'))],
  });
  // Help: the renderer's Getting started, Keyboard shortcuts and About (its About says where
  // autosaves and logs live); before a renderer has described it, Electron's own About.
  const help = itemsOf('help');
  const helpMenu: MenuItemTemplate = { label: labelOf('help', t('role.help')), submenu: help.length ? help : [role('about', t('role.about', app))] };

  // macOS: About lives in the app menu, plus the standard Window menu; elsewhere Help ▸ About.
  return mac ? [appMenu, fileMenu, editMenu, viewMenu, ...boardMenu, windowMenu, ...(help.length ? [helpMenu] : [])] : [fileMenu, editMenu, viewMenu, ...boardMenu, helpMenu];
}
