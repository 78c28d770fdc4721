import { MAX_SCALE, type Viewport } from '../../../shared/layout/viewport';

const storageKey = (boardId: string) => `journey.viewport.${boardId}`;

/** The last viewport of a board on this machine (local UI state, never in the doc). */
export function loadViewport(boardId: string): Viewport | null {
  try {
    const raw = localStorage.getItem(storageKey(boardId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Viewport>;
    if (typeof value.x === 'number' && typeof value.y === 'number' && typeof value.scale === 'number' && value.scale > 0 && value.scale <= MAX_SCALE) {
      return { x: value.x, y: value.y, scale: value.scale };
    }
  } catch {
    /* unreadable or unavailable storage: start fitted */
  }
  return null;
}

export function saveViewport(boardId: string, viewport: Viewport): void {
  try {
    localStorage.setItem(storageKey(boardId), JSON.stringify(viewport));
  } catch {
    /* storage full or disabled: the viewport is only remembered this session */
  }
}
