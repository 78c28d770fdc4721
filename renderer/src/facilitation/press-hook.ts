/**
 * Where the board hands presses and double-clicks to facilitation before its own gestures
 * (votes, face-down cards, locks). A registry by editor, so the board's gestures need no
 * facilitation import and gesture tests with a bare editor run unchanged. No imports: the
 * board and facilitation both depend on this file, never on each other through it.
 */
export interface BoardPressHooks {
  press(boardId: string, press: unknown): boolean;
  doubleClick(boardId: string, action: unknown): boolean;
}

const hooks = new WeakMap<object, BoardPressHooks>();

export function setBoardPressHooks(editor: object, value: BoardPressHooks): void {
  hooks.set(editor, value);
}

/** True when facilitation took the press (no gesture starts). */
export function interceptPress(editor: object, boardId: string, press: unknown): boolean {
  return hooks.get(editor)?.press(boardId, press) ?? false;
}

export function interceptDoubleClick(editor: object, boardId: string, action: unknown): boolean {
  return hooks.get(editor)?.doubleClick(boardId, action) ?? false;
}
