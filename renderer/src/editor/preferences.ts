/**
 * What this machine remembers between runs (interface language, the last view of each board,
 * collaboration settings). A port, so the editor never touches `localStorage` itself and
 * tests give it a plain map.
 */
export interface Preferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Preferences kept in memory only (tests, or when storage is disabled). */
export function memoryPreferences(initial: Record<string, string> = {}): Preferences {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
  };
}

/** JSON values through a Preferences port; unreadable values read as null. */
export function readJson(preferences: Preferences, key: string): unknown {
  const raw = preferences.get(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function writeJson(preferences: Preferences, key: string, value: unknown): void {
  preferences.set(key, JSON.stringify(value));
}
