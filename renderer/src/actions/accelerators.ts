import type { Shortcut } from '../editor/actions';

/** Keys whose Electron accelerator name differs from `KeyboardEvent.key`. */
const ELECTRON_KEYS: Record<string, string> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
  Enter: 'Return',
  '+': 'Plus',
  '!': 'Shift+1',
};

/** A shortcut in Electron's accelerator syntax ("CmdOrCtrl+Shift+S"). */
export function accelerator(shortcut: Shortcut): string {
  const key = ELECTRON_KEYS[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return [shortcut.mod ? 'CmdOrCtrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift && shortcut.key !== '!' ? 'Shift' : '', key].filter(Boolean).join('+');
}
