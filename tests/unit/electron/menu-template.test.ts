import { describe, expect, it, vi } from 'vitest';
import type { HostCommand, MenuSpec } from '../../../shared/host-api';
import { buildMenuTemplate, FALLBACK_SPEC, type MenuItemTemplate } from '../../../electron/main/menu-template';

/** A menu as the renderer describes it from its action registry (here in Russian). */
const SPEC: MenuSpec = [
  {
    id: 'file',
    label: 'Файл',
    items: [
      { id: 'new', label: 'Создать', accelerator: 'CmdOrCtrl+N', registerAccelerator: true, enabled: true },
      null,
      { id: 'save', label: 'Сохранить', accelerator: 'CmdOrCtrl+S', registerAccelerator: true, enabled: true },
    ],
  },
  {
    id: 'edit',
    label: 'Правка',
    items: [
      { id: 'undo', label: 'Отменить', accelerator: 'CmdOrCtrl+Z', registerAccelerator: true, enabled: false },
      { id: 'addNote', label: 'Добавить стикер', accelerator: 'N', registerAccelerator: false, enabled: true },
    ],
  },
  { id: 'view', label: 'Вид', items: [{ id: 'zoomIn', label: 'Увеличить', accelerator: 'CmdOrCtrl+=', registerAccelerator: true, enabled: true }] },
  { id: 'board', label: 'Доска', items: [{ id: 'addBoard:buying3', label: 'Новая доска: Процесс покупки', registerAccelerator: false, enabled: true }] },
];

function build(platform: NodeJS.Platform, spec: MenuSpec | null = SPEC, isPackaged = true) {
  const sent: HostCommand[] = [];
  const template = buildMenuTemplate({ platform, isPackaged, send: (c) => sent.push(c), spec });
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
      it('draws the renderer’s registry actions with their labels, shortcuts and state, and sends action ids', () => {
        const { item, sent } = build(platform);
        expect(item('Файл', 'Создать')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: true, enabled: true });
        expect(item('Правка', 'Отменить').enabled).toBe(false);
        if (platform === 'darwin') {
          // macOS fires every accelerator on a native item, registerAccelerator or not: a plain
          // key there would add a note while the user types "n". It stays off the menu; the page handles it.
          expect(item('Правка', 'Добавить стикер')).not.toHaveProperty('accelerator');
          expect(item('Правка', 'Добавить стикер')).not.toHaveProperty('registerAccelerator');
        } else {
          // Windows and Linux honour registerAccelerator: false: the key is shown but not grabbed.
          expect(item('Правка', 'Добавить стикер')).toMatchObject({ accelerator: 'N', registerAccelerator: false });
        }
        // Shortcuts with a modifier are the menu's on every OS.
        expect(item('Правка', 'Отменить')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: true });
        item('Файл', 'Создать').click?.();
        item('Файл', 'Сохранить').click?.();
        item('Вид', 'Увеличить').click?.();
        item('Доска', 'Новая доска: Процесс покупки').click?.();
        expect(sent).toEqual(['action:new', 'action:save', 'action:zoomIn', 'action:addBoard:buying3']);
      });

      it('File ▸ Open Recent is a submenu of the recent files, missing ones marked, then Clear', () => {
        const sent: HostCommand[] = [];
        const clear = vi.fn();
        const withRecent: MenuSpec = [{ ...SPEC[0]!, items: [...SPEC[0]!.items, { id: 'openRecent', label: 'Открыть недавние…', registerAccelerator: false, enabled: true }] }, ...SPEC.slice(1)];
        const files = [
          { name: 'Карта пути.journey', missing: false, id: '0123456789ab' },
          { name: 'USB.journey', missing: true, id: 'ba9876543210' },
        ];
        const template = buildMenuTemplate({ platform, isPackaged: true, send: (c) => sent.push(c), spec: withRecent, locale: 'ru', recent: { files, clear } });
        const file = template.find((m) => m.label === '&Файл')?.submenu ?? [];
        const submenu = file.find((i) => i.label === 'Открыть недавние')?.submenu;
        expect(file.some((i) => i.label === 'Открыть недавние…')).toBe(false);
        expect(submenu?.map((i) => i.label ?? i.type)).toEqual(['Карта пути.journey', 'USB.journey (файл не найден)', 'separator', 'Очистить меню']);
        submenu?.[1]?.click?.();
        submenu?.[3]?.click?.();
        expect(sent).toEqual(['action:openRecent:ba9876543210']);
        expect(clear).toHaveBeenCalledTimes(1);
        // An empty list says so, and Clear is off.
        const empty = buildMenuTemplate({ platform, isPackaged: true, send: () => undefined, spec: withRecent, locale: 'en', recent: { files: [], clear } });
        const emptySub = (empty.find((m) => m.label === '&Файл')?.submenu ?? []).find((i) => i.label === 'Open Recent')?.submenu;
        expect(emptySub?.map((i) => [i.label ?? i.type, i.enabled ?? true])).toEqual([['No recent files', false], ['separator', true], ['Clear Menu', false]]);
      });

      it('keeps separators where the spec has them', () => {
        expect(build(platform).menu('Файл').slice(0, 3).map((i) => i.type ?? 'normal')).toEqual(['normal', 'separator', 'normal']);
      });

      it('never uses the undo/redo roles (the renderer owns history)', () => {
        const { template } = build(platform);
        const all = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
        expect(all(template).filter((i) => (i.role as string) === 'undo' || (i.role as string) === 'redo')).toEqual([]);
      });

      it('Edit keeps the clipboard roles (they fire the page’s copy/paste events)', () => {
        expect(build(platform).roles('Правка')).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
      });

      it('View: full screen always; reload and dev tools only when not packaged', () => {
        expect(build(platform, SPEC, true).roles('Вид')).toEqual(['togglefullscreen']);
        expect(build(platform, SPEC, false).roles('Вид')).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'togglefullscreen']));
      });

      it('File can close the window; Quit is where the platform expects it', () => {
        const { roles, template } = build(platform);
        expect(roles('Файл')).toContain('close');
        if (platform === 'darwin') {
          expect(roles('Файл')).not.toContain('quit');
          expect(template[0]?.label).toBe('Journey');
          expect(roles('Journey')).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
        } else {
          expect(roles('Файл')).toContain('quit');
          expect(roles('Help')).toEqual(['about']);
        }
      });

      it('Help lists the renderer’s Getting started, Keyboard shortcuts and About on every platform', () => {
        const spec: MenuSpec = [
          ...SPEC,
          {
            id: 'help',
            label: 'Справка',
            items: [
              { id: 'help.gettingStarted', label: 'Первые шаги', registerAccelerator: false, enabled: true },
              { id: 'help.shortcuts', label: 'Сочетания клавиш', accelerator: '?', registerAccelerator: false, enabled: true },
              { id: 'help.about', label: 'О программе Journey', registerAccelerator: false, enabled: true },
            ],
          },
        ];
        const { menu, item, sent } = build(platform, spec);
        expect(menu('Справка').map((i) => i.label)).toEqual(['Первые шаги', 'Сочетания клавиш', 'О программе Journey']);
        item('Справка', 'Сочетания клавиш').click?.();
        expect(sent).toEqual(['action:help.shortcuts']);
      });

      it('before any window has described its menu, New and Open still work', () => {
        const { item, sent } = build(platform, null);
        expect(FALLBACK_SPEC[0]?.items.map((i) => i?.id)).toEqual(['new', 'open', 'openRecent']);
        item('File', 'New').click?.();
        item('File', 'Open…').click?.();
        expect(sent).toEqual(['action:new', 'action:open']);
      });
    });
  }

  it('does not send anything until an item is clicked', () => {
    const send = vi.fn();
    buildMenuTemplate({ platform: 'linux', isPackaged: false, send, spec: SPEC });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the menu in the user’s language', () => {
  const roles = (template: MenuItemTemplate[]): Record<string, string | undefined> =>
    Object.fromEntries(template.flatMap((m) => [m, ...(m.submenu ?? [])]).filter((i) => i.role).map((i) => [i.role!, i.label]));

  it('every role has a label in Russian and Indonesian (Electron’s own would follow the OS)', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const ru = roles(buildMenuTemplate({ platform, isPackaged: false, send: () => undefined, spec: SPEC, locale: 'ru' }));
      const en = roles(buildMenuTemplate({ platform, isPackaged: false, send: () => undefined, spec: SPEC, locale: 'en' }));
      expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
      for (const [role, label] of Object.entries(ru)) {
        expect(label, role).toBeTruthy();
        expect(label, role).not.toBe(en[role]);
      }
    }
    const ru = roles(buildMenuTemplate({ platform: 'darwin', isPackaged: true, send: () => undefined, spec: SPEC, locale: 'ru' }));
    expect(ru).toMatchObject({ about: 'О программе Journey', quit: 'Завершить Journey', copy: 'Копировать', windowMenu: 'Окно' });
    const id = roles(buildMenuTemplate({ platform: 'linux', isPackaged: true, send: () => undefined, spec: SPEC, locale: 'id' }));
    expect(id).toMatchObject({ close: 'Tutup Jendela', quit: 'Keluar dari Journey', paste: 'Tempel' });
  });

  it('before the renderer described its menu, the file verbs are in the system’s language', () => {
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, send: () => undefined, spec: null, locale: 'ru' });
    expect(template[0]?.label).toBe('&Файл');
    expect(template[0]?.submenu?.slice(0, 2).map((i) => i.label)).toEqual(['Создать', 'Открыть…']);
    expect(template.at(-1)?.label).toBe('&Справка');
  });
});
