import type { Action, Shortcut } from '../editor/actions';

/** Which key press runs which action, and how a shortcut is written on buttons and menus. */

/** The parts of a key press that matching reads (a KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export type Platform = 'mac' | 'other';

export const PLATFORM: Platform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

export function matches(shortcut: Shortcut, event: KeyPress, platform: Platform = PLATFORM): boolean {
  const mod = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const keyMatches = event.key.toLowerCase() === shortcut.key.toLowerCase();
  // Shift is part of the key for symbols ('!' is Shift+1); compare it only for letters and named keys.
  const shiftMatters = shortcut.key.length > 1 || /[a-z]/i.test(shortcut.key);
  return keyMatches && mod === !!shortcut.mod && (!shiftMatters || event.shiftKey === !!shortcut.shift) && event.altKey === !!shortcut.alt;
}

/**
 * The native menu registers only an action's first shortcut (a menu item has one accelerator),
 * and only with a modifier: plain keys (N, Delete, arrows) stay the page's, so typing is never
 * stolen, and a second shortcut (Ctrl+Y for redo on Windows and Linux) is the page's too.
 */
export const registersInMenu = (action: Action, shortcut: Shortcut): boolean => !!action.menu && !!shortcut.mod && action.shortcuts[0] === shortcut;

/** The action a key press runs, if any. In the desktop app the native menu owns its registered shortcuts. */
export function actionForKey(actions: readonly Action[], event: KeyPress, hostKind: 'electron' | 'web', platform: Platform = PLATFORM): Action | null {
  for (const action of actions) {
    if (action.browserShortcut) continue;
    const shortcut = action.shortcuts.find((s) => matches(s, event, platform));
    if (!shortcut) continue;
    if (hostKind === 'electron' && registersInMenu(action, shortcut)) continue;
    return action;
  }
  return null;
}

/** The first shortcut as people read it: "Ctrl+Shift+S", "⌘+Z", "Delete". */
export function shortcutLabel(action: Action, platform: Platform = PLATFORM): string {
  const shortcut = action.shortcuts[0];
  return shortcut ? formatShortcut(shortcut, platform) : '';
}

/** One shortcut as people read it (the shortcut sheet lists them all). */
export function formatShortcut(shortcut: Shortcut, platform: Platform = PLATFORM): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? (platform === 'mac' ? '⌘' : 'Ctrl') : '', shortcut.alt ? 'Alt' : '', shortcut.shift && shortcut.key !== '!' ? 'Shift' : '', key].filter(Boolean).join('+');
}
