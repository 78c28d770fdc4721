import type { Preferences } from '../editor/preferences';

/** The browser's localStorage as the editor's preferences; disabled or full storage forgets quietly. */
export function localStoragePreferences(): Preferences {
  return {
    get(key) {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, value);
      } catch {
        /* storage full or disabled: remembered for this session only */
      }
    },
  };
}
