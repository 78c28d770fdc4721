import { useSyncExternalStore } from 'react';
import type { Editor } from './editor';

/**
 * Which help window is open (Help ▸ Getting started, Keyboard shortcuts, About), per editor,
 * and whether this machine has seen the first-run guide (a preference, so it shows once).
 */
export type HelpWindow = 'guide' | 'shortcuts' | 'about';

const GUIDE_SEEN_KEY = 'journey.guideSeen';
const state = new WeakMap<Editor, { open: HelpWindow | null; listeners: Set<() => void> }>();

function entry(editor: Editor) {
  let e = state.get(editor);
  if (!e) state.set(editor, (e = { open: null, listeners: new Set() }));
  return e;
}

export function openHelp(editor: Editor, which: HelpWindow | null): void {
  const e = entry(editor);
  if (e.open === which) return;
  e.open = which;
  for (const l of e.listeners) l();
}

export function openHelpWindow(editor: Editor): HelpWindow | null {
  return entry(editor).open;
}

export function useHelpWindow(editor: Editor): HelpWindow | null {
  const e = entry(editor);
  return useSyncExternalStore(
    (listener) => {
      e.listeners.add(listener);
      return () => e.listeners.delete(listener);
    },
    () => e.open,
  );
}

/** Closing the guide (Skip, Escape or its last step) remembers that it was seen. */
export function closeGuide(editor: Editor): void {
  editor.preferences.set(GUIDE_SEEN_KEY, '1');
  openHelp(editor, null);
}

/** The very first start on this machine opens the guide; later starts do not. */
export function showGuideOnFirstRun(editor: Editor): boolean {
  if (editor.preferences.get(GUIDE_SEEN_KEY)) return false;
  openHelp(editor, 'guide');
  return true;
}
